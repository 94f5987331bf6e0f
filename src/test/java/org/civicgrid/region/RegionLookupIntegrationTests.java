package org.civicgrid.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class RegionLookupIntegrationTests {

    @Autowired
    Api api;

    @Test
    void the_first_grid_of_xiaohutang_contains_the_contract_point() {
        Api.Response r = api.get("resident1", "/api/v1/regions/lookup?lat=27.8300&lng=113.0900");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text("grid_name")).isEqualTo("小湖塘社区第1网格");
        assertThat(r.text("community_name")).isEqualTo("小湖塘社区");
        assertThat(r.text("street_name")).isEqualTo("嵩山路街道");
        assertThat(r.text("district_name")).isEqualTo("天元区");
        assertThat(r.body().path("grid_id").asLong()).isPositive();
        assertThat(r.body().path("community_id").asLong()).isPositive();
    }

    @Test
    void the_first_grid_of_lijiachong_is_he_xiaomins() {
        Api.Response r = api.get("hexiaomin", "/api/v1/regions/lookup?lat=27.8780&lng=113.1280");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text("grid_name")).isEqualTo("李家冲社区第1网格");
        assertThat(r.text("district_name")).isEqualTo("石峰区");
    }

    @Test
    void a_point_outside_every_grid_is_a_404_problem() {
        Api.Response r = api.get("admin", "/api/v1/regions/lookup?lat=30.5&lng=114.3");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.raw().getContentType()).startsWith("application/problem+json");
    }

    @Test
    void coordinates_out_of_range_or_not_numbers_are_400s() {
        assertThat(api.get("admin", "/api/v1/regions/lookup?lat=95&lng=113").status()).isEqualTo(400);
        assertThat(api.get("admin", "/api/v1/regions/lookup?lat=abc&lng=113").status()).isEqualTo(400);
        assertThat(api.get("admin", "/api/v1/regions/lookup?lat=27.83").status()).isEqualTo(400);
    }

    @Test
    void regions_are_found_by_name_with_the_exact_match_first() {
        Api.Response r = api.get("admin", "/api/v1/regions?name={n}", "小湖塘社区");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get(0).path("name").asString()).isEqualTo("小湖塘社区");
        assertThat(r.body().get(0).path("level").asString()).isEqualTo("COMMUNITY");

        Api.Response one = api.get("admin", "/api/v1/regions/{id}", r.body().get(0).path("id").asLong());
        assertThat(one.body().path("figures").path("compounds").asInt()).isEqualTo(29);
        assertThat(one.body().path("figures").path("households").asInt()).isEqualTo(6000);
        assertThat(one.body().path("figures").path("residents").asInt()).isEqualTo(20000);
        assertThat(one.body().path("figures").path("party_members").asInt()).isEqualTo(140);
        assertThat(one.body().path("children").size()).isGreaterThanOrEqualTo(2);
    }
}
