package org.civicgrid.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.Pages;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every list page offers its list as an Excel workbook, and the workbook holds what the list shows. */
@IntegrationTest
class ListExportIntegrationTests {

    @Autowired
    Pages pages;

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
            List<Row> rows = sheet(pages.get(worker, list[1]));
            assertThat(rows.get(0).getCellText(0)).as(list[1]).isEqualTo(list[2]);
        }
        List<Row> households = sheet(pages.get(worker, "/households/export"));
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
        List<Row> rows = sheet(pages.get(admin, "/pairing/export?year=2023&as_of=2023-05-09"));
        assertThat(rows.get(0).getCellText(0)).isEqualTo("单位 Unit");
        assertThat(rows.size()).isGreaterThan(50);

        String today = LocalDate.now().toString();
        assertThat(pages.get(admin, "/audit?actor=admin&from=" + today).html()).contains("/audit/export");
        List<Row> audit = sheet(pages.get(admin, "/audit/export?actor=admin&from=" + today));
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
            assertThat(sheet(pages.get(official, list[1])).get(0).getCellText(0)).as(list[1]).isEqualTo(list[2]);
        }
        List<Row> types = sheet(pages.get(official, "/enforcement/violation-types/export"));
        assertThat(types.stream().map(r -> r.getCellText(1)).toList()).contains("未戴头盔", "门口摆放游戏机");
    }

    private static List<Row> sheet(Pages.Page page) throws Exception {
        assertThat(page.status()).isEqualTo(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(page.raw().getContentAsByteArray()))) {
            return workbook.getFirstSheet().read();
        }
    }
}
