package org.civicgrid.shared;

import static org.civicgrid.support.Workbooks.firstSheet;
import static org.civicgrid.support.Workbooks.text;
import static org.civicgrid.support.Workbooks.texts;
import static org.civicgrid.support.Workbooks.column;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.civicgrid.support.Api;
import org.civicgrid.support.DemoRecords;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.Pages;
import org.civicgrid.support.TestUsers;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** Every list page offers its list as an Excel workbook, and the workbook holds what the list shows. */
@IntegrationTest
class ListExportIntegrationTests {

    @Autowired
    Pages pages;

    @Autowired
    Api api;

    @Autowired
    TestUsers users;

    @Autowired
    DemoRecords demo;

    @Test
    void a_community_workers_lists_each_link_to_a_readable_workbook_of_what_they_show() throws Exception {
        Pages.Session worker = pages.signIn("xiaohutang");
        List<String[]> lists = List.of(
                new String[] {"/households", "/households/export", "住址 Address"},
                new String[] {"/visits", "/visits/export", "走访时间 Visited at"},
                new String[] {"/courses?current=false", "/courses/export", "课程 Class"},
                new String[] {"/pairing/needs", "/pairing/needs/export", "问题 Need"},
                new String[] {"/volunteering", "/volunteering/export", "活动 Activity"},
                new String[] {"/volunteering/duty", "/volunteering/duty/export", "姓名 Name"},
                new String[] {"/applications/inbox", "/applications/inbox/export", "编号 No."},
                new String[] {"/notices", "/notices/export", "标题 Title"},
                new String[] {"/campaigns", "/campaigns/export", "评议 Campaign"});
        for (String[] list : lists) {
            Pages.Page page = pages.get(worker, list[0]);
            assertThat(page.status()).as(list[0]).isEqualTo(200);
            assertThat(page.html()).as(list[0]).contains(list[1]);
            List<Row> rows = firstSheet(pages.get(worker, list[1]));
            assertThat(rows.get(0).getCellText(0)).as(list[1]).isEqualTo(list[2]);
        }
        List<Row> households = firstSheet(pages.get(worker, "/households/export"));
        assertThat(households.size()).isGreaterThan(1);
        // only the worker's own community: every row's community is 小湖塘社区
        assertThat(households.subList(1, households.size())).allSatisfy(r ->
                assertThat(r.getCellText(3)).isEqualTo("小湖塘社区"));
    }

    @Test
    void an_officials_board_and_audit_log_export_with_their_filters() throws Exception {
        Pages.Session admin = pages.signIn("admin");
        Pages.Page board = pages.get(admin, "/pairing?year=2023&as_of=2023-05-09");
        assertThat(board.html()).contains("/pairing/export?year=2023&amp;as_of=2023-05-09");
        List<Row> rows = firstSheet(pages.get(admin, "/pairing/export?year=2023&as_of=2023-05-09"));
        assertThat(rows.get(0).getCellText(0)).isEqualTo("单位 Unit");
        assertThat(rows.size()).isGreaterThan(50);

        String today = LocalDate.now().toString();
        assertThat(pages.get(admin, "/audit?actor=admin&from=" + today).html()).contains("/audit/export");
        List<Row> audit = firstSheet(pages.get(admin, "/audit/export?actor=admin&from=" + today));
        assertThat(audit.get(0).getCellText(1)).isEqualTo("操作人 Who");
        assertThat(audit.subList(1, audit.size())).allSatisfy(r -> assertThat(r.getCellText(1)).isEqualTo("admin"));
    }

    @Test
    void the_catalogues_and_guides_export_too() throws Exception {
        Pages.Session official = pages.signIn("tianyuan");
        List<String[]> lists = List.of(
                new String[] {"/enforcement/violation-types", "/enforcement/violation-types/export", "代码 Code"},
                new String[] {"/enforcement/roads", "/enforcement/roads/export", "道路 Road"},
                new String[] {"/guides", "/guides/export", "指南 Guide"});
        for (String[] list : lists) {
            Pages.Page page = pages.get(official, list[0]);
            assertThat(page.status()).as(list[0]).isEqualTo(200);
            assertThat(page.html()).as(list[0]).contains(list[1]);
            assertThat(firstSheet(pages.get(official, list[1])).get(0).getCellText(0)).as(list[1]).isEqualTo(list[2]);
        }
        List<Row> types = firstSheet(pages.get(official, "/enforcement/violation-types/export"));
        assertThat(types.stream().map(r -> r.getCellText(1)).toList()).contains("未戴头盔", "门口摆放游戏机");
    }

    @Test
    void the_hot_spot_table_exports_by_road_and_type_with_the_pages_dates_and_type_inside_the_viewers_region()
            throws Exception {
        String road = "导出测试路" + System.nanoTime();
        long roadId = api.post("zhifa-tianyuan", "/api/v1/enforcement/roads", Map.of("name", road, "lat", 27.82,
                "lng", 113.09)).id();
        Api.Response operation = api.post("zhifa-tianyuan", "/api/v1/enforcement/operations", Map.of(
                "number", "导出测试行动 " + System.nanoTime(), "date", "2024-06-03", "road_ids", List.of(roadId),
                "departments", List.of("天元区城市管理和综合执法局"),
                "tallies", List.of(Map.of("violation_type", "NO_HELMET", "road_id", roadId, "count", 5),
                        Map.of("violation_type", "TAXI", "road_id", roadId, "count", 2))));
        assertThat(operation.status()).as(operation.body().toString()).isEqualTo(201);
        Pages.Session official = pages.signIn("tianyuan");
        String day = "from=2024-06-03&to=2024-06-03";

        assertThat(pages.get(official, "/enforcement/hotspots?" + day).html())
                .contains("/enforcement/hotspots/export?from=2024-06-03&amp;to=2024-06-03");
        List<Row> all = firstSheet(pages.get(official, "/enforcement/hotspots/export?" + day));
        assertThat(texts(all.get(0))).startsWith("路段 Road").contains("未戴头盔 No helmet (e-bike or motorcycle)",
                "纠正出租车违规 Taxis corrected").endsWith("合计 Total");
        assertThat(text(row(all, 0, road), columnOf(all, "合计 Total"))).isEqualTo("7");
        assertThat(text(row(all, 0, road), columnOf(all, "未戴头盔 No helmet (e-bike or motorcycle)"))).isEqualTo("5");

        List<Row> taxis = firstSheet(pages.get(official, "/enforcement/hotspots/export?type=TAXI&" + day));
        assertThat(texts(taxis.get(0))).containsExactly("路段 Road", "未分路段 Across roads",
                "纠正出租车违规 Taxis corrected", "合计 Total");
        assertThat(text(row(taxis, 0, road), 3)).isEqualTo("2");
        assertThat(column(firstSheet(pages.get(official, "/enforcement/hotspots/export?from=2024-06-04")), 0))
                .doesNotContain(road);
        // another district's worker reads hot spots too, but only its own
        assertThat(column(firstSheet(pages.get(pages.signIn("lijiachong"), "/enforcement/hotspots/export?" + day)), 0))
                .doesNotContain(road);

        // the operation's own page lists its lines, and so does its export
        String detail = "/enforcement/operations/" + operation.id();
        assertThat(pages.get(official, detail).html()).contains(detail + "/export");
        List<Row> lines = firstSheet(pages.get(official, detail + "/export"));
        assertThat(lines.get(0).getCellText(0)).isEqualTo("类型 Type");
        assertThat(lines.subList(1, lines.size())).extracting(r -> r.getCellText(0) + "|" + r.getCellText(1) + "|"
                + r.getCellText(2)).containsExactlyInAnyOrder("未戴头盔|" + road + "|5", "纠正出租车违规|" + road + "|2");
        assertThat(pages.get(pages.signIn("lijiachong"), detail + "/export").status()).isEqualTo(404);
    }

    @Test
    void the_case_catalogue_routing_rules_and_calendar_export_for_those_who_may_see_them() throws Exception {
        Pages.Session admin = pages.signIn("admin");
        Pages.Session official = pages.signIn("tianyuan");
        assertThat(pages.get(admin, "/cases/admin/categories").html()).contains("/cases/admin/categories/export");
        List<Row> categories = firstSheet(pages.get(admin, "/cases/admin/categories/export"));
        assertThat(categories.get(0).getCellText(0)).isEqualTo("代码 Code");
        assertThat(column(categories, 0)).contains("drain-blocked", "fitness-equipment-damage");
        assertThat(pages.get(official, "/cases/admin/categories/export").status()).isEqualTo(403);

        // a rule in each district, both sending to the department the city-wide rule names, so no case moves
        long shequ = api.get("admin", "/api/v1/case-departments").body().valueStream()
                .filter(d -> d.path("code").asString().equals("shequ")).findFirst().orElseThrow().path("id").asLong();
        for (String[] rule : new String[][] {{"admin", "李家冲社区"}, {"tianyuan", "小湖塘社区"}}) {
            assertThat(api.post(rule[0], "/api/v1/case-routing-rules", Map.of("category_code", "fitness-equipment-damage",
                    "region_id", users.region(rule[1]).id(), "department_id", shequ)).status()).isEqualTo(201);
        }
        assertThat(pages.get(official, "/cases/admin/routing").html()).contains("/cases/admin/routing/export");
        List<Row> ofTianyuan = firstSheet(pages.get(official, "/cases/admin/routing/export"));
        assertThat(texts(ofTianyuan.get(0))).containsExactly("类别 Category", "区域 Region", "处置部门 Department");
        assertThat(column(ofTianyuan, 1)).contains("小湖塘社区", "（全市）").doesNotContain("李家冲社区");
        assertThat(column(firstSheet(pages.get(admin, "/cases/admin/routing/export")), 1)).contains("小湖塘社区", "李家冲社区");
        assertThat(pages.get(pages.signIn("xiaohutang"), "/cases/admin/routing/export").status()).isEqualTo(403);

        pages.post(admin, "/cases/admin/calendar", Map.of("day", "2032-05-03", "workday", "false", "note", "导出测试假日"));
        try {
            assertThat(pages.get(admin, "/cases/admin/calendar?year=2032").html())
                    .contains("/cases/admin/calendar/export?year=2032");
            List<Row> year = firstSheet(pages.get(admin, "/cases/admin/calendar/export?year=2032"));
            assertThat(texts(year.get(0))).containsExactly("日期 Day", "类型 Kind", "说明 Note");
            assertThat(year.subList(1, year.size())).anySatisfy(r -> {
                assertThat(r.getCellAsDate(0)).contains(LocalDateTime.of(2032, 5, 3, 0, 0));
                assertThat(texts(r)).contains("节假日", "导出测试假日");
            });
            assertThat(column(firstSheet(pages.get(admin, "/cases/admin/calendar/export?year=2031")), 2))
                    .doesNotContain("导出测试假日");
            assertThat(pages.get(official, "/cases/admin/calendar/export?year=2032").status()).isEqualTo(403);
        } finally {
            pages.post(admin, "/cases/admin/calendar/2032-05-03/delete", Map.of());
        }
    }

    @Test
    void a_regions_page_exports_the_regions_inside_it() throws Exception {
        Pages.Session worker = pages.signIn("xiaohutang");
        long xiaohutang = users.region("小湖塘社区").id();
        assertThat(pages.get(worker, "/regions/" + xiaohutang).html()).contains("/regions/" + xiaohutang + "/export");
        List<Row> grids = firstSheet(pages.get(worker, "/regions/" + xiaohutang + "/export"));
        assertThat(texts(grids.get(0))).containsExactly("名称 Name", "层级 Level", "代码 Code");
        assertThat(column(grids, 0)).contains("小湖塘社区第1网格");
        assertThat(column(grids, 1)).contains("网格");
        assertThat(column(firstSheet(pages.get(worker, "/regions/" + users.region("李家冲社区").id() + "/export")), 0))
                .doesNotContain("小湖塘社区第1网格");
        assertThat(pages.get(worker, "/regions/987654321/export").status()).isEqualTo(404);
    }

    @Test
    void a_units_page_exports_its_party_members_duty_and_the_needs_export_keeps_the_lists_order() throws Exception {
        DemoRecords.Found unit = demo.first("pairing", "unit_id", demo.region("小湖塘社区").regionPath()).orElseThrow();
        long community = users.region("小湖塘社区").id();
        String name = "导出党员" + System.nanoTime() % 100000;
        long volunteer = api.post("xiaohutang", "/api/v1/volunteers", Map.of("name", name, "id_type", "PASSPORT",
                "region_id", community)).id();
        assertThat(api.post("xiaohutang", "/api/v1/volunteers/{id}/party-membership", Map.of("unit_id", unit.id(),
                "community_id", community), volunteer).status()).isEqualTo(200);
        Pages.Session worker = pages.signIn("xiaohutang");

        String unitPage = pages.get(worker, "/pairing/units/" + unit.id()).html();
        assertThat(unitPage).contains(name, "/pairing/units/" + unit.id() + "/duty/export?month=");
        List<Row> duty = firstSheet(pages.get(worker, "/pairing/units/" + unit.id() + "/duty/export"));
        assertThat(texts(duty.get(0))).containsExactly("姓名 Name", "社区 Community", "本月次数 Services", "状态 Status");
        assertThat(duty.subList(1, duty.size())).anySatisfy(r ->
                assertThat(texts(r)).startsWith(name, "小湖塘社区"));
        assertThat(pages.get(pages.signIn("lijiachong"), "/pairing/units/" + unit.id() + "/duty/export").status())
                .isEqualTo(404);

        // the needs list in the order the reader asked for, oldest first, and newest first by default
        Pages.Session admin = pages.signIn("admin");
        assertThat(pages.get(admin, "/pairing/needs?sort=reportedAt,asc").html())
                .contains("/pairing/needs/export?sort=reportedAt,asc");
        List<LocalDateTime> oldestFirst = reported(firstSheet(pages.get(admin, "/pairing/needs/export?sort=reportedAt,asc")));
        List<LocalDateTime> newestFirst = reported(firstSheet(pages.get(admin, "/pairing/needs/export")));
        assertThat(oldestFirst).hasSizeGreaterThan(1).isSorted().isNotEqualTo(newestFirst);
        assertThat(newestFirst).isSortedAccordingTo(Comparator.reverseOrder());
    }

    private static List<LocalDateTime> reported(List<Row> needs) {
        int at = columnOf(needs, "提出时间 Reported");
        return needs.subList(1, needs.size()).stream().map(r -> r.getCellAsDate(at).orElseThrow()).toList();
    }

    private static int columnOf(List<Row> rows, String header) {
        int c = texts(rows.get(0)).indexOf(header);
        assertThat(c).as(header).isNotNegative();
        return c;
    }

    private static Row row(List<Row> rows, int c, String text) {
        return rows.stream().filter(r -> text(r, c).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No row with " + text));
    }
}
