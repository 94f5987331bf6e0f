package org.civicgrid.rivers;

import static org.civicgrid.support.Workbooks.firstSheet;
import static org.civicgrid.support.Workbooks.texts;
import static org.civicgrid.support.Workbooks.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.Pages;
import org.civicgrid.support.Pages.Page;
import org.civicgrid.support.TestUsers;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The river pages, signed in with a session as a browser would be. */
@IntegrationTest
class RiverPagesIntegrationTests {

    @Autowired
    Pages pages;

    @Autowired
    TestUsers users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Api api;

    @Autowired
    RiverManagement rivers;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void the_office_reads_rivers_the_board_projects_and_the_duty_board() throws Exception {
        Pages.Session admin = pages.signIn("admin");
        Page list = pages.get(admin, "/rivers");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html()).contains("data-map");
        // the list is in code order, and other tests add rivers to the shared database: read every page
        StringBuilder everyPage = new StringBuilder(list.html());
        for (int n = 1; n < 50 && list.html().contains("rel=\"next\""); n++) {
            list = pages.get(admin, "/rivers?page=" + n);
            everyPage.append(list.html());
        }
        assertThat(everyPage.toString()).contains("湘江", "渌水", "万丰湖");

        Page map = pages.get(admin, "/rivers/map.geojson");
        assertThat(map.html()).contains("FeatureCollection", "湘江 · 天元区段");

        Page board = pages.get(admin, "/rivers/board");
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.html()).contains("79,000", "天元区", "醴陵市");
        // the projects chart names its stages as the reader reads them, not by the code's names
        assertThat(board.html()).contains("\"name\":\"施工中\"").doesNotContain("UNDER_CONSTRUCTION");

        Page drill = pages.get(admin, "/rivers/board?region={id}", users.region("渌口区").id());
        assertThat(drill.html()).contains("龙船镇", "湘江", "渌水");

        Page dashboard = pages.get(admin, "/dashboard");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.html()).contains("河长制");

        Page projects = pages.get(admin, "/rivers/projects");
        assertThat(projects.html()).contains("茶陵县高院污水处理设施", "荷叶塘干渠", "清理整治河湖“四乱”问题", "row-bad", "渔政");

        Page duty = pages.get(admin, "/rivers/compliance?level=VILLAGE");
        assertThat(duty.html()).contains("钟桂兰", "曾德明").doesNotContain("刘晓峰");
        Page xlsx = pages.get(admin, "/rivers/compliance.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.raw().getContentAsByteArray()))) {
            assertThat(wb.getFirstSheet().read().stream().map(r -> r.getCellText(0))).contains("钟桂兰", "河长 Chief");
        }
    }

    @Test
    void a_river_page_shows_segments_chiefs_open_problems_and_sections() {
        Pages.Session admin = pages.signIn("admin");
        long xiang = rivers_id(admin, "湘江");
        Page river = pages.get(admin, "/rivers/{id}", xiang);
        assertThat(river.status()).isEqualTo(200);
        assertThat(river.html()).contains("荷包村段", "市级河长（湘江）", "曾德明", "仓储式建筑", "170", "枫溪");
        Page tianyuan = pages.get(pages.signIn("tianyuan"), "/rivers/{id}", xiang);
        assertThat(tianyuan.html()).contains("天元区段").doesNotContain("荷包村段", "仓储式建筑");
        assertThat(pages.get(pages.signIn("tianyuan"), "/rivers/{id}", rivers_id(admin, "渌水")).status()).isEqualTo(404);
    }

    @Test
    void a_chief_patrols_from_the_phone_page_and_the_track_survives_a_repeated_batch() throws Exception {
        RiverFixtures.Stream stream = RiverFixtures.stream(rivers, accounts, users, "小湖塘社区", WaterbodyType.RIVER);
        Pages.Session phone = pages.signIn(stream.chiefUsername());
        Page list = pages.get(phone, "/rivers");
        assertThat(list.html()).contains("start-" + stream.segmentId());

        Page started = pages.post(phone, "/rivers/patrols", Map.of("segment_id", String.valueOf(stream.segmentId())));
        assertThat(started.redirect()).matches(".*/rivers/patrols/\\d+");
        String path = started.redirect().substring(started.redirect().indexOf("/rivers/patrols/"));
        Page patrol = pages.get(phone, path);
        assertThat(patrol.html()).contains("patrol-tracker", "/js/river-patrol.js").doesNotContain("<script>");

        String at = Instant.now().toString();
        String batch = "{\"points\":[{\"at\":\"" + at + "\",\"lat\":27.828,\"lng\":113.088,\"accuracy\":5}]}";
        for (int i = 0; i < 2; i++) {
            Page sent = pages.perform(MockMvcRequestBuilders.post(path + "/points").with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content(batch), phone);
            assertThat(sent.status()).isEqualTo(200);
            assertThat(sent.html()).contains("\"total\":1");
        }
        Page problem = pages.post(phone, path + "/problems", Map.of("category", "ZOMBIE_SHIP",
                "description", "岸边有一艘废弃铁船", "address", "测试段"));
        assertThat(problem.redirect()).endsWith(path);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        var photo = mvc.perform(MockMvcRequestBuilders.multipart(path + "/photos")
                .file(new org.springframework.mock.web.MockMultipartFile("photo", "river.png", "image/png", png))
                .param("caption", "铁船").with(csrf()).with(org.civicgrid.support.Sessions.as(accounts, stream.chiefUsername())))
                .andReturn().getResponse();
        assertThat(photo.getRedirectedUrl()).endsWith(path);
        Page ended = pages.post(phone, path + "/end", Map.of());
        assertThat(ended.redirect()).endsWith(path);
        Page after = pages.get(phone, path);
        assertThat(after.html()).contains("废弃铁船", "/files/").doesNotContain("patrol-tracker");
    }

    @Test
    void an_official_enters_a_patrol_afterwards_and_every_river_page_is_fully_translated() {
        RiverFixtures.Stream stream = RiverFixtures.stream(rivers, accounts, users, "小湖塘社区", WaterbodyType.RIVER);
        Pages.Session official = pages.signIn("tianyuan");
        Page entered = pages.post(official, "/rivers/chiefs/{id}/patrols", Map.of("segment_id",
                String.valueOf(stream.segmentId()), "started_at", "2026-01-05T09:00", "ended_at", "2026-01-05T10:15",
                "distance_km", "3.2", "notes", "补录：河面整洁"), stream.chiefId());
        assertThat(entered.redirect()).endsWith("/rivers/chiefs/" + stream.chiefId());
        Page chief = pages.get(official, "/rivers/chiefs/{id}", stream.chiefId());
        assertThat(chief.html()).contains("3.2", "75", "enter-patrol");

        Pages.Session admin = pages.signIn("admin");
        long xiang = rivers_id(admin, "湘江");
        for (String lang : java.util.List.of("zh-CN", "en")) {
            for (String path : java.util.List.of("/rivers", "/rivers/" + xiang, "/rivers/board", "/rivers/projects",
                    "/rivers/compliance", "/rivers/chiefs/" + stream.chiefId())) {
                Page page = pages.get(admin, path + "?lang=" + lang);
                assertThat(page.status()).as(path).isEqualTo(200);
                assertThat(page.html()).as(path + " in " + lang).doesNotContain("??");
            }
        }
        assertThat(pages.get(admin, "/rivers/board?lang=en").html()).contains("River-chief office", "79,000");
    }

    @Test
    void the_rivers_their_projects_the_board_and_a_chiefs_patrols_export_what_their_pages_show() throws Exception {
        RiverFixtures.Stream stream = RiverFixtures.stream(rivers, accounts, users, "小湖塘社区", WaterbodyType.RIVER);
        String code = api.get("admin", "/api/v1/rivers/{id}", stream.bodyId()).text("code");
        String name = api.get("admin", "/api/v1/rivers/{id}", stream.bodyId()).text("name");
        Pages.Session admin = pages.signIn("admin");
        Pages.Session official = pages.signIn("tianyuan");
        Pages.Session elsewhere = pages.signIn("lijiachong");

        // every water body of every page, in the viewer's region only
        assertThat(pages.get(admin, "/rivers").html()).contains("/rivers/export");
        List<Row> all = firstSheet(pages.get(admin, "/rivers/export"));
        assertThat(texts(all.get(0))).startsWith("编码 Code", "名称 Name", "类型 Type");
        assertThat(all).hasSize(1 + api.get("admin", "/api/v1/rivers?size=1").body().path("total").asInt());
        assertThat(column(all, 1)).contains("湘江", "渌水");
        assertThat(column(firstSheet(pages.get(official, "/rivers/export")), 0)).contains(code);
        assertThat(column(firstSheet(pages.get(elsewhere, "/rivers/export")), 0)).doesNotContain(code);

        // a chief's patrols, all 21 of them though the page shows 20
        for (int day = 1; day <= 21; day++) {
            String date = LocalDate.of(2025, 3, day).toString();
            pages.post(official, "/rivers/chiefs/{id}/patrols", Map.of("segment_id", String.valueOf(stream.segmentId()),
                    "started_at", date + "T09:00", "ended_at", date + "T10:00", "distance_km", "3.2"), stream.chiefId());
        }
        String chief = "/rivers/chiefs/" + stream.chiefId();
        assertThat(pages.get(official, chief).html()).contains(chief + "/patrols/export");
        List<Row> patrols = firstSheet(pages.get(official, chief + "/patrols/export"));
        assertThat(texts(patrols.get(0))).startsWith("开始时间 Started", "河段 Segment");
        assertThat(patrols.subList(1, patrols.size())).hasSize(21).allSatisfy(r ->
                assertThat(texts(r)).contains(name + " · 测试段", "3.2", "60", "补录"));
        assertThat(pages.get(elsewhere, chief + "/patrols/export").status()).isEqualTo(404);

        // the projects with the page's type filter, inside the viewer's region
        assertThat(pages.get(admin, "/rivers/projects?type=BLACK_ODOROUS").html())
                .contains("/rivers/projects/export?type=BLACK_ODOROUS");
        List<Row> blackOdorous = firstSheet(pages.get(admin, "/rivers/projects/export?type=BLACK_ODOROUS"));
        assertThat(blackOdorous.get(0).getCellText(0)).isEqualTo("项目 Project");
        assertThat(column(blackOdorous, 0)).contains("栗雨港", "霞湾港支渠").doesNotContain("茶陵县高院污水处理设施");
        assertThat(column(firstSheet(pages.get(admin, "/rivers/projects/export")), 0)).contains("茶陵县高院污水处理设施");
        assertThat(column(firstSheet(pages.get(official, "/rivers/projects/export")), 0)).contains("栗雨港")
                .doesNotContain("霞湾港支渠", "茶陵县高院污水处理设施");

        // the board's table by region, for the region it shows
        long lukou = users.region("渌口区").id();
        assertThat(pages.get(admin, "/rivers/board?region=" + lukou).html()).contains("/rivers/board/export?region=" + lukou);
        List<Row> city = firstSheet(pages.get(admin, "/rivers/board/export"));
        assertThat(texts(city.get(0))).containsExactly("区域 Region", "河湖 Rivers", "河长 Chiefs", "本年巡河 Patrols this year",
                "未解决问题 Open problems");
        assertThat(column(city, 0)).contains("天元区", "醴陵市");
        assertThat(column(firstSheet(pages.get(admin, "/rivers/board/export?region=" + lukou)), 0)).contains("龙船镇")
                .doesNotContain("天元区");
        assertThat(column(firstSheet(pages.get(official, "/rivers/board/export")), 0)).doesNotContain("醴陵市", "天元区");
        assertThat(pages.get(official, "/rivers/board/export?region=" + lukou).status()).isEqualTo(404);
    }

    private long rivers_id(Pages.Session session, String name) {
        org.civicgrid.support.Sessions.signIn(accounts, "admin");
        try {
            return rivers.waterBodies(org.springframework.data.domain.PageRequest.of(0, 100)).getContent().stream()
                    .filter(r -> r.name().equals(name)).findFirst().orElseThrow().id();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}
