package org.civicgrid.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.access.UserSummary;
import org.civicgrid.cases.ReportDates;
import org.civicgrid.region.RegionRef;
import org.civicgrid.rivers.ChiefLevel;
import org.civicgrid.rivers.Funding;
import org.civicgrid.rivers.ProjectStage;
import org.civicgrid.rivers.ProjectType;
import org.civicgrid.rivers.RiverCommands.AddSegment;
import org.civicgrid.rivers.RiverCommands.AppointChief;
import org.civicgrid.rivers.RiverCommands.RegisterWaterBody;
import org.civicgrid.rivers.RiverManagement;
import org.civicgrid.rivers.WaterbodyType;
import org.civicgrid.rivers.internal.RiverProject;
import org.civicgrid.rivers.internal.RiverProjectRepository;
import org.civicgrid.support.Api;
import org.civicgrid.support.FigureCheck;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.Pages;
import org.civicgrid.support.Sessions;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import tools.jackson.databind.JsonNode;

/** The panels the modules contribute: each one's figures for a known scope, and only inside the viewer's region. */
@IntegrationTest
class DashboardPanelsIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    Pages pages;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FigureCheck figureCheck;

    @Autowired
    RiverManagement rivers;

    @Autowired
    RiverProjectRepository projects;

    @Autowired
    AccountManagement accounts;

    @Test
    void the_city_view_has_a_panel_from_every_module_with_its_figures_and_charts() {
        Api.Response r = api.get("admin", "/api/v1/dashboard?from={f}&to={t}", LocalDate.now().withDayOfYear(1),
                LocalDate.now());

        assertThat(r.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        r.body().path("panels").forEach(p -> ids.add(p.path("id").asString()));
        assertThat(ids).contains("region", "cases", "residents", "rivers", "pairing", "volunteering", "courses",
                "enforcement", "recognition");
        assertThat(figure(r, "residents", "residents.dashboard.households")).isPositive();
        // the seed pairs units with communities in 2022 and 2023
        Api.Response y2023 = api.get("admin", "/api/v1/dashboard?from=2023-01-01&to=2023-12-31");
        assertThat(figure(y2023, "pairing", "pairing.dashboard.pairings")).isPositive();
        assertThat(figure(y2023, "pairing", "pairing.dashboard.reported")).isPositive();
        assertThat(figure(api.get("admin", "/api/v1/dashboard?from=2022-01-01&to=2022-12-31"), "pairing",
                "pairing.dashboard.invested")).isPositive();
        assertThat(figures(r, "volunteering")).containsKeys("volunteering.dashboard.hoursMonth",
                "volunteering.dashboard.hoursYear", "volunteering.dashboard.behind");
        assertThat(panel(r, "courses").path("charts").size()).isGreaterThanOrEqualTo(1);
        // the districts are drill-down targets of the bars
        assertThat(panel(r, "residents").path("charts").toString()).contains("/dashboard?region=");
    }

    @Test
    void the_course_panel_counts_the_seats_of_the_classes_in_the_viewers_community_and_no_other() {
        LocalDate from = LocalDate.now().plusDays(7);
        LocalDate to = from.plusDays(1);
        String period = "?from=" + from + "&to=" + to;
        double seatsBefore = figure(api.get("xiaohutang", "/api/v1/dashboard" + period), "courses",
                "courses.dashboard.capacity");
        double otherBefore = figure(api.get("lijiachong", "/api/v1/dashboard" + period), "courses",
                "courses.dashboard.capacity");
        double classesBefore = figure(api.get("xiaohutang", "/api/v1/dashboard" + period), "courses",
                "courses.dashboard.courses");

        long course = api.post("xiaohutang", "/api/v1/courses", course("驾驶舱书法班 " + System.nanoTime(), 9)).id();
        api.post(users.create("RESIDENT", "小湖塘社区").username(), "/api/v1/courses/{id}/enrolments", null, course);

        Api.Response own = api.get("xiaohutang", "/api/v1/dashboard" + period);
        assertThat(figure(own, "courses", "courses.dashboard.capacity")).isEqualTo(seatsBefore + 9);
        assertThat(figure(own, "courses", "courses.dashboard.courses")).isEqualTo(classesBefore + 1);
        assertThat(figure(api.get("lijiachong", "/api/v1/dashboard" + period), "courses", "courses.dashboard.capacity"))
                .isEqualTo(otherBefore);
        assertThat(api.get("tianyuan", "/api/v1/dashboard" + period).status()).isEqualTo(200);
    }

    @Test
    void the_enforcement_panel_tallies_an_operation_by_violation_type_inside_the_district_only() {
        // a day of its own, so that no other test's operations fall in the period
        LocalDate day = LocalDate.of(2012, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        long road = roadId("zhifa-tianyuan", "嵩山路");
        Api.Response op = api.post("zhifa-tianyuan", "/api/v1/enforcement/operations", Map.of(
                "number", "驾驶舱行动 " + System.nanoTime(), "date", day.toString(), "road_ids", List.of(road),
                "departments", List.of("天元区城市管理和综合执法局"),
                "tallies", List.of(Map.of("violation_type", "NO_HELMET", "road_id", road, "count", 26),
                        Map.of("violation_type", "SUNSHADE", "count", 12),
                        Map.of("violation_type", "TAXI", "count", 6))));
        assertThat(op.status()).isEqualTo(201);
        String period = "?from=" + day + "&to=" + day;

        Api.Response district = api.get("tianyuan", "/api/v1/dashboard" + period);
        Api.Response community = api.get("xiaohutang", "/api/v1/dashboard" + period);

        assertThat(figure(district, "enforcement", "enforcement.dashboard.operations")).isEqualTo(1);
        assertThat(figure(district, "enforcement", "enforcement.dashboard.violations")).isEqualTo(44);
        JsonNode byType = panel(district, "enforcement").path("tables").get(0).path("rows");
        assertThat(byType.toString()).contains("[\"未戴头盔\",26]", "[\"拆除遮阳伞\",12]", "[\"纠正出租车违规\",6]");
        // the operation belongs to the district, not to a community inside it
        assertThat(figure(community, "enforcement", "enforcement.dashboard.violations")).isZero();
    }

    @Test
    void a_community_worker_sees_only_her_communitys_numbers() {
        Api.Response own = api.get("xiaohutang", "/api/v1/dashboard");
        Api.Response district = api.get("tianyuan", "/api/v1/dashboard");
        Api.Response other = api.get("lijiachong", "/api/v1/dashboard");

        double households = figure(own, "residents", "residents.dashboard.households");
        assertThat(households).isPositive();
        assertThat(figure(district, "residents", "residents.dashboard.households")).isGreaterThan(households);
        assertThat(figure(other, "residents", "residents.dashboard.households")).isNotEqualTo(
                figure(district, "residents", "residents.dashboard.households"));
        assertThat(own.text("region_name")).isEqualTo("小湖塘社区");
        Pages.Page page = pages.get(pages.signIn("xiaohutang"), "/dashboard");
        assertThat(page.html()).contains("panel-pairing", "panel-volunteering", "panel-courses", "panel-enforcement",
                "panel-residents", "在册户数");
    }

    @Test
    void the_on_time_closure_trend_shows_for_each_month_the_share_of_its_cases_closed_on_time() {
        // twelve months of their own, long ago, so that no other test's cases fall in them
        YearMonth last = YearMonth.of(1991, 1).plusMonths(ThreadLocalRandom.current().nextInt(100));
        YearMonth second = last.minusMonths(10);
        YearMonth sixth = last.minusMonths(6);
        long first = reportCase();
        reportedIn(second, closeOnTime(first));
        reportedIn(second, reportCase());            // still open: not closed on time
        reportedIn(sixth, closeOnTime(reportCase()));
        reportedIn(sixth, reportCase());
        reportedIn(sixth, reportCase());
        reportedIn(last, closeOnTime(reportCase()));
        String gridPath = jdbc.queryForObject("select region_path from case_file where id = ?", String.class, first);
        String communityPath = gridPath.substring(0, nthSlash(gridPath, 5) + 1);

        List<String> months = new ArrayList<>();
        for (YearMonth m = last.minusMonths(11); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        List<Double> rates = Arrays.asList(null, 50.0, null, null, null, 33.3, null, null, null, null, null, 100.0);
        // the city and the community read the kept daily figures; the grid, below them, counts its cases
        for (String path : List.of(communityPath.substring(0, nthSlash(communityPath, 2) + 1), communityPath, gridPath)) {
            long region = jdbc.queryForObject("select id from region where path = ?", Long.class, path);
            JsonNode trend = chart(api.get("admin", "/api/v1/dashboard?region_id={r}&from={f}&to={t}", region,
                    last.atDay(1), last.atEndOfMonth()), "cases", "cases-onTime");
            List<String> labels = new ArrayList<>();
            trend.path("xAxis").path("data").forEach(m -> labels.add(m.asString()));
            List<Double> shown = new ArrayList<>();
            trend.path("series").get(0).path("data").forEach(v -> shown.add(v.isNull() ? null : v.asDouble()));
            assertThat(labels).as(path).containsExactlyElementsOf(months);
            assertThat(shown).as(path).containsExactlyElementsOf(rates);
            assertThat(trend.path("series").get(0).path("type").asString()).isEqualTo("line");
        }
    }

    @Test
    void the_rivers_panel_sets_the_patrols_chiefs_made_against_what_their_duty_asked_and_counts_projects_by_stage() {
        // four weeks of their own, in the two years before this one, when the new chief is already in post
        LocalDate from = LocalDate.of(2024, 2, 1).plusDays(ThreadLocalRandom.current().nextInt(600));
        LocalDate to = from.plusDays(27);
        String period = "?from=" + from + "&to=" + to;
        RegionRef community = users.region("小湖塘社区");
        String street = jdbc.queryForObject("select name from region where id = ?", String.class, community.parentId());
        Api.Response districtBefore = api.get("tianyuan", "/api/v1/dashboard" + period);
        Api.Response before = api.get("xiaohutang", "/api/v1/dashboard" + period);

        // a village chief (weekly duty, 30 minutes) takes a new stream in the community: four weeks ask four patrols
        UserSummary chiefUser = users.create("RIVER_CHIEF", "小湖塘社区");
        long[] stream = villageStream(community, chiefUser.username());
        patrol(chiefUser.username(), stream, from, 45);
        patrol(chiefUser.username(), stream, from.plusDays(9), 30);
        patrol(chiefUser.username(), stream, to, 60);
        patrol(chiefUser.username(), stream, from.plusDays(14), 20);     // too short to count
        patrol(chiefUser.username(), stream, from.minusDays(1), 60);     // before the period
        // remediation projects: two under construction (one past its deadline), one stalled
        project(community, ProjectStage.UNDER_CONSTRUCTION, LocalDate.now().minusDays(3));
        project(community, ProjectStage.UNDER_CONSTRUCTION, null);
        project(community, ProjectStage.STALLED, null);

        Api.Response after = api.get("xiaohutang", "/api/v1/dashboard" + period);
        Api.Response district = api.get("tianyuan", "/api/v1/dashboard" + period);
        for (Api.Response[] r : new Api.Response[][] {{before, after}, {districtBefore, district}}) {
            assertThat(figure(r[1], "rivers", "rivers.dashboard.dutyRequired"))
                    .isEqualTo(figure(r[0], "rivers", "rivers.dashboard.dutyRequired") + 4);
            assertThat(figure(r[1], "rivers", "rivers.dashboard.dutyDone"))
                    .isEqualTo(figure(r[0], "rivers", "rivers.dashboard.dutyDone") + 3);
            double required = figure(r[1], "rivers", "rivers.dashboard.dutyRequired");
            double done = figure(r[1], "rivers", "rivers.dashboard.dutyDone");
            assertThat(figures(r[1], "rivers").get("rivers.dashboard.dutyRate"))
                    .isEqualTo(String.valueOf(Math.round(done * 1000 / required) / 10.0));
            assertThat(row(r[1], "rivers", "村级河长").get(2).asDouble() - row(r[0], "rivers", "村级河长").get(2).asDouble())
                    .isEqualTo(4);
            assertThat(row(r[1], "rivers", "村级河长").get(3).asDouble() - row(r[0], "rivers", "村级河长").get(3).asDouble())
                    .isEqualTo(3);
            assertThat(stages(r[1])).containsEntry("施工中", stages(r[0]).get("施工中") + 2)
                    .containsEntry("停滞", stages(r[0]).get("停滞") + 1)
                    .containsEntry("已完工", stages(r[0]).get("已完工"));
            assertThat(figure(r[1], "rivers", "rivers.board.overdue"))
                    .isEqualTo(figure(r[0], "rivers", "rivers.board.overdue") + 1);
        }
        // the district's breakdown gives the street its chiefs' duty
        assertThat(row(district, "rivers", street).get(4).asDouble() - row(districtBefore, "rivers", street).get(4).asDouble())
                .isEqualTo(4);
        assertThat(row(district, "rivers", street).get(5).asDouble() - row(districtBefore, "rivers", street).get(5).asDouble())
                .isEqualTo(3);
        // and the kept figures equal a count of the patrols that counted, in every region
        assertThat(figureCheck.differences("rivers", List.of("duty_city_on", "duty_county_on", "duty_township_on",
                "duty_village_on"), "select c.region_path, c.chief_level, p.started_at from river_patrol p "
                + "join river_chief c on c.id = p.chief_id join river_duty_rule r on r.chief_level = c.chief_level "
                + "where p.status = 'COMPLETED' and p.duration_seconds >= r.min_minutes * 60",
                rs -> List.of(new FigureCheck.Counted(rs.getString(1), "duty_" + rs.getString(2).toLowerCase(Locale.ROOT)
                        + "_on", rs.getObject(3, java.time.OffsetDateTime.class).atZoneSameInstant(SHANGHAI).toLocalDate()
                        .toString(), 1)))).isEmpty();
    }

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** A case a resident reports in 小湖塘社区's first grid. */
    private long reportCase() {
        Api.Response r = api.post("resident1", "/api/v1/cases", Map.of("category_code", "drain-blocked",
                "description", "驾驶舱趋势 " + System.nanoTime(), "lat", 27.8300, "lng", 113.0900));
        assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
        return r.id();
    }

    /** Works a case through to its close, well before its deadline. */
    private long closeOnTime(long id) {
        for (String[] step : new String[][] {{"xiaohutang", "REGISTER"}, {"xiaohutang", "DISPATCH"},
                {"xiaohutang", "HANDLE"}, {"xiaohutang-grid1", "VERIFY"}, {"tianyuan", "CLOSE"}}) {
            Api.Response r = api.post(step[0], "/api/v1/cases/{id}/transitions", Map.of("action", step[1],
                    "comment", "驾驶舱趋势"), id);
            assertThat(r.status()).as("%s %s", step[1], r.body()).isEqualTo(200);
        }
        assertThat(api.get("tianyuan", "/api/v1/cases/{id}", id).body().path("closed_on_time").asBoolean()).isTrue();
        return id;
    }

    private void reportedIn(YearMonth month, long caseId) {
        ReportDates.move(jdbc, caseId, month.atDay(15).atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant());
    }

    private static int nthSlash(String path, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = path.indexOf('/', at + 1);
        }
        return at;
    }

    /** A new stream with one segment in the community and a village chief (in post since 2024) who patrols it. */
    private long[] villageStream(RegionRef community, String username) {
        Sessions.signIn(accounts, "admin");
        try {
            // a code after every demo river's, so that the river list's first page still shows them all
            long body = rivers.registerWaterBody(new RegisterWaterBody("ZZ-DASH-" + System.nanoTime(), "驾驶舱港",
                    WaterbodyType.RIVER, BigDecimal.ONE, null, "湘江", null, community.id()));
            long segment = rivers.addSegment(new AddSegment(body, "驾驶舱段", BigDecimal.ONE, community.id(),
                    "{\"type\":\"LineString\",\"coordinates\":[[113.088,27.828],[113.091,27.831]]}"));
            long chief = rivers.appointChief(new AppointChief("驾驶舱河长", ChiefLevel.VILLAGE, "村级河长", username,
                    community.id(), LocalDate.of(2024, 1, 1)));
            rivers.assign(segment, chief);
            return new long[] {chief, segment};
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A patrol the chief enters afterwards: started at nine on the day, lasting the given minutes. */
    private void patrol(String chief, long[] stream, LocalDate day, int minutes) {
        Instant start = day.atTime(9, 0).atZone(SHANGHAI).toInstant();
        Api.Response r = api.post(chief, "/api/v1/rivers/patrols/entered", Map.of("chief_id", stream[0],
                "segment_id", stream[1], "started_at", start.toString(),
                "ended_at", start.plusSeconds(minutes * 60L).toString(), "distance_km", 1.5));
        assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
    }

    private void project(RegionRef community, ProjectStage stage, LocalDate deadline) {
        projects.save(new RiverProject(ProjectType.BLACK_ODOROUS, "驾驶舱整治项目 " + System.nanoTime(), null, 2026,
                deadline, stage, stage == ProjectStage.DONE ? 100 : 40, Funding.SECURED, "村级", community.id(),
                community.path()));
    }

    /** The projects by stage as the rivers panel's chart shows them. */
    private static Map<String, Double> stages(Api.Response r) {
        JsonNode option = chart(r, "rivers", "rivers-stages");
        Map<String, Double> out = new HashMap<>();
        JsonNode labels = option.path("xAxis").path("data");
        for (int i = 0; i < labels.size(); i++) {
            out.put(labels.get(i).asString(), option.path("series").get(0).path("data").get(i).path("value").asDouble());
        }
        return out;
    }

    static JsonNode chart(Api.Response r, String panel, String id) {
        for (JsonNode c : panel(r, panel).path("charts")) {
            if (c.path("id").asString().equals(id)) {
                return c.path("option");
            }
        }
        throw new AssertionError("No chart " + id + " in " + panel(r, panel));
    }

    /** The row of a panel's tables that starts with {@code first}. */
    static JsonNode row(Api.Response r, String panel, String first) {
        for (JsonNode table : panel(r, panel).path("tables")) {
            for (JsonNode row : table.path("rows")) {
                if (row.get(0).asString().equals(first)) {
                    return row;
                }
            }
        }
        throw new AssertionError("No row " + first + " in " + panel(r, panel).path("tables"));
    }

    static Map<String, Object> course(String title, int capacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("capacity", capacity);
        body.put("enrolment_rule", "FIRST_COME");
        body.put("waiting_list", false);
        body.put("starts_on", LocalDate.now().plusDays(7).toString());
        body.put("ends_on", LocalDate.now().plusDays(60).toString());
        return body;
    }

    private long roadId(String user, String name) {
        for (JsonNode road : api.get(user, "/api/v1/enforcement/roads?name={n}", name).body().path("items")) {
            if (road.path("name").asString().equals(name)) {
                return road.path("id").asLong();
            }
        }
        throw new AssertionError("No road " + name);
    }

    static JsonNode panel(Api.Response r, String id) {
        for (JsonNode p : r.body().path("panels")) {
            if (p.path("id").asString().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("No panel " + id + " in " + r.body());
    }

    static Map<String, String> figures(Api.Response r, String panel) {
        Map<String, String> out = new HashMap<>();
        panel(r, panel).path("figures").forEach(f -> out.put(f.path("label_key").asString(), f.path("value").asString()));
        return out;
    }

    static double figure(Api.Response r, String panel, String key) {
        String value = figures(r, panel).get(key);
        assertThat(value).as(key).isNotNull();
        return Double.parseDouble(value.split(" ")[0]);
    }
}
