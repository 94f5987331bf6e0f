package org.civicgrid.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * A paired unit in the one search box. Units are the city's records: city officials find them by any two
 * characters of their name (first) or of their leader's title; officials below the city do not.
 */
@IntegrationTest
@EnableScenarios
class UnitSearchIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    TestUsers users;

    @Test
    void two_characters_of_a_units_name_find_it_before_a_unit_whose_leader_title_holds_them_for_the_city_only(
            Scenario scenario) {
        String suffix = Long.toString(System.nanoTime() % 1_000_000L);
        long named = unit("鹭洲科技发展公司" + suffix, "王立", "总经理");
        long led = unit("市测绘院" + suffix, "赵青", "鹭洲片区联点负责人");
        List<String> ours = List.of("/pairing/units/" + named, "/pairing/units/" + led);
        String city = users.create("CITY_OFFICIAL", "株洲市").username();

        scenario.stimulate(() -> null).andWaitForStateChange(() -> ours(city, "鹭洲", ours), found -> found.size() == 2);

        assertThat(ours(city, "鹭洲", ours)).containsExactly(ours.get(0), ours.get(1));
        assertThat(ours(city, "测绘", ours)).containsExactly(ours.get(1));
        assertThat(ours("admin", "鹭洲", ours)).containsExactly(ours.get(0), ours.get(1));
        assertThat(ours("tianyuan", "鹭洲", ours)).as("a district official").isEmpty();
        assertThat(ours("xiaohutang", "鹭洲", ours)).as("a community worker").isEmpty();
    }

    private long unit(String name, String leader, String leaderTitle) {
        Api.Response r = api.post("admin", "/api/v1/pairing/units", Map.of("name", name, "type", "CITY_DEPARTMENT",
                "leader_name", leader, "leader_title", leaderTitle));
        assertThat(r.status()).as(r.body().toString()).isEqualTo(201);
        return r.id();
    }

    /** Which of our units {@code user} finds, in the order the results rank them. */
    private List<String> ours(String user, String q, List<String> ours) {
        Api.Response r = api.get(user, "/api/v1/search?q={q}&kind=unit&size=50", q);
        assertThat(r.status()).as("search as %s: %s", user, r.body()).isEqualTo(200);
        return r.body().path("items").findValuesAsString("url").stream().filter(ours::contains).toList();
    }
}
