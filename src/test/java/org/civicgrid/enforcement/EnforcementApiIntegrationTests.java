package org.civicgrid.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class EnforcementApiIntegrationTests {

    static final String SEED = "第五次创文联合执法";

    @Autowired
    Api api;

    @Autowired
    TestUsers users;

    @Test
    void the_seed_operation_reproduces_the_newspapers_tallies_exactly() {
        JsonNode op = seedOperation("tianyuan");

        assertThat(op.path("date").asString()).isEqualTo("2023-05-09");
        assertThat(op.path("region_name").asString()).isEqualTo("天元区");
        assertThat(op.path("roads").findValuesAsString("name")).containsExactly("凿石路", "博古山路", "栗雨南路");
        Map<String, Long> totals = new HashMap<>();
        op.path("totals").forEach(t -> totals.put(t.path("code").asString(), t.path("count").asLong()));
        assertThat(totals).containsExactlyInAnyOrderEntriesOf(Map.of("NO_HELMET", 26L, "SUNSHADE", 12L,
                "EBIKE_PARKING", 28L, "STREET_VENDOR", 23L, "SHOP_SPILLOVER", 35L, "TAXI", 6L, "UNLEASHED_DOG", 2L,
                "ARCADE_MACHINE", 4L));
        assertThat(op.path("total").asLong()).isEqualTo(136);
        List<JsonNode> arcade = lines(op, "ARCADE_MACHINE");
        assertThat(arcade).extracting(l -> l.path("count").asInt()).containsExactly(3, 1);
        assertThat(arcade).allSatisfy(l -> assertThat(l.path("action").asString()).isEqualTo("ORDERED_TO_FIX"));
        assertThat(lines(op, "NO_HELMET").get(0).path("action").asString()).isEqualTo("FINED");
        assertThat(lines(op, "SUNSHADE").get(0).path("action").asString()).isEqualTo("REMOVED");
        assertThat(op.path("lines")).allSatisfy(l -> assertThat(l.path("road_id").isNull()).isTrue());
    }

    @Test
    void counts_recorded_road_by_road_add_up_per_road_in_the_hot_spots() {
        JsonNode spots = api.get("tianyuan", "/api/v1/enforcement/hotspots?to=2023-05-31").body();

        JsonNode songshan = place(spots, "嵩山路");
        assertThat(songshan.path("total").asLong()).isEqualTo(13 + 20 + 3);
        assertThat(songshan.path("by_type").path("NO_HELMET").asLong()).isEqualTo(13);
        assertThat(songshan.path("across_roads").asBoolean()).isFalse();
        JsonNode seed = place(spots, "凿石路、博古山路、栗雨南路");
        assertThat(seed.path("total").asLong()).isEqualTo(136);
        assertThat(seed.path("across_roads").asBoolean()).isTrue();
        assertThat(spots.path("places").findValuesAsString("name")).doesNotContain("建设南路");
        JsonNode may = month(spots, "2023-05");
        assertThat(may.path("by_type").path("SHOP_SPILLOVER").asLong()).isEqualTo(35);
    }

    @Test
    void an_operation_outside_the_callers_region_is_not_found_and_other_roles_are_refused() {
        long id = seedOperation("tianyuan").path("id").asLong();

        assertThat(api.get("lijiachong", "/api/v1/enforcement/operations/{id}", id).status()).isEqualTo(404);
        assertThat(api.get("xiaohutang", "/api/v1/enforcement/operations/{id}", id).status()).isEqualTo(404);
        assertThat(api.get("zhifa-lusong", "/api/v1/enforcement/operations/{id}", id).status()).isEqualTo(404);
        assertThat(api.get("zhifa-tianyuan", "/api/v1/enforcement/operations/{id}", id).status()).isEqualTo(200);
        assertThat(api.get("admin", "/api/v1/enforcement/operations/{id}", id).status()).isEqualTo(200);
        assertThat(api.get("resident1", "/api/v1/enforcement/operations/{id}", id).status()).isEqualTo(403);
        assertThat(api.get("zhifa-lusong", "/api/v1/enforcement/operations?q={q}", SEED).body().path("total").asLong())
                .isZero();
        assertThat(api.get("zhifa-lusong", "/api/v1/enforcement/hotspots").body().path("places")
                .findValuesAsString("name")).doesNotContain("嵩山路").contains("芦淞路");
    }

    @Test
    void an_officer_records_an_operation_and_its_tallies() {
        long road = roadId("zhifa-tianyuan", "嵩山路");
        Api.Response r = api.post("zhifa-tianyuan", "/api/v1/enforcement/operations", Map.of(
                "number", "测试行动 " + System.nanoTime(), "date", "2024-06-01", "road_ids", List.of(road),
                "departments", List.of("天元区城市管理和综合执法局"),
                "tallies", List.of(Map.of("violation_type", "NO_HELMET", "road_id", road, "count", 5),
                        Map.of("violation_type", "SUNSHADE", "count", 0))));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.raw().getHeader("Location")).endsWith("/api/v1/enforcement/operations/" + r.id());
        assertThat(r.text("lead_officer_username")).isEqualTo("zhifa-tianyuan");
        assertThat(r.body().path("total").asLong()).isEqualTo(5);
        assertThat(lines(r.body(), "NO_HELMET").get(0).path("action").asString()).isEqualTo("FINED");
        assertThat(lines(r.body(), "SUNSHADE").get(0).path("count").asInt()).isZero();

        Api.Response line = api.post("zhifa-tianyuan", "/api/v1/enforcement/operations/{id}/tallies",
                Map.of("violation_type", "TAXI", "count", 2, "action", "WARNED"), r.id());
        assertThat(line.status()).isEqualTo(201);
        assertThat(api.get("tianyuan", "/api/v1/enforcement/operations/{id}", r.id()).body().path("total").asLong())
                .isEqualTo(7);
    }

    @Test
    void negative_counts_and_other_bad_tallies_are_refused_with_field_errors() {
        long road = roadId("zhifa-tianyuan", "嵩山路");
        long otherRoad = roadId("zhifa-tianyuan", "泰山路");
        Api.Response negative = api.post("zhifa-tianyuan", "/api/v1/enforcement/operations", Map.of(
                "number", "负数测试 " + System.nanoTime(), "date", "2024-06-01", "road_ids", List.of(road),
                "departments", List.of("城管"),
                "tallies", List.of(Map.of("violation_type", "NO_HELMET", "count", -1),
                        Map.of("violation_type", "NOPE", "count", 1),
                        Map.of("violation_type", "TAXI", "count", 1, "road_id", otherRoad))));

        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body().path("errors").findValuesAsString("field"))
                .contains("tallies[0].count", "tallies[1].violation_type", "tallies[2].road_id");

        long id = seedOperation("zhifa-tianyuan").path("id").asLong();
        Api.Response line = api.post("zhifa-tianyuan", "/api/v1/enforcement/operations/{id}/tallies",
                Map.of("violation_type", "TAXI", "count", -3), id);
        assertThat(line.status()).isEqualTo(400);
        assertThat(line.body().path("errors").findValuesAsString("field")).containsExactly("count");
        assertThat(seedOperation("tianyuan").path("total").asLong()).isEqualTo(136);
    }

    @Test
    void the_operation_needs_roads_departments_a_lead_officer_and_a_past_date() {
        Api.Response r = api.post("tianyuan", "/api/v1/enforcement/operations", Map.of(
                "number", "缺项测试", "date", "2999-01-01", "road_ids", List.of(999_999_999L),
                "departments", List.of(" "), "lead_officer", "resident1"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().path("errors").findValuesAsString("field"))
                .contains("date", "road_ids", "departments", "lead_officer");
    }

    @Test
    void a_number_already_used_in_the_region_is_a_conflict_and_residents_may_not_record() {
        long road = roadId("zhifa-tianyuan", "凿石路");
        Map<String, Object> body = Map.of("number", SEED, "date", "2023-05-09", "road_ids", List.of(road),
                "departments", List.of("城管"));

        Api.Response again = api.post("zhifa-tianyuan", "/api/v1/enforcement/operations", body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("operation-number-taken");
        assertThat(api.post("resident1", "/api/v1/enforcement/operations", body).status()).isEqualTo(403);
        assertThat(api.post("xiaohutang", "/api/v1/enforcement/operations", body).status()).isEqualTo(403);
    }

    @Test
    void officials_keep_the_violation_list_and_officers_may_not() {
        String code = "TEST_" + (System.nanoTime() % 1_000_000);
        Map<String, Object> type = Map.of("code", code, "name_zh", "测试类型", "name_en", "Test type",
                "default_action", "WARNED", "sort_order", 500);

        assertThat(api.post("zhifa-tianyuan", "/api/v1/enforcement/violation-types", type).status()).isEqualTo(403);
        Api.Response created = api.post("tianyuan", "/api/v1/enforcement/violation-types", type);
        assertThat(created.status()).isEqualTo(201);
        assertThat(api.post("tianyuan", "/api/v1/enforcement/violation-types", type).status()).isEqualTo(409);
        assertThat(api.get("zhifa-tianyuan", "/api/v1/enforcement/violation-types").body().findValuesAsString("code"))
                .contains(code, "NO_HELMET", "ARCADE_MACHINE");
    }

    @Test
    void officers_add_roads_inside_their_region_only() {
        String name = "测试路" + System.nanoTime();
        Api.Response ok = api.post("zhifa-tianyuan", "/api/v1/enforcement/roads",
                Map.of("name", name, "lat", 27.82, "lng", 113.09));
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.body().path("lat").asDouble()).isEqualTo(27.82);

        long lusong = users.region("芦淞区").id();
        Api.Response outside = api.post("zhifa-tianyuan", "/api/v1/enforcement/roads",
                Map.of("name", name, "region_id", lusong, "lat", 27.8, "lng", 113.15));
        assertThat(outside.status()).isEqualTo(400);
        Api.Response badLine = api.post("zhifa-tianyuan", "/api/v1/enforcement/roads",
                Map.of("name", name + "b", "geometry", "{\"type\":\"Polygon\"}"));
        assertThat(badLine.status()).isEqualTo(400);
        assertThat(api.post("zhifa-tianyuan", "/api/v1/enforcement/roads",
                Map.of("name", name, "lat", 27.82, "lng", 113.09)).status()).isEqualTo(409);
    }

    JsonNode seedOperation(String user) {
        Api.Response list = api.get(user, "/api/v1/enforcement/operations?q={q}", SEED);
        assertThat(list.status()).isEqualTo(200);
        long id = list.body().path("items").get(0).path("id").asLong();
        return api.get(user, "/api/v1/enforcement/operations/{id}", id).body();
    }

    long roadId(String user, String name) {
        JsonNode roads = api.get(user, "/api/v1/enforcement/roads?name={n}", name).body().path("items");
        for (JsonNode road : roads) {
            if (road.path("name").asString().equals(name)) {
                return road.path("id").asLong();
            }
        }
        throw new AssertionError("No road " + name);
    }

    static List<JsonNode> lines(JsonNode op, String type) {
        List<JsonNode> out = new java.util.ArrayList<>();
        op.path("lines").forEach(l -> {
            if (l.path("violation_type").asString().equals(type)) {
                out.add(l);
            }
        });
        return out;
    }

    static JsonNode place(JsonNode spots, String name) {
        for (JsonNode p : spots.path("places")) {
            if (p.path("name").asString().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("No place " + name + " in " + spots.path("places"));
    }

    static JsonNode month(JsonNode spots, String month) {
        for (JsonNode m : spots.path("months")) {
            if (m.path("month").asString().equals(month)) {
                return m;
            }
        }
        throw new AssertionError("No month " + month);
    }
}
