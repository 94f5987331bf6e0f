package org.civicgrid.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.Pages;
import org.civicgrid.support.TestUsers;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DashboardIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    Pages pages;

    @Autowired
    TestUsers users;

    @Test
    void the_city_view_shows_the_districts_to_drill_into() {
        Api.Response r = api.get("admin", "/api/v1/dashboard");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text("region_name")).isEqualTo("株洲市");
        assertThat(r.body().path("children").size()).isEqualTo(9);
        assertThat(r.body().path("panels").get(0).path("id").asString()).isEqualTo("region");
    }

    @Test
    void a_community_worker_sees_her_community_by_default_and_nothing_outside_it() {
        Api.Response own = api.get("xiaohutang", "/api/v1/dashboard");
        Api.Response other = api.get("xiaohutang", "/api/v1/dashboard?region_id={id}", users.region("李家冲社区").id());

        assertThat(own.text("region_name")).isEqualTo("小湖塘社区");
        assertThat(other.status()).isEqualTo(404);
    }

    @Test
    void residents_have_no_dashboard() {
        assertThat(api.get("resident1", "/api/v1/dashboard").status()).isEqualTo(403);
        assertThat(pages.get(pages.signIn("resident1"), "/dashboard").status()).isEqualTo(403);
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused() {
        Api.Response r = api.get("admin", "/api/v1/dashboard?from=2026-05-10&to=2026-05-01");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().path("errors").get(0).path("field").asString()).isEqualTo("to");
    }

    @Test
    void the_page_draws_the_drill_down_map_and_the_export_is_a_readable_workbook() throws Exception {
        Pages.Session tianyuan = pages.signIn("tianyuan");
        Pages.Page page = pages.get(tianyuan, "/dashboard");
        Pages.Page map = pages.get(tianyuan, "/dashboard/map.geojson");
        Pages.Page export = pages.get(tianyuan, "/dashboard/export");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("天元区").contains("嵩山路街道").contains("data-map");
        assertThat(map.html()).contains("嵩山路街道").contains("/dashboard?region=");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
                export.raw().getContentAsByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("天元区");
            assertThat(rows.stream().map(row -> row.getCellText(0)).toList()).contains("网格");
        }
    }
}
