package org.civicgrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.Pages;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Community workers, grid workers and officials work cases on the pages: queue, steps, merge, figures. */
@IntegrationTest
class CaseWorkPagesIntegrationTests {

    @Autowired
    Pages pages;

    @Autowired
    Api api;

    long report(String user, String category, String words) {
        return reportAt(user, category, words, 27.83, 113.09);
    }

    long reportAt(String user, String category, String words, double lat, double lng) {
        return api.post(user, "/api/v1/cases", Map.of("category_code", category, "description", words, "lat", lat,
                "lng", lng, "address", "小湖塘社区")).id();
    }

    @Test
    void the_queue_filters_by_status_and_exports_what_it_shows() throws Exception {
        String words = "队列筛选 " + System.nanoTime();
        long id = report("resident1", "drain-blocked", words);
        Pages.Session worker = pages.signIn("xiaohutang");

        Pages.Page queue = pages.get(worker, "/cases?status=REPORTED&category=drain-blocked&q=" + words);
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.html()).contains("/cases/" + id, "已上报", "name=\"grid\"", "name=\"overdue\"",
                "name=\"source\"", "/cases/export?status=REPORTED");
        assertThat(pages.get(worker, "/cases?status=CLOSED&q=" + words).html()).doesNotContain("/cases/" + id + "\"");

        Pages.Page export = pages.get(worker, "/cases/export?status=REPORTED&q=" + words);
        assertThat(export.status()).isEqualTo(200);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(export.raw().getContentAsByteArray()))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("编号 No.");
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).getCellText(2)).isEqualTo(words);
            assertThat(rows.get(1).getCellText(3)).isEqualTo("已上报");
        }

        // the grid worker sees the open cases of the grid as cards; another community sees nothing of it
        Pages.Page grid = pages.get(pages.signIn("xiaohutang-grid1"), "/cases");
        assertThat(grid.html()).contains("我的网格案件", "现场上报");
        assertThat(pages.get(pages.signIn("lijiachong"), "/cases/" + id).status()).isEqualTo(404);
        assertThat(pages.get(pages.signIn("resident1"), "/cases/export").status()).isEqualTo(403);
    }

    @Test
    void a_grid_worker_exports_the_open_cases_of_the_grid_as_the_cards_show_them() throws Exception {
        String words = "网格导出 " + System.nanoTime();
        long id = report("resident1", "drain-blocked", words);
        Pages.Session gridWorker = pages.signIn("xiaohutang-grid1");

        Pages.Page cards = pages.get(gridWorker, "/cases?q=" + words);
        assertThat(cards.html()).contains("/cases/" + id, "/cases/export?q=");
        List<Row> rows = rows(pages.get(gridWorker, "/cases/export?q=" + words));
        assertThat(rows.get(0).getCellText(0)).isEqualTo("编号 No.");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).getCellText(0)).isEqualTo(String.valueOf(id));
        assertThat(rows.get(1).getCellText(2)).isEqualTo("已上报");
        assertThat(rows.get(1).getCellText(4)).isEqualTo(words);

        // another community's grid worker never sees it
        assertThat(rows(pages.get(pages.signIn("hexiaomin"), "/cases/export?q=" + words))).hasSize(1);
        // a status narrows it as it narrows the cards; a case no longer open leaves the default list
        assertThat(rows(pages.get(gridWorker, "/cases/export?status=HANDLED&q=" + words))).hasSize(1);
        pages.post(pages.signIn("xiaohutang"), "/cases/{id}/steps", Map.of("action", "REJECT", "comment", "重复上报"), id);
        assertThat(rows(pages.get(gridWorker, "/cases/export?q=" + words))).hasSize(1);
        assertThat(rows(pages.get(gridWorker, "/cases/export?status=REJECTED&q=" + words))).hasSize(2);
    }

    private static List<Row> rows(Pages.Page export) throws Exception {
        assertThat(export.status()).isEqualTo(200);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(export.raw().getContentAsByteArray()))) {
            return book.getFirstSheet().read();
        }
    }

    @Test
    void steps_follow_the_viewers_role_and_the_state_and_a_missing_reason_is_shown_on_its_field() {
        long id = report("resident1", "drain-blocked", "下水道返臭 " + System.nanoTime());
        Pages.Session worker = pages.signIn("xiaohutang");

        Pages.Page detail = pages.get(worker, "/cases/" + id);
        assertThat(detail.html()).contains("现在可以办理", "value=\"REGISTER\"", "value=\"REJECT\"", "不予立案的理由",
                "data-geojson-url=\"/cases/" + id + "/map.geojson\"").doesNotContain("value=\"CLOSE\"");
        assertThat(pages.get(worker, "/cases/" + id + "/map.geojson").html()).contains("\"Point\"", "113.09");

        Pages.Page noReason = pages.post(worker, "/cases/{id}/steps", Map.of("action", "REJECT", "comment", ""), id);
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.html()).contains("error-summary", "field-error");

        Pages.Page registered = pages.post(worker, "/cases/{id}/steps", Map.of("action", "REGISTER"), id);
        assertThat(registered.redirect()).isEqualTo("/cases/" + id);
        Pages.Page afterRegister = pages.get(worker, registered.redirect());
        assertThat(afterRegister.html()).contains("已立案。", "value=\"DISPATCH\"", "按派遣规则应派往：水务局");

        // a step the state no longer allows is refused in words, not an error page
        Pages.Page again = pages.post(worker, "/cases/{id}/steps", Map.of("action", "REGISTER"), id);
        assertThat(pages.get(worker, again.redirect()).html()).contains("案件状态已经变化");

        pages.post(worker, "/cases/{id}/steps", Map.of("action", "DISPATCH"), id);
        pages.post(worker, "/cases/{id}/steps", Map.of("action", "HANDLE", "comment", "已疏通"), id);

        // the grid worker checks on site with a photo: pass or send back
        Pages.Session gridWorker = pages.signIn("xiaohutang-grid1");
        Pages.Page check = pages.get(gridWorker, "/cases/" + id);
        assertThat(check.html()).contains("现场核查", "value=\"VERIFY\"", "value=\"SEND_BACK\"", "capture=\"environment\"")
                .doesNotContain("value=\"CLOSE\"");
        assertThat(pages.get(pages.signIn("resident1"), "/cases/" + id).html()).doesNotContain("现在可以办理");

        Pages.Page sentBack = pages.perform(MockMvcRequestBuilders.multipart("/cases/{id}/steps", id)
                .file(new MockMultipartFile("photos", "site.png", "image/png", CaseResidentPagesIntegrationTests.PNG))
                .param("action", "SEND_BACK").param("comment", "仍有积水").with(csrf()), gridWorker);
        assertThat(sentBack.redirect()).isEqualTo("/cases/" + id);
        assertThat(pages.get(gridWorker, sentBack.redirect()).html()).contains("核查不通过，已退回处置部门", "仍有积水",
                "/files/");
        assertThat(api.get("xiaohutang", "/api/v1/cases/{id}", id).text("status")).isEqualTo("DISPATCHED");
    }

    @Test
    void an_official_merges_a_possible_duplicate_shown_on_the_case() {
        // a spot of its own, so that the nearest open case is this test's first report, not another test's
        double lat = 27.8300 + (System.nanoTime() % 400 - 200) / 1_000_000d;
        double lng = 113.0900 + (System.nanoTime() % 400 - 200) / 1_000_000d;
        long first = reportAt("resident1", "fitness-equipment-damage", "双杠断裂 " + System.nanoTime(), lat, lng);
        long second = reportAt("xiaohutang-grid1", "fitness-equipment-damage", "健身器材双杠断了 " + System.nanoTime(), lat, lng);
        Pages.Session official = pages.signIn("tianyuan");
        Pages.Page detail = pages.get(official, "/cases/" + second);
        assertThat(detail.html()).contains("疑似重复案件", "/cases/" + first, "合并重复案件");

        Pages.Page missing = pages.post(official, "/cases/{id}/merge", Map.of("keptCaseId", ""), second);
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.html()).contains("请填写要保留的案件编号");

        Pages.Page merged = pages.post(official, "/cases/{id}/merge",
                Map.of("keptCaseId", String.valueOf(first), "comment", "同一处"), second);
        assertThat(merged.redirect()).isEqualTo("/cases/" + second);
        assertThat(pages.get(official, merged.redirect()).html()).contains("已合并为重复案件", "已合并到");
    }

    @Test
    void officials_see_the_evaluation_for_a_period_and_export_it() throws Exception {
        Pages.Session official = pages.signIn("tianyuan");
        Pages.Page table = pages.get(official, "/cases/evaluation?from=2020-01-01&to=2030-12-31&by=CATEGORY");
        assertThat(table.status()).isEqualTo(200);
        assertThat(table.html()).contains("按期结案率", "结案率", "返工率", "平均处置时长", "满意度", "按类别",
                "/cases/evaluation/export?from=2020-01-01&amp;to=2030-12-31");

        Pages.Page backwards = pages.get(official, "/cases/evaluation?from=2026-02-01&to=2026-01-01");
        assertThat(backwards.status()).isEqualTo(200);
        assertThat(backwards.html()).contains("开始日期不能晚于结束日期");

        Pages.Page export = pages.get(official, "/cases/evaluation/export?from=2020-01-01&to=2030-12-31&by=REGION");
        assertThat(export.status()).isEqualTo(200);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(export.raw().getContentAsByteArray()))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("名称 Name");
            assertThat(rows.size()).isGreaterThan(1);
        }
    }
}
