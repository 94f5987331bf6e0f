package org.civicgrid.volunteering;

import static org.civicgrid.support.Workbooks.sheets;
import static org.civicgrid.support.Workbooks.text;
import static org.civicgrid.support.Workbooks.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicgrid.shared.time.TimeConfiguration;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.Pages;
import org.civicgrid.support.Pages.Page;
import org.civicgrid.support.Pages.Session;
import org.civicgrid.support.TestUsers;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The volunteering pages as the people who use them see them: a community worker publishes an activity,
 * volunteers sign up within its places and are checked in and out, their record and certificate, the
 * volunteer register, teams, the duty board and every list's Excel export.
 */
@IntegrationTest
class VolunteeringPagesIntegrationTests {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired Pages pages;
    @Autowired TestUsers users;

    @Test
    void a_worker_publishes_an_activity_whose_places_run_out_and_checks_the_volunteer_in_and_out() {
        Session worker = pages.signIn(users.create("COMMUNITY_WORKER", "小湖塘社区").username());

        Page form = pages.get(worker, "/volunteering/activities/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html()).contains("发布活动", "datetime-local", "data-lat-input");

        LocalDateTime start = LocalDateTime.now(TimeConfiguration.ZONE).plusDays(2).withSecond(0).withNano(0);
        Map<String, String> bad = activity("", start, start.minusHours(1), "1");
        Page refused = pages.post(worker, "/volunteering/activities", bad);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("field-error", "error-summary");

        String title = "楼道清扫 " + System.nanoTime();
        Page saved = pages.post(worker, "/volunteering/activities", activity(title, start, start.plusHours(2), "1"));
        assertThat(saved.redirect()).startsWith("/volunteering/activities/");
        String activityPath = saved.redirect();
        assertThat(pages.get(worker, activityPath).html()).contains(title, "活动已发布", "报名名单");

        Session first = volunteer("林一");
        Session second = volunteer("林二");
        pages.post(first, activityPath + "/sign-up", Map.of());
        assertThat(pages.get(first, activityPath).html()).contains("报名成功", "已报名");

        Page full = pages.get(second, activityPath);
        assertThat(full.html()).contains("1 个名额已全部报满").doesNotContain(activityPath + "/sign-up");
        Page tooLate = pages.post(second, activityPath + "/sign-up", Map.of());
        assertThat(tooLate.redirect()).isEqualTo(activityPath);
        assertThat(pages.get(second, activityPath).html()).contains("名额已满，不能再报名了。");
        assertThat(pages.get(second, "/volunteering").html()).contains(title, "名额已满");

        String roster = pages.get(worker, activityPath).html();
        assertThat(roster).contains("林一");
        String signUpId = first(roster, "name=\"signUpId\" value=\"(\\d+)\"");
        pages.post(worker, activityPath + "/check-in", Map.of("signUpId", signUpId));
        assertThat(pages.get(worker, activityPath).html()).contains("已签到", "服务中");
        pages.post(worker, activityPath + "/check-out", Map.of("signUpId", signUpId));
        assertThat(pages.get(worker, activityPath).html()).contains("服务时长已记录", "已完成");
        assertThat(pages.get(first, "/volunteering/me").html()).contains(title, "开具证明");

        Page volunteers = pages.get(worker, "/volunteering/volunteers?q=林一");
        assertThat(volunteers.html()).contains("林一");
        String volunteerPath = "/volunteering/volunteers/" + first(volunteers.html(), "/volunteering/volunteers/(\\d+)\"");
        Page record = pages.get(worker, volunteerPath);
        assertThat(record.html()).contains("林一", title, "小湖塘社区志愿服务站", "开具证明");
        Page pdf = pages.post(worker, volunteerPath + "/certificate", Map.of("organisation", "小湖塘社区志愿服务站"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.raw().getContentType()).isEqualTo("application/pdf");
        assertThat(pages.get(worker, volunteerPath).html()).contains("ZYFW");
    }

    @Test
    void staff_register_a_resident_as_a_volunteer_and_build_a_team_with_field_errors_on_bad_input() {
        Session worker = pages.signIn(users.create("COMMUNITY_WORKER", "小湖塘社区").username());
        String community = String.valueOf(users.region("小湖塘社区").id());

        Page badId = pages.post(worker, "/volunteering/volunteers", Map.of("name", "周阿姨", "idType",
                "RESIDENT_ID_CARD", "idNumber", "12345", "regionId", community, "username", "no-such-user-x"));
        assertThat(badId.status()).isEqualTo(200);
        assertThat(badId.html()).contains("field-error", "没有这个用户名。");

        String name = "周阿姨" + System.nanoTime() % 100000;
        Page ok = pages.post(worker, "/volunteering/volunteers", Map.of("name", name, "idType", "RESIDENT_ID_CARD",
                "idNumber", "430211195503041529", "phone", "13907330001", "regionId", community, "residentId", "42",
                "skills", "理发，缝补", "availability", "周末上午"));
        assertThat(ok.redirect()).startsWith("/volunteering/volunteers/");
        Page detail = pages.get(worker, ok.redirect());
        assertThat(detail.html()).contains(name, "4302**********1529", "理发", "缝补", "周末上午", "居民档案 42")
                .doesNotContain("430211195503041529");
        String number = first(detail.html(), "(430200-\\d{4}-\\d{6})");

        String unit = first(pages.get(worker, "/volunteering/duty").html(), "unit_id=(\\d+)");
        Page noUnit = pages.post(worker, ok.redirect() + "/party", Map.of("communityId", community));
        assertThat(noUnit.redirect()).isEqualTo(ok.redirect());
        assertThat(pages.get(worker, ok.redirect()).html()).contains("请填写单位编号并选择报到社区。");
        pages.post(worker, ok.redirect() + "/party", Map.of("unitId", unit, "communityId", community));
        assertThat(pages.get(worker, ok.redirect()).html()).contains("已登记为在职党员", "在职党员");
        assertThat(pages.get(worker, "/volunteering/duty?unit_id=" + unit).html()).contains(name);

        String team = "小湖塘理发队" + System.nanoTime() % 100000;
        Page noOrg = pages.post(worker, "/volunteering/teams", Map.of("name", team, "kind", "GENERAL",
                "regionId", community));
        assertThat(noOrg.status()).isEqualTo(200);
        assertThat(noOrg.html()).contains("field-error");
        Page created = pages.post(worker, "/volunteering/teams", Map.of("name", team, "kind", "GENERAL",
                "organisation", "小湖塘社区", "leaderName", "冯芳", "regionId", community));
        assertThat(created.redirect()).startsWith("/volunteering/teams/");
        assertThat(pages.get(worker, created.redirect()).html()).contains("服务队已建立。", team, "冯芳");
        Page twice = pages.post(worker, "/volunteering/teams", Map.of("name", team, "kind", "GENERAL",
                "organisation", "小湖塘社区", "regionId", community));
        assertThat(twice.html()).contains("本区域已有同名服务队。");

        pages.post(worker, created.redirect() + "/members", Map.of("number", number));
        assertThat(pages.get(worker, created.redirect()).html()).contains("已加入服务队", name);
        pages.post(worker, created.redirect() + "/members", Map.of("number", "430200-1999-999999"));
        assertThat(pages.get(worker, created.redirect()).html()).contains("没有找到这个志愿者编号");
        assertThat(pages.get(worker, ok.redirect()).html()).contains(team);
        assertThat(pages.get(worker, "/volunteering/teams").html()).contains(team, "志愿服务队");
    }

    @Test
    void a_volunteer_cannot_reach_the_staff_pages() {
        Session v = pages.signIn(users.create("VOLUNTEER", "小湖塘社区").username());
        assertThat(pages.get(v, "/volunteering/volunteers").status()).isEqualTo(403);
        assertThat(pages.get(v, "/volunteering/activities/new").status()).isEqualTo(403);
        assertThat(pages.get(v, "/volunteering/duty").status()).isEqualTo(403);
        assertThat(pages.post(v, "/volunteering/teams", Map.of("name", "自建队", "organisation", "我",
                "kind", "GENERAL")).status()).isEqualTo(403);
        assertThat(pages.get(v, "/volunteering").html()).doesNotContain("/volunteering/activities/new");
    }

    @Test
    void the_duty_board_shows_who_is_behind_by_community_and_by_unit_and_every_list_exports_to_excel() {
        Session admin = pages.signIn("admin");
        String xiaohutang = String.valueOf(users.region("小湖塘社区").id());
        Page board = pages.get(admin, "/volunteering/duty?community_id=" + xiaohutang);
        assertThat(board.html()).contains("按社区", "按单位", "周丽", "小湖塘社区");
        String unit = first(board.html(), "unit_id=(\\d+)");
        Page ofUnit = pages.get(admin, "/volunteering/duty?unit_id=" + unit);
        assertThat(ofUnit.html()).contains("全部单位");

        for (String path : new String[] {"/volunteering/export", "/volunteering/volunteers/export?q=周",
                "/volunteering/teams/export", "/volunteering/duty/export?community_id=" + xiaohutang}) {
            Page excel = pages.get(admin, path);
            assertThat(excel.status()).as(path).isEqualTo(200);
            assertThat(excel.raw().getContentType()).as(path).contains("spreadsheetml");
        }
        assertThat(pages.get(admin, "/volunteering").html()).contains("/volunteering/export", "发布活动");
    }

    @Test
    void the_duty_boards_summaries_by_community_and_by_unit_export_beside_its_members() throws Exception {
        Session admin = pages.signIn("admin");
        String xiaohutang = String.valueOf(users.region("小湖塘社区").id());
        List<List<Row>> book = sheets(pages.get(admin, "/volunteering/duty/export?community_id=" + xiaohutang));
        assertThat(book).hasSize(3);
        List<Row> members = book.get(0);
        List<Row> byCommunity = book.get(1);
        List<Row> byUnit = book.get(2);
        assertThat(texts(byCommunity.get(0))).containsExactly("社区 Community", "登记党员 Members", "已完成 Done",
                "本月未完成 Behind");
        assertThat(texts(byUnit.get(0))).containsExactly("单位编号 Unit", "登记党员 Members", "已完成 Done",
                "本月未完成 Behind");
        assertThat(byCommunity).hasSize(2);
        assertThat(texts(byCommunity.get(1))).startsWith("小湖塘社区", String.valueOf(members.size() - 1));
        int perUnit = byUnit.stream().skip(1).mapToInt(r -> Integer.parseInt(text(r, 1))).sum();
        long withUnit = members.stream().skip(1).filter(r -> !text(r, 1).isEmpty()).count();
        assertThat(perUnit).isPositive().isEqualTo((int) withUnit);

        // one unit's members narrow all three sheets; another district's worker sees nothing of 小湖塘社区
        String unit = text(byUnit.get(1), 0);
        List<List<Row>> ofUnit = sheets(pages.get(admin, "/volunteering/duty/export?community_id=" + xiaohutang
                + "&unit_id=" + unit));
        assertThat(ofUnit.get(0).stream().skip(1).map(r -> text(r, 1))).containsOnly(unit);
        assertThat(ofUnit.get(2)).hasSize(2);
        assertThat(sheets(pages.get(pages.signIn("lijiachong"), "/volunteering/duty/export")).get(1).stream()
                .map(r -> text(r, 0))).doesNotContain("小湖塘社区");
    }

    @Test
    void an_activitys_roster_and_a_teams_members_export_for_the_staff_who_see_them() throws Exception {
        String community = String.valueOf(users.region("小湖塘社区").id());
        Session worker = pages.signIn(users.create("COMMUNITY_WORKER", "小湖塘社区").username());
        LocalDateTime start = LocalDateTime.now(TimeConfiguration.ZONE).plusDays(2).withSecond(0).withNano(0);
        String activity = pages.post(worker, "/volunteering/activities",
                activity("导出名单 " + System.nanoTime(), start, start.plusHours(2), "5")).redirect();
        String name = "导出志愿者" + System.nanoTime() % 100000;
        Session volunteer = volunteer(name);
        pages.post(volunteer, activity + "/sign-up", Map.of());

        assertThat(pages.get(worker, activity).html()).contains(activity + "/export");
        List<Row> roster = sheets(pages.get(worker, activity + "/export")).get(0);
        assertThat(texts(roster.get(0))).startsWith("姓名 Name", "志愿者编号 Volunteer No.", "状态 Status");
        assertThat(roster).hasSize(2);
        assertThat(texts(roster.get(1))).startsWith(name).contains("已报名");
        assertThat(pages.get(volunteer, activity + "/export").status()).isEqualTo(403);
        assertThat(pages.get(pages.signIn("lijiachong"), activity + "/export").status()).isEqualTo(404);

        String number = first(pages.get(worker, "/volunteering/volunteers?q=" + name).html(), "(430200-\\d{4}-\\d{6})");
        String team = pages.post(worker, "/volunteering/teams", Map.of("name", "导出队" + System.nanoTime() % 100000,
                "kind", "GENERAL", "organisation", "小湖塘社区", "regionId", community)).redirect();
        pages.post(worker, team + "/members", Map.of("number", number));
        assertThat(pages.get(worker, team).html()).contains(team + "/export");
        List<Row> members = sheets(pages.get(worker, team + "/export")).get(0);
        assertThat(texts(members.get(0))).containsExactly("志愿者编号 Volunteer No.", "姓名 Name", "技能 Skills", "区域 Region");
        assertThat(members.stream().skip(1).map(r -> text(r, 0) + " " + text(r, 1))).containsExactly(number + " " + name);
        assertThat(pages.get(volunteer, team + "/export").status()).isEqualTo(403);
        assertThat(pages.get(pages.signIn("lijiachong"), team + "/export").status()).isEqualTo(404);
    }

    @Test
    void the_breakfast_project_shows_its_days_exports_them_and_refuses_a_day_in_the_future() {
        Session admin = pages.signIn("admin");
        String project = "/volunteering/projects/" + first(pages.get(admin, "/volunteering").html(),
                "/volunteering/projects/(\\d+)\"");
        Page page = pages.get(admin, project);
        assertThat(page.html()).contains("每日记录", "记录一天的份数", project + "/export");
        Page excel = pages.get(admin, project + "/export");
        assertThat(excel.raw().getContentType()).contains("spreadsheetml");

        String tomorrow = LocalDateTime.now(TimeConfiguration.ZONE).toLocalDate().plusDays(1).toString();
        Page refused = pages.post(admin, project + "/days", Map.of("day", tomorrow, "servings", "80"));
        assertThat(refused.redirect()).startsWith(project);
        assertThat(pages.get(admin, project).html()).contains("日期须在项目开始之后、今天之前");

        Session v = pages.signIn(users.create("VOLUNTEER", "小湖塘社区").username());
        assertThat(pages.post(v, project + "/days", Map.of("day", "2024-01-02", "servings", "1")).status())
                .isIn(403, 404);
    }

    private Session volunteer(String name) {
        Session s = pages.signIn(users.create("VOLUNTEER", "小湖塘社区").username());
        Page registered = pages.post(s, "/volunteering/me", Map.of("name", name, "idType", "RESIDENT_ID_CARD"));
        assertThat(registered.redirect()).isEqualTo("/volunteering/me");
        return s;
    }

    private static Map<String, String> activity(String title, LocalDateTime start, LocalDateTime end, String capacity) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("type", "ENVIRONMENT");
        form.put("place", "小湖塘社区 3 栋楼道");
        form.put("startsAt", LOCAL.format(start));
        form.put("endsAt", LOCAL.format(end));
        form.put("capacity", capacity);
        form.put("organisation", "小湖塘社区志愿服务站");
        form.put("responsiblePerson", "冯芳");
        form.put("contactPhone", "0731-22880000");
        return form;
    }

    private static String first(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }
}
