package org.civicgrid.rivers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.rivers.RiverViews.ProblemView;
import org.civicgrid.shared.events.CaseStatusChanged;
import org.civicgrid.support.Api;
import org.civicgrid.support.FigureCheck;
import org.civicgrid.support.Api.Response;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.Sessions;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.context.SecurityContextHolder;

import tools.jackson.databind.JsonNode;

/** The river-chief module through its API and services, on the whole application with the demo data. */
@IntegrationTest
@EnableScenarios
class RiversIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    FigureCheck figures;

    @Autowired
    TestUsers users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    RiverManagement rivers;

    @Autowired
    WaterQualityManagement quality;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void water_quality_api_classifies_and_grades_exactly_as_the_contract_says() {
        Response r = api.post("resident1", "/api/v1/water-quality/classify", Map.of("waterbody_type", "RIVER",
                "measurements", Map.of("ph", 7.1, "do", 6.2, "codmn", 4.0, "cod", 15, "bod5", 3.0, "nh3n", 0.9,
                        "tp", 0.1, "tn", 0.8)));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text("class")).isEqualTo("III");
        assertThat(r.body().path("limiting_parameters").toString()).isEqualTo("[\"nh3n\"]");
        assertThat(r.body().path("parameter_classes").path("nh3n").asString()).isEqualTo("III");
        assertThat(r.body().path("parameter_classes").has("tn")).isFalse();

        Response lake = api.post("resident1", "/api/v1/water-quality/classify",
                Map.of("waterbody_type", "LAKE", "measurements", Map.of("tp", 0.05, "tn", 2.5)));
        assertThat(lake.text("class")).isEqualTo("WORSE_THAN_V");
        assertThat(lake.body().path("limiting_parameters").toString()).isEqualTo("[\"tn\"]");

        assertThat(api.post("resident1", "/api/v1/water-quality/classify",
                Map.of("waterbody_type", "RIVER", "measurements", Map.of("lead", 0.1))).status()).isEqualTo(400);
        assertThat(api.post("resident1", "/api/v1/water-quality/classify",
                Map.of("waterbody_type", "RIVER", "measurements", Map.of("cod", -1))).status()).isEqualTo(400);
        assertThat(api.post("resident1", "/api/v1/water-quality/classify",
                Map.of("waterbody_type", "RIVER", "measurements", Map.of())).status()).isEqualTo(400);
        assertThat(api.post("resident1", "/api/v1/water-quality/classify",
                Map.of("waterbody_type", "RIVER", "measurements", Map.of("cod", 10), "extra", 1)).status()).isEqualTo(400);
        Response bad = api.post("resident1", "/api/v1/water-quality/classify",
                Map.of("waterbody_type", "RIVER", "measurements", Map.of("cod", -1)));
        assertThat(bad.raw().getContentType()).contains("problem+json");
        assertThat(bad.body().path("errors").get(0).path("field").asString()).isEqualTo("measurements.cod");

        Response grade = api.post("resident1", "/api/v1/water-quality/black-odorous",
                Map.of("transparency_cm", 8, "do", 1.0, "orp_mv", -100, "nh3n", 6));
        assertThat(grade.status()).isEqualTo(200);
        assertThat(grade.text("grade")).isEqualTo("SEVERE");
        assertThat(grade.body().path("failing_parameters").toString()).isEqualTo("[\"transparency_cm\",\"do\",\"orp_mv\"]");
        assertThat(api.post("resident1", "/api/v1/water-quality/black-odorous", Map.of("do", -1)).status()).isEqualTo(400);
        assertThat(api.post("resident1", "/api/v1/water-quality/black-odorous", Map.of("colour", 1)).status()).isEqualTo(400);
        assertThat(api.post("resident1", "/api/v1/water-quality/black-odorous", Map.of()).status()).isEqualTo(400);
        assertThat(api.post(null, "/api/v1/water-quality/black-odorous", Map.of("do", 1)).status()).isEqualTo(401);
    }

    @Test
    void the_demo_registry_holds_the_seed_rivers_chiefs_and_problems() {
        JsonNode list = api.get("admin", "/api/v1/rivers?size=50").body().path("items");
        List<String> names = list.valueStream().map(n -> n.path("name").asString()).toList();
        assertThat(names).contains("湘江", "渌水", "洣水", "白石港", "龙母河", "万丰湖", "酒仙湖", "高塘水库");
        long xiang = id(list, "湘江");

        JsonNode detail = api.get("admin", "/api/v1/rivers/{id}", xiang).body();
        assertThat(detail.path("segments").valueStream().allMatch(s -> s.path("chiefs").valueStream()
                .anyMatch(c -> c.path("level").asString().equals("CITY") && c.path("name").asString().contains("湘江"))))
                .isTrue();
        assertThat(detail.path("open_problems").valueStream().map(p -> p.path("description").asString()))
                .anyMatch(d -> d.contains("荷包村") && d.contains("仓储式建筑"));

        JsonNode mine = api.get("hezhang-city", "/api/v1/rivers/chiefs/me").body();
        assertThat(mine.get(0).path("level").asString()).isEqualTo("CITY");
        assertThat(mine.get(0).path("segments").valueStream().map(s -> s.path("water_body_name").asString()).distinct()
                .toList()).containsExactly("湘江");
    }

    @Test
    void every_river_record_is_scoped_to_the_callers_region() {
        long xiang = id(api.get("admin", "/api/v1/rivers?size=50").body().path("items"), "湘江");
        long lu = id(api.get("admin", "/api/v1/rivers?size=50").body().path("items"), "渌水");

        // 天元区 sees 湘江 through its own reach only, and not 渌水 at all
        JsonNode seen = api.get("tianyuan", "/api/v1/rivers/{id}", xiang).body();
        assertThat(seen.path("segments").valueStream().map(s -> s.path("name").asString()).toList())
                .containsExactly("天元区段");
        assertThat(seen.path("open_problems").valueStream().toList()).isEmpty();
        assertThat(api.get("tianyuan", "/api/v1/rivers/{id}", lu).status()).isEqualTo(404);
        assertThat(api.get("tianyuan", "/api/v1/rivers?size=50").body().path("items").valueStream()
                .map(n -> n.path("name").asString()).toList()).contains("湘江").doesNotContain("渌水", "洣水");

        // a stream in 小湖塘社区: its problem, patrol, segment and chief are not found from 荷塘区
        RiverFixtures.Stream stream = RiverFixtures.stream(rivers, accounts, users, "小湖塘社区", WaterbodyType.RIVER);
        String hetang = users.create("DISTRICT_OFFICIAL", "荷塘区").username();
        Response started = api.post(stream.chiefUsername(), "/api/v1/rivers/patrols", Map.of("segment_id", stream.segmentId()));
        long patrol = started.id();
        Response problem = api.post(stream.chiefUsername(), "/api/v1/rivers/problems", Map.of("segment_id",
                stream.segmentId(), "patrol_id", patrol, "category", "DUMPING", "description", "河岸堆放建筑垃圾"));
        assertThat(problem.status()).isEqualTo(201);
        assertThat(api.get(hetang, "/api/v1/rivers/problems/{id}", problem.id()).status()).isEqualTo(404);
        assertThat(api.get(hetang, "/api/v1/rivers/patrols/{id}", patrol).status()).isEqualTo(404);
        assertThat(api.get(hetang, "/api/v1/rivers/{id}", stream.bodyId()).status()).isEqualTo(404);
        assertThat(api.get(hetang, "/api/v1/rivers/chiefs/{id}", stream.chiefId()).status()).isEqualTo(404);
        assertThat(api.get("tianyuan", "/api/v1/rivers/problems/{id}", problem.id()).status()).isEqualTo(200);
        assertThat(api.get("tianyuan", "/api/v1/rivers/patrols/{id}", patrol).status()).isEqualTo(200);
        assertThat(api.post(hetang, "/api/v1/rivers/patrols", Map.of("segment_id", stream.segmentId())).status())
                .isEqualTo(404);
    }

    @Test
    void a_patrol_on_a_phone_records_its_track_once_however_often_a_batch_is_sent() {
        RiverFixtures.Stream stream = RiverFixtures.stream(rivers, accounts, users, "小湖塘社区", WaterbodyType.RIVER);
        String chief = stream.chiefUsername();
        Response started = api.post(chief, "/api/v1/rivers/patrols", Map.of("segment_id", stream.segmentId()));
        assertThat(started.status()).isEqualTo(201);
        assertThat(started.raw().getHeader("Location")).endsWith("/api/v1/rivers/patrols/" + started.id());
        assertThat(started.text("status")).isEqualTo("IN_PROGRESS");
        long id = started.id();

        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> batch = Map.of("points", List.of(
                Map.of("at", t.toString(), "lat", 27.8280, "lng", 113.0880, "accuracy", 8),
                Map.of("at", t.plusSeconds(30).toString(), "lat", 27.8290, "lng", 113.0890, "accuracy", 8),
                Map.of("at", t.plusSeconds(60).toString(), "lat", 27.8300, "lng", 113.0900, "accuracy", 8)));
        Response first = api.post(chief, "/api/v1/rivers/patrols/{id}/points", batch, id);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().path("added").asInt()).isEqualTo(3);
        Response again = api.post(chief, "/api/v1/rivers/patrols/{id}/points", batch, id);
        assertThat(again.body().path("added").asInt()).isZero();
        assertThat(again.body().path("total").asInt()).isEqualTo(3);
        assertThat(api.get(chief, "/api/v1/rivers/patrols/{id}/track", id).body().size()).isEqualTo(3);

        // someone else may not add to the chief's patrol
        String other = users.create("RIVER_CHIEF", "小湖塘社区").username();
        assertThat(api.post(other, "/api/v1/rivers/patrols/{id}/points", batch, id).status()).isEqualTo(403);
        assertThat(api.post(other, "/api/v1/rivers/patrols", Map.of("segment_id", stream.segmentId())).status())
                .isEqualTo(403);

        assertThat(api.post(chief, "/api/v1/rivers/patrols/{id}/notes", Map.of("text", "河面有少量漂浮物"), id).status())
                .isEqualTo(200);
        Response ended = api.post(chief, "/api/v1/rivers/patrols/{id}/end", null, id);
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.text("status")).isEqualTo("COMPLETED");
        // two legs of about 143 m each
        assertThat(ended.body().path("distance_km").asDouble()).isBetween(0.27, 0.31);
        assertThat(ended.body().path("notes").asString()).contains("漂浮物");
        Response late = api.post(chief, "/api/v1/rivers/patrols/{id}/points", batch, id);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.problemType()).isEqualTo("patrol-not-in-progress");

        // the dashboard's patrol figures hold the ended patrol and one entered afterwards, in every region
        Response entered = api.post(chief, "/api/v1/rivers/patrols/entered", Map.of("chief_id", stream.chiefId(),
                "segment_id", stream.segmentId(), "started_at", "2026-01-05T09:00:00+08:00",
                "ended_at", "2026-01-05T10:15:00+08:00", "distance_km", 3.2), id);
        assertThat(entered.status()).as(entered.body().toString()).isEqualTo(201);
        assertThat(figures.differences("rivers", List.of("patrols_on"), "select region_path, started_at from river_patrol "
                + "where status = 'COMPLETED'", rs -> List.of(new FigureCheck.Counted(rs.getString(1), "patrols_on",
                rs.getObject(2, java.time.OffsetDateTime.class).atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai"))
                        .toLocalDate().toString(), 1)))).isEmpty();
    }

    @Test
    void a_problem_found_on_a_patrol_asks_casework_for_a_case_and_leaves_the_river_page_when_closed(Scenario scenario) {
        RiverFixtures.Stream stream = RiverFixtures.stream(rivers, accounts, users, "小湖塘社区", WaterbodyType.RIVER);
        Sessions.signIn(accounts, stream.chiefUsername());
        ProblemView[] found = new ProblemView[1];
        scenario.stimulate(() -> found[0] = rivers.reportProblem(new RiverCommands.ReportProblem(stream.segmentId(),
                        null, ProblemCategory.SAND_MINING, "夜间有船只非法采砂", null, 27.829, 113.089, "测试段下游", null)))
                .andWaitForEventOfType(PatrolProblemFound.class)
                .matching(e -> e.segmentId() == stream.segmentId())
                .toArriveAndVerify(e -> {
                    assertThat(e.source()).isEqualTo("RIVER_PATROL");
                    assertThat(e.categoryCode()).isEqualTo("river.sand-mining");
                    assertThat(e.sourceRef()).isEqualTo("river-problem:" + found[0].id());
                    assertThat(e.regionId()).isEqualTo(stream.community().id());
                    assertThat(e.reportedBy()).isEqualTo(stream.chiefUsername());
                    assertThat(e.description()).contains("非法采砂");
                });
        assertThat(openProblems(stream)).extracting(ProblemView::id).contains(found[0].id());

        String ref = PatrolProblemFound.refOf(found[0].id());
        scenario.publish(new CaseStatusChanged(8801L, "RIVER_PATROL", ref, "DISPATCHED", false, Instant.now()))
                .andWaitForStateChange(() -> problem(stream, found[0].id()), p -> "DISPATCHED".equals(p.caseStatus()))
                .andVerify(p -> assertThat(p.caseId()).isEqualTo(8801L));
        scenario.publish(new CaseStatusChanged(8801L, "RIVER_PATROL", ref, "CLOSED", true, Instant.now().plusSeconds(1)))
                .andWaitForStateChange(() -> problem(stream, found[0].id()), ProblemView::closed)
                .andVerify(p -> assertThat(openProblems(stream)).extracting(ProblemView::id).doesNotContain(p.id()));
    }

    @Test
    void a_section_whose_class_drops_raises_a_case(Scenario scenario) {
        RiverFixtures.Stream stream = RiverFixtures.stream(rivers, accounts, users, "小湖塘社区", WaterbodyType.RIVER);
        Sessions.signIn(accounts, "admin");
        long section = quality.addSection(stream.segmentId(), "S-" + System.nanoTime(), "测试断面", WaterClass.II,
                27.829, 113.089);
        Instant t = Instant.now().minus(10, ChronoUnit.DAYS);
        assertThat(quality.record(section, t, Map.of("nh3n", 0.4, "do", 7.0)).waterClass()).isEqualTo(WaterClass.II);
        scenario.stimulate(() -> quality.record(section, t.plus(1, ChronoUnit.DAYS), Map.of("nh3n", 1.3, "do", 7.0)))
                .andWaitForEventOfType(WaterQualityDropped.class)
                .matching(e -> e.sectionId() == section)
                .toArriveAndVerify(e -> {
                    assertThat(e.from()).isEqualTo(WaterClass.II);
                    assertThat(e.to()).isEqualTo(WaterClass.IV);
                    assertThat(e.categoryCode()).isEqualTo("river.water-quality-drop");
                    assertThat(e.source()).isEqualTo("RIVER_PATROL");
                });
        Sessions.signIn(accounts, "admin");
        WaterQualityManagement.SectionDetail detail = quality.section(section);
        assertThat(detail.section().latestClass()).isEqualTo(WaterClass.IV);
        assertThat(detail.samples()).extracting(WaterQualityManagement.SampleView::waterClass)
                .containsExactly(WaterClass.II, WaterClass.IV);
    }

    @Test
    void one_chief_per_level_on_a_segment() {
        RiverFixtures.Stream stream = RiverFixtures.stream(rivers, accounts, users, "小湖塘社区", WaterbodyType.RIVER);
        Sessions.signIn(accounts, "admin");
        long second = rivers.appointChief(new RiverCommands.AppointChief("第二位村级河长", ChiefLevel.VILLAGE, null, null,
                stream.community().id(), null));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rivers.assign(stream.segmentId(), second))
                .isInstanceOf(org.civicgrid.shared.ConflictException.class);
        long civilian1 = rivers.appointChief(new RiverCommands.AppointChief("民间河长甲", ChiefLevel.CIVILIAN, null, null,
                stream.community().id(), null));
        long civilian2 = rivers.appointChief(new RiverCommands.AppointChief("民间河长乙", ChiefLevel.CIVILIAN, null, null,
                stream.community().id(), null));
        rivers.assign(stream.segmentId(), civilian1);
        rivers.assign(stream.segmentId(), civilian2);
        RiverViews.SegmentView seg = rivers.segment(stream.segmentId());
        assertThat(seg.chiefs()).extracting(RiverViews.ChiefRef::level)
                .containsExactly(ChiefLevel.VILLAGE, ChiefLevel.CIVILIAN, ChiefLevel.CIVILIAN);
        assertThat(seg.missingLevels()).containsExactly(ChiefLevel.CITY, ChiefLevel.COUNTY, ChiefLevel.TOWNSHIP);
    }

    @Test
    void the_compliance_board_shows_who_is_behind() {
        JsonNode rows = api.get("admin", "/api/v1/rivers/compliance").body();
        assertThat(rows.size()).isGreaterThan(10);
        JsonNode gaotang = rows.valueStream().filter(r -> r.path("name").asString().equals("钟桂兰")).findFirst().orElseThrow();
        // a village chief last out 45 days ago is 38 days behind a weekly duty
        assertThat(gaotang.path("days_behind").asLong()).isEqualTo(38);
        JsonNode hebao = rows.valueStream().filter(r -> r.path("name").asString().equals("曾德明")).findFirst().orElseThrow();
        assertThat(hebao.path("days_behind").asLong()).isZero();
        assertThat(api.get("tianyuan", "/api/v1/rivers/compliance").body().valueStream()
                .map(r -> r.path("name").asString()).toList()).contains("刘晓峰").doesNotContain("钟桂兰");
    }

    private List<ProblemView> openProblems(RiverFixtures.Stream stream) {
        Sessions.signIn(accounts, "admin");
        return rivers.waterBody(stream.bodyId()).openProblems();
    }

    private ProblemView problem(RiverFixtures.Stream stream, long id) {
        Sessions.signIn(accounts, "admin");
        return rivers.problem(id);
    }

    private static long id(JsonNode items, String name) {
        return items.valueStream().filter(n -> n.path("name").asString().equals(name)).findFirst().orElseThrow()
                .path("id").asLong();
    }
}
