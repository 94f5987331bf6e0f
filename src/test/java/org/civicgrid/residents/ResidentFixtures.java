package org.civicgrid.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.support.Api;
import org.civicgrid.support.TestUsers;
import org.springframework.stereotype.Component;

/** Households and residents made through the API for a test, by a worker of the place they belong to. */
@Component
class ResidentFixtures {

    private final Api api;
    private final TestUsers users;
    private final Regions regions;

    ResidentFixtures(Api api, TestUsers users, Regions regions) {
        this.api = api;
        this.users = users;
        this.regions = regions;
    }

    /** The first grid of a community, e.g. 李家冲社区第1网格. */
    RegionRef firstGrid(String community) {
        return users.region(community + "第1网格", RegionLevel.GRID);
    }

    RegionRef compound(String community, String name) {
        return regions.within(users.region(community, RegionLevel.COMMUNITY).path(), RegionLevel.COMPOUND).stream()
                .filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    long household(String worker, String community) {
        Api.Response r = api.post(worker, "/api/v1/households", Map.of("address", "测试路 " + System.nanoTime() + " 号",
                "grid_id", firstGrid(community).id()));
        assertThat(r.status()).as(r.body().toString()).isEqualTo(201);
        return r.id();
    }

    /** A resident with a valid ID number and a mobile; returns the API's answer. */
    Api.Response resident(String worker, long household, String name, String idNumber, String phone, List<String> tags) {
        Map<String, Object> body = new HashMap<>();
        body.put("household_id", household);
        body.put("name", name);
        body.put("id_number", idNumber);
        body.put("phone", phone);
        body.put("care_tags", tags);
        body.put("health_notes", "高血压");
        return api.post(worker, "/api/v1/residents", body);
    }

    long resident(String worker, String community, String name) {
        Api.Response r = resident(worker, household(worker, community), name, TestIdNumbers.adult(Gender.MALE),
                "13812345678", List.of());
        assertThat(r.status()).as(r.body().toString()).isEqualTo(201);
        return r.id();
    }
}
