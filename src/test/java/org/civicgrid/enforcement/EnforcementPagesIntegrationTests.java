package org.civicgrid.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.Sessions;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The officers' and officials' pages, signed in with a session as a browser would be. */
@IntegrationTest
class EnforcementPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Api api;

    @Autowired
    JsonMapper json;

    @Test
    void officials_export_the_list_they_see_to_a_readable_excel_file() throws Exception {
        MockHttpServletResponse page = perform(get("/enforcement"), "tianyuan");
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("第五次创文联合执法", "凿石路");

        MockHttpServletResponse export = perform(get("/enforcement/export").param("q", "创文联合执法"), "tianyuan");
        assertThat(export.getStatus()).isEqualTo(200);
        assertThat(export.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(export.getContentAsByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            Row header = rows.get(0);
            int helmet = column(header, "未戴头盔 No helmet (e-bike or motorcycle)");
            int arcade = column(header, "门口摆放游戏机 Arcade machines outside shops");
            int total = column(header, "合计 Total");
            Row seed = rows.stream().filter(r -> "第五次创文联合执法".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(seed.getCellAsNumber(helmet)).hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(26));
            assertThat(seed.getCellAsNumber(arcade)).hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(4));
            assertThat(seed.getCellAsNumber(total)).hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(136));
            assertThat(seed.getCellText(3)).isEqualTo("凿石路、博古山路、栗雨南路");
            assertThat(rows.subList(1, rows.size())).extracting((Row r) -> r.getCellText(2)).containsOnly("天元区");
            assertThat(rows).extracting((Row r) -> r.getCellText(0))
                    .contains("第一次创文联合执法", "第三次创文联合执法").doesNotContain("第二次创文联合执法");
        }
    }

    @Test
    void an_officer_records_an_operation_on_the_form_and_a_negative_count_is_shown_on_its_field() throws Exception {
        MockHttpServletResponse form = perform(get("/enforcement/operations/new"), "zhifa-tianyuan");
        assertThat(form.getStatus()).isEqualTo(200);
        String html = form.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("name=\"tallies[0].count\"", "未戴头盔", "嵩山路");

        String road = String.valueOf(roadId("嵩山路"));
        String number = "表单测试 " + System.nanoTime();
        MockHttpServletResponse refused = perform(post("/enforcement/operations").with(csrf())
                .param("number", number).param("date", "2024-04-02").param("roadIds", road)
                .param("departments", "天元区城市管理和综合执法局\n天元区市场监督管理局").param("leadOfficer", "zhifa-tianyuan")
                .param("tallies[0].violationType", "NO_HELMET").param("tallies[0].count", "")
                .param("tallies[1].violationType", "SUNSHADE").param("tallies[1].count", "-2")
                .param("tallies[1].action", "REMOVED"), "zhifa-tianyuan");
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("count must be zero or more", "error-summary", "value=\"-2\"");

        MockHttpServletResponse saved = perform(post("/enforcement/operations").with(csrf())
                .param("number", number).param("date", "2024-04-02").param("roadIds", road)
                .param("departments", "天元区城市管理和综合执法局、天元区市场监督管理局").param("leadOfficer", "zhifa-tianyuan")
                .param("tallies[0].violationType", "NO_HELMET").param("tallies[0].count", "")
                .param("tallies[1].violationType", "SUNSHADE").param("tallies[1].count", "2")
                .param("tallies[1].action", "REMOVED").param("tallies[1].roadId", road), "zhifa-tianyuan");
        assertThat(saved.getStatus()).isEqualTo(302);
        String location = saved.getRedirectedUrl();
        assertThat(location).startsWith("/enforcement/operations/");

        JsonNode op = api.get("tianyuan", "/api/v1" + location).body();
        assertThat(op.path("departments").toString()).isEqualTo("[\"天元区城市管理和综合执法局\",\"天元区市场监督管理局\"]");
        assertThat(op.path("lines")).hasSize(1);
        assertThat(op.path("total").asLong()).isEqualTo(2);

        MockHttpServletResponse detail = perform(get(location), "zhifa-tianyuan");
        assertThat(detail.getContentAsString(StandardCharsets.UTF_8)).contains(number, "拆除遮阳伞", "嵩山路");
    }

    @Test
    void a_page_outside_the_viewers_region_is_not_found_and_residents_are_refused() throws Exception {
        long seed = api.get("tianyuan", "/api/v1/enforcement/operations?q={q}", "第五次").body().path("items").get(0)
                .path("id").asLong();

        assertThat(perform(get("/enforcement/operations/" + seed), "tianyuan").getStatus()).isEqualTo(200);
        assertThat(perform(get("/enforcement/operations/" + seed), "lijiachong").getStatus()).isEqualTo(404);
        assertThat(perform(get("/enforcement"), "resident1").getStatus()).isEqualTo(403);
    }

    @Test
    void hot_spots_are_charted_by_month_and_mapped_by_road() throws Exception {
        MockHttpServletResponse page = perform(get("/enforcement/hotspots"), "tianyuan");
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("嵩山路", "data-chart-url", "data-geojson-url");

        JsonNode map = json.readTree(perform(get("/enforcement/hotspots/map.geojson"), "tianyuan")
                .getContentAsString(StandardCharsets.UTF_8));
        List<JsonNode> seed = new java.util.ArrayList<>();
        map.path("features").forEach(f -> {
            if (f.path("properties").path("name").asString().equals("凿石路、博古山路、栗雨南路")) {
                seed.add(f);
            }
        });
        assertThat(seed).hasSize(3);
        assertThat(seed.get(0).path("geometry").path("type").asString()).isEqualTo("LineString");
        assertThat(seed.get(0).path("properties").path("label").asString()).endsWith("：136");

        JsonNode months = json.readTree(perform(get("/enforcement/hotspots/months.json").param("from", "2023-03-01")
                .param("to", "2023-05-31"), "tianyuan").getContentAsString(StandardCharsets.UTF_8));
        assertThat(months.path("xAxis").path("data").toString()).contains("2023-03", "2023-04", "2023-05");
    }

    @Test
    void officials_edit_the_violation_list_on_its_page() throws Exception {
        String body = perform(get("/enforcement/violation-types"), "tianyuan").getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("门口摆放游戏机", "/enforcement/violation-types/ARCADE_MACHINE/edit");

        MockHttpServletResponse refused = perform(post("/enforcement/violation-types").with(csrf())
                .param("code", "x").param("nameZh", "").param("nameEn", "x").param("defaultAction", "WARNED")
                .param("sortOrder", "1").param("active", "true"), "tianyuan");
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("error-summary");
        assertThat(perform(get("/enforcement/violation-types/new"), "zhifa-tianyuan").getStatus()).isEqualTo(403);
        assertThat(perform(post("/enforcement/violation-types").with(csrf()).param("code", "ZZ_OFFICER")
                .param("nameZh", "甲").param("nameEn", "a").param("defaultAction", "WARNED").param("sortOrder", "1"),
                "zhifa-tianyuan").getStatus()).isEqualTo(403);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String username) throws Exception {
        MvcResult result = mvc.perform(request.with(Sessions.as(accounts, username))).andReturn();
        if (result.getRequest().isAsyncStarted()) {
            result = mvc.perform(asyncDispatch(result)).andReturn();
        }
        return result.getResponse();
    }

    private long roadId(String name) {
        return api.get("zhifa-tianyuan", "/api/v1/enforcement/roads?name={n}", name).body().path("items").get(0)
                .path("id").asLong();
    }

    private static int column(Row header, String title) {
        for (int i = 0; i < header.getCellCount(); i++) {
            if (title.equals(header.getCellText(i))) {
                return i;
            }
        }
        throw new AssertionError("No column " + title + " in " + header);
    }
}
