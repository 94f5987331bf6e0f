package org.civicgrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The platform administrator edits categories, time limits and the calendar; officials route cases. */
@IntegrationTest
class CaseCataloguePagesIntegrationTests {

    @Autowired
    Pages pages;

    @Test
    void the_administrator_adds_a_category_with_its_time_limits_and_a_blank_name_is_refused_on_its_field() {
        Pages.Session admin = pages.signIn("admin");
        Pages.Page list = pages.get(admin, "/cases/admin/categories");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html()).contains("drain-blocked", "事件分类与处置时限");

        String code = "page-test-" + System.nanoTime();
        Map<String, String> form = new HashMap<>(Map.of("code", code, "parentCode", "", "kind", "EVENT", "name", "",
                "hoursNormal", "24", "hoursUrgent", "8", "hoursEmergency", "4", "active", "true"));
        Pages.Page blank = pages.post(admin, "/cases/admin/categories", form);
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.html()).contains("error-summary", "field-error", code);

        form.put("name", "页面测试大类");
        Pages.Page saved = pages.post(admin, "/cases/admin/categories", form);
        assertThat(saved.redirect()).isEqualTo("/cases/admin/categories");
        assertThat(pages.get(admin, "/cases/admin/categories").html()).contains("分类已保存", code, "页面测试大类");
        Pages.Page edit = pages.get(admin, "/cases/admin/categories/" + code);
        assertThat(edit.html()).contains("value=\"24\"", "页面测试大类");

        assertThat(pages.get(pages.signIn("xiaohutang"), "/cases/admin/categories").status()).isEqualTo(403);
        assertThat(pages.get(pages.signIn("tianyuan"), "/cases/admin/categories/new").status()).isEqualTo(403);
    }

    @Test
    void the_calendar_takes_a_holiday_and_officials_route_inside_their_region() {
        Pages.Session admin = pages.signIn("admin");
        Pages.Page added = pages.post(admin, "/cases/admin/calendar",
                Map.of("day", "2031-05-02", "workday", "false", "note", "页面测试假日"));
        assertThat(added.redirect()).isEqualTo("/cases/admin/calendar?year=2031");
        assertThat(pages.get(admin, added.redirect()).html()).contains("2031-05-02", "页面测试假日", "节假日");
        Pages.Page noDay = pages.post(admin, "/cases/admin/calendar", Map.of("day", "", "note", "x"));
        assertThat(noDay.html()).contains("请选择日期");
        pages.post(admin, "/cases/admin/calendar/2031-05-02/delete", Map.of());
        assertThat(pages.get(admin, "/cases/admin/calendar?year=2031").html()).doesNotContain("页面测试假日");

        Pages.Session official = pages.signIn("tianyuan");
        Pages.Page routing = pages.get(official, "/cases/admin/routing");
        assertThat(routing.status()).isEqualTo(200);
        assertThat(routing.html()).contains("派遣规则", "水务局", "天元区");
        Pages.Page noDepartment = pages.post(official, "/cases/admin/routing", Map.of("categoryCode", "drain-blocked"));
        assertThat(noDepartment.html()).contains("请选择处置部门");

        assertThat(pages.get(pages.signIn("xiaohutang"), "/cases/admin/routing").status()).isEqualTo(403);
        assertThat(pages.get(official, "/cases/admin/calendar").status()).isEqualTo(403);
    }
}
