package org.civicgrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.civicgrid.support.Api;
import org.civicgrid.support.Api.Response;
import org.civicgrid.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The case API as API.md describes it: report, read with timeline, transitions, scope, rating, uploads. */
@IntegrationTest
class CaseApiIntegrationTests {

    /** Inside the first grid of 小湖塘社区 (API.md). */
    static final double XHT_LAT = 27.8300, XHT_LNG = 113.0900;

    @Autowired
    Api api;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    int upload(String user, MockMultipartFile file, StringBuilder name) throws Exception {
        var r = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/cases/photos").file(file)
                .header("Authorization", "Bearer " + api.token(user))).andReturn().getResponse();
        String body = r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"name\":\"([^\"]+)\"").matcher(body);
        if (m.find()) {
            name.append(m.group(1));
        }
        return r.getStatus();
    }

    static Map<String, Object> report(String category, String description) {
        return Map.of("category_code", category, "description", description, "lat", XHT_LAT, "lng", XHT_LNG,
                "address", "小湖塘社区 1 栋", "urgency", "NORMAL");
    }

    Response step(String user, long id, String action, String comment) {
        return api.post(user, "/api/v1/cases/{id}/transitions",
                comment == null ? Map.of("action", action) : Map.of("action", action, "comment", comment), id);
    }

    @Test
    void a_resident_reports_and_follows_a_case_from_report_to_close_and_rates_it() {
        Response created = api.post("resident1", "/api/v1/cases", report("drain-blocked", "楼下下水道堵塞，污水外溢"));
        assertThat(created.status()).isEqualTo(201);
        long id = created.id();
        assertThat(created.raw().getHeader("Location")).endsWith("/api/v1/cases/" + id);
        assertThat(created.text("status")).isEqualTo("REPORTED");
        assertThat(created.body().path("grid_id").asLong()).isPositive();
        assertThat(created.text("deadline")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
        assertThat(created.text("source")).isEqualTo("RESIDENT");
        assertThat(created.body().path("timeline")).hasSize(1);

        // the resident may not work the case; the community worker may
        assertThat(step("resident1", id, "REGISTER", null).status()).isEqualTo(403);
        assertThat(step("xiaohutang", id, "VERIFY", null).status()).isEqualTo(409);
        Response registered = step("xiaohutang", id, "REGISTER", "立案");
        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.text("status")).isEqualTo("REGISTERED");

        Response dispatched = step("xiaohutang", id, "DISPATCH", null);
        assertThat(dispatched.text("status")).isEqualTo("DISPATCHED");
        assertThat(dispatched.text("department_name")).isEqualTo("水务局");

        assertThat(step("xiaohutang", id, "HANDLE", null).status()).isEqualTo(400);
        assertThat(step("xiaohutang", id, "HANDLE", "已疏通").text("status")).isEqualTo("HANDLED");
        assertThat(step("xiaohutang-grid1", id, "CLOSE", null).status()).isEqualTo(403);
        Response sentBack = step("xiaohutang-grid1", id, "SEND_BACK", "仍有积水");
        assertThat(sentBack.text("status")).isEqualTo("DISPATCHED");
        assertThat(sentBack.body().path("rework_count").asInt()).isEqualTo(1);
        step("xiaohutang", id, "HANDLE", "再次疏通，已无积水");
        assertThat(step("xiaohutang-grid1", id, "VERIFY", "现场核查通过").text("status")).isEqualTo("VERIFIED");
        Response closed = step("tianyuan", id, "CLOSE", "结案");
        assertThat(closed.text("status")).isEqualTo("CLOSED");
        assertThat(closed.body().path("closed_on_time").asBoolean()).isTrue();

        Response seen = api.get("resident1", "/api/v1/cases/{id}", id);
        assertThat(seen.text("status")).isEqualTo("CLOSED");
        assertThat(seen.body().path("timeline")).hasSize(8);
        assertThat(seen.body().path("timeline").get(0).path("action").asString()).isEqualTo("REPORT");
        assertThat(seen.body().path("may_rate").asBoolean()).isTrue();

        assertThat(api.post("xiaohutang", "/api/v1/cases/{id}/rating", Map.of("rating", 5), id).status()).isEqualTo(403);
        assertThat(api.post("resident1", "/api/v1/cases/{id}/rating", Map.of("rating", 6), id).status()).isEqualTo(400);
        Response rated = api.post("resident1", "/api/v1/cases/{id}/rating", Map.of("rating", 5, "comment", "很快"), id);
        assertThat(rated.status()).isEqualTo(200);
        assertThat(rated.body().path("rating").asInt()).isEqualTo(5);
        assertThat(api.post("resident1", "/api/v1/cases/{id}/rating", Map.of("rating", 4), id).status()).isEqualTo(409);

        // an official reopens; the resident may not
        assertThat(step("resident1", id, "REOPEN", "again").status()).isEqualTo(403);
        assertThat(step("tianyuan", id, "REOPEN", "群众再次反映").text("status")).isEqualTo("REGISTERED");
    }

    @Test
    void a_case_outside_the_callers_region_is_not_found_and_a_point_outside_every_grid_is_refused() {
        long id = api.post("resident1", "/api/v1/cases", report("street-lamp-fault", "路灯不亮")).id();
        assertThat(api.get("resident2", "/api/v1/cases/{id}", id).status()).isEqualTo(404);
        assertThat(api.get("lijiachong", "/api/v1/cases/{id}", id).status()).isEqualTo(404);
        assertThat(api.get("hexiaomin", "/api/v1/cases/{id}", id).status()).isEqualTo(404);
        assertThat(step("lijiachong", id, "REGISTER", null).status()).isEqualTo(404);
        assertThat(api.get("xiaohutang-grid1", "/api/v1/cases/{id}", id).status()).isEqualTo(200);
        assertThat(api.get("tianyuan", "/api/v1/cases/{id}", id).status()).isEqualTo(200);
        Response seen = api.get("admin", "/api/v1/cases/{id}", id);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body().path("allowed_actions").toString()).contains("REGISTER", "REJECT", "SUPERVISE");

        Response outside = api.post("resident1", "/api/v1/cases", Map.of("category_code", "street-lamp-fault",
                "description", "路灯不亮", "lat", 30.5, "lng", 114.3));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.problemType()).isEqualTo("outside-grids");
        assertThat(outside.text("detail")).contains("outside every grid");

        Response unknown = api.post("resident1", "/api/v1/cases", report("no-such-category", "?"));
        assertThat(unknown.status()).isEqualTo(400);

        Response queue = api.get("xiaohutang", "/api/v1/cases?status=REPORTED&category=street-lamp-fault&size=200");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body().path("content").findValuesAsString("id")).contains(String.valueOf(id));
        Response elsewhere = api.get("lijiachong", "/api/v1/cases?category=street-lamp-fault&size=200");
        assertThat(elsewhere.body().path("content").findValuesAsString("id")).doesNotContain(String.valueOf(id));
        Response mine = api.get("resident2", "/api/v1/cases?size=200");
        assertThat(mine.body().path("content").findValuesAsString("id")).doesNotContain(String.valueOf(id));
    }

    @Test
    void a_second_report_nearby_is_linked_as_a_possible_duplicate_and_an_official_merges_it() {
        // an earlier report at the very same spot: of two open cases equally near, the hint names the latest
        api.post("resident2", "/api/v1/cases", report("fitness-equipment-damage", "双杠掉漆"));
        long first = api.post("resident1", "/api/v1/cases", report("fitness-equipment-damage", "单杠松动")).id();
        Response second = api.post("xiaohutang-grid1", "/api/v1/cases", report("fitness-equipment-damage", "健身器材单杠松了"));
        assertThat(second.text("source")).isEqualTo("GRID_WORKER");
        assertThat(second.body().path("duplicate_of_id").asLong()).isEqualTo(first);
        assertThat(api.get("xiaohutang", "/api/v1/cases/{id}", first).body().path("possible_duplicates")
                .findValuesAsString("id")).contains(String.valueOf(second.id()));

        assertThat(api.post("xiaohutang-grid1", "/api/v1/cases/{id}/merge", Map.of("kept_case_id", first), second.id())
                .status()).isEqualTo(403);
        Response merged = api.post("xiaohutang", "/api/v1/cases/{id}/merge", Map.of("kept_case_id", first), second.id());
        assertThat(merged.status()).isEqualTo(200);
        assertThat(merged.text("status")).isEqualTo("CLOSED");
        assertThat(merged.body().path("merged_into_id").asLong()).isEqualTo(first);
        assertThat(api.post("xiaohutang", "/api/v1/cases/{id}/merge", Map.of("kept_case_id", first), second.id())
                .status()).isEqualTo(409);
    }

    @Test
    void a_report_nearby_of_a_case_no_longer_open_is_not_called_its_duplicate() {
        long rejected = api.post("resident1", "/api/v1/cases", report("public-toilet-damage", "公厕门坏了")).id();
        assertThat(step("xiaohutang", rejected, "REJECT", "不属于受理范围").status()).isEqualTo(200);

        Response next = api.post("resident1", "/api/v1/cases", report("public-toilet-damage", "公厕门锁坏了，关不上"));
        assertThat(next.status()).isEqualTo(201);
        assertThat(next.body().path("duplicate_of_id").asLong(0)).as("a rejected case is no duplicate of a new report")
                .isNotEqualTo(rejected);
        Response after = api.post("resident1", "/api/v1/cases", report("public-toilet-damage", "公厕门还是坏的"));
        assertThat(after.body().path("duplicate_of_id").asLong(0)).as("an open case is").isNotIn(0L, rejected);
    }

    @Test
    void photos_must_be_small_images() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        StringBuilder stored = new StringBuilder();
        assertThat(upload("resident1", new MockMultipartFile("file", "x.png", "image/png", png), stored)).isEqualTo(201);
        String name = stored.toString();
        assertThat(upload("resident1", new MockMultipartFile("file", "x.png", "image/png",
                "<html>not a photo</html>".getBytes()), new StringBuilder())).isEqualTo(400);
        assertThat(upload("resident1", new MockMultipartFile("file", "big.jpg", "image/jpeg", big()),
                new StringBuilder())).isIn(400, 413);

        Map<String, Object> body = new java.util.HashMap<>(report("street-lamp-fault", "灯杆倾斜"));
        body.put("photos", List.of(name));
        Response withPhoto = api.post("resident1", "/api/v1/cases", body);
        assertThat(withPhoto.status()).isEqualTo(201);
        assertThat(withPhoto.body().path("photos").get(0).asString()).isEqualTo(name);
        body.put("photos", List.of("0123456789abcdef0123456789abcdef.jpg"));
        assertThat(api.post("resident1", "/api/v1/cases", body).status()).isEqualTo(400);
    }

    private static byte[] big() {
        byte[] b = new byte[6 * 1024 * 1024];
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xD8;
        b[2] = (byte) 0xFF;
        return b;
    }
}
