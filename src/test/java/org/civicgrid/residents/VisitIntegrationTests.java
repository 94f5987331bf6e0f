package org.civicgrid.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
@Import(ResidentFixtures.class)
class VisitIntegrationTests {

    /** The smallest PNG: a 1×1 pixel. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Autowired
    Api api;

    @Autowired
    ResidentFixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Test
    void a_grid_worker_logs_a_visit_and_the_residents_history_shows_it_first() {
        long resident = fixtures.resident("lijiachong", "李家冲社区", "走访对象");

        Api.Response logged = api.post("hexiaomin", "/api/v1/residents/{id}/visits", Map.of(
                "findings", "老人咳嗽加重，药快吃完了。", "follow_up_needed", true, "follow_up", "联系社区医生上门"), resident);
        Api.Response history = api.get("hexiaomin", "/api/v1/residents/{id}/visits", resident);

        assertThat(logged.status()).isEqualTo(201);
        assertThat(logged.raw().getHeader("Location")).isEqualTo("/api/v1/visits/" + logged.id());
        assertThat(logged.text("visitor_name")).isEqualTo("贺晓敏");
        assertThat(logged.body().path("follow_up_needed").asBoolean()).isTrue();
        JsonNode first = history.body().path("items").get(0);
        assertThat(first.path("id").asLong()).isEqualTo(logged.id());
        assertThat(first.path("findings").asString()).isEqualTo("老人咳嗽加重，药快吃完了。");
        assertThat(api.get("lijiachong", "/api/v1/visits/{id}", logged.id()).status()).isEqualTo(200);
    }

    @Test
    void a_visit_to_the_whole_household_shows_on_each_members_page() {
        long household = fixtures.household("lijiachong", "李家冲社区");
        long member = fixtures.resident("lijiachong", household, "户成员", TestIdNumbers.adult(Gender.FEMALE), null,
                List.of()).id();

        Api.Response logged = api.post("hexiaomin", "/api/v1/households/{id}/visits",
                Map.of("findings", "全家外出务工，只剩一位老人在家。"), household);

        assertThat(logged.status()).isEqualTo(201);
        assertThat(logged.body().path("resident_id").isNull()).isTrue();
        assertThat(api.get("hexiaomin", "/api/v1/residents/{id}/visits", member).body().path("items").get(0)
                .path("id").asLong()).isEqualTo(logged.id());
    }

    @Test
    void a_visit_may_carry_a_photo_served_afterwards() throws Exception {
        long resident = fixtures.resident("lijiachong", "李家冲社区", "拍照对象");
        MockMultipartFile visit = new MockMultipartFile("visit", "", MediaType.APPLICATION_JSON_VALUE,
                "{\"findings\":\"楼道堆放杂物，存在消防隐患。\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        MockMultipartFile photo = new MockMultipartFile("photo", "door.png", "image/png", PNG);

        MockHttpServletResponse response = mvc.perform(multipart("/api/v1/residents/{id}/visits", resident).file(visit).file(photo)
                .header("Authorization", "Bearer " + api.token("hexiaomin"))).andReturn().getResponse();
        JsonNode logged = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));

        assertThat(response.getStatus()).as(logged.toString()).isEqualTo(201);
        assertThat(logged.path("photo").asString()).matches("[0-9a-f]{32}\\.png");
        assertThat(mvc.perform(get("/files/" + logged.path("photo").asString())).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void a_visit_without_findings_or_in_the_future_is_refused_naming_the_field() {
        long resident = fixtures.resident("lijiachong", "李家冲社区", "空白走访");

        Api.Response empty = api.post("hexiaomin", "/api/v1/residents/{id}/visits",
                Map.of("findings", " ", "follow_up_needed", true), resident);
        Api.Response future = api.post("hexiaomin", "/api/v1/residents/{id}/visits",
                Map.of("findings", "明天再来", "visited_at", "2099-01-01T10:00:00+08:00"), resident);

        assertThat(empty.status()).isEqualTo(400);
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body().path("errors").get(0).path("field").asString()).isEqualTo("visited_at");
    }

    @Test
    void a_grid_worker_cannot_visit_outside_their_grid_and_an_official_does_not_log_visits() {
        long elsewhere = fixtures.resident("xiaohutang", "小湖塘社区", "别处居民");
        long here = fixtures.resident("lijiachong", "李家冲社区", "此处居民");

        assertThat(api.post("hexiaomin", "/api/v1/residents/{id}/visits", Map.of("findings", "x"), elsewhere).status())
                .isEqualTo(404);
        assertThat(api.post("admin", "/api/v1/residents/{id}/visits", Map.of("findings", "x"), here).status())
                .isEqualTo(403);
    }

    @Test
    void the_visit_list_of_a_grid_worker_keeps_to_their_grid() {
        long resident = fixtures.resident("xiaohutang", "小湖塘社区", "小湖塘走访");
        api.post("xiaohutang-grid1", "/api/v1/residents/{id}/visits", Map.of("findings", "上门了解情况"), resident);

        JsonNode mine = api.get("hexiaomin", "/api/v1/visits?size=200").body().path("items");

        assertThat(mine.findValuesAsString("visitor_name")).doesNotContain("小湖塘第1网格网格员");
        assertThat(mine.findValuesAsString("resident_name")).contains("丁凡");
    }
}
