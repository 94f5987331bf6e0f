package org.civicgrid.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.UserSummary;
import org.civicgrid.pairing.internal.NeedRepository;
import org.civicgrid.shared.events.CaseStatusChanged;
import org.civicgrid.support.Api;
import org.civicgrid.support.Api.Response;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import tools.jackson.databind.JsonNode;

@IntegrationTest
@EnableScenarios
class PairingIntegrationTests {

    @Autowired Api api;
    @Autowired TestUsers users;
    @Autowired NeedManagement needs;
    @Autowired NeedRepository needRepository;
    @Autowired PairingManagement pairing;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long unit(String name) {
        Response r = api.post("admin", "/api/v1/pairing/units", Map.of("name", name + System.nanoTime(),
                "type", "CITY_DEPARTMENT", "leader_name", "负责人"));
        assertThat(r.status()).as(r.body().toString()).isEqualTo(201);
        return r.id();
    }

    private long pair(long unitId, String community, int year) {
        Response r = api.post("admin", "/api/v1/pairing/pairings", Map.of("unit_id", unitId,
                "community_id", users.region(community).id(), "year", year));
        assertThat(r.status()).as(r.body().toString()).isEqualTo(201);
        return r.id();
    }

    private UserSummary liaisonOf(long unitId) {
        UserSummary u = users.create("UNIT_LIAISON", "株洲市");
        assertThat(api.post("admin", "/api/v1/pairing/units/{id}/liaisons", Map.of("user_id", u.id()), unitId).status())
                .isEqualTo(200);
        return u;
    }

    private static JsonNode row(JsonNode board, String unitName) {
        for (JsonNode r : board.path("rows")) {
            if (r.path("pairing").path("unit_name").asString().equals(unitName)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + unitName);
    }

    @Test
    void the_2023_board_shows_about_60_of_111_units_reported_by_9_may() {
        Response may9 = api.get("admin", "/api/v1/pairing/board?year=2023&as_of=2023-05-09");
        assertThat(may9.status()).isEqualTo(200);
        assertThat(may9.body().path("units_total").asInt()).isGreaterThanOrEqualTo(111);
        assertThat(may9.body().path("units_reported").asInt()).isBetween(59, 61);
        JsonNode canlian = row(may9.body(), "市残联");
        assertThat(canlian.path("reported").asBoolean()).isTrue();
        assertThat(canlian.path("first_reported_on").asString()).isEqualTo("2023-04-26");
        assertThat(row(may9.body(), "市妇联").path("visits").asInt()).isGreaterThanOrEqualTo(3);

        Response april25 = api.get("admin", "/api/v1/pairing/board?year=2023&as_of=2023-04-25");
        assertThat(april25.body().path("units_reported").asInt()).isZero();
        assertThat(row(april25.body(), "市残联").path("reported").asBoolean()).isFalse();
        Response yearEnd = api.get("admin", "/api/v1/pairing/board?year=2023&as_of=2023-12-31");
        assertThat(yearEnd.body().path("units_reported").asInt()).isGreaterThan(may9.body().path("units_reported").asInt())
                .isLessThan(yearEnd.body().path("units_total").asInt());
    }

    @Test
    void a_liaison_logs_a_visit_and_the_board_counts_it_from_that_day_on() {
        long unitId = unit("测试单位");
        long pairingId = pair(unitId, "小湖塘社区", 2023);
        UserSummary liaison = liaisonOf(unitId);
        Response visit = api.post(liaison.username(), "/api/v1/pairing/pairings/{id}/visits", Map.of(
                "visit_date", "2023-05-12", "leader_present", true, "leader_name", "王局长", "participants", 4,
                "discussed", "报到，了解小区停车难问题"), pairingId);
        assertThat(visit.status()).as(visit.body().toString()).isEqualTo(201);
        assertThat(visit.body().path("kind").asString()).isEqualTo("REPORT_IN");
        Response future = api.post(liaison.username(), "/api/v1/pairing/pairings/{id}/visits", Map.of(
                "visit_date", LocalDate.now().plusDays(3).toString(), "participants", 1, "discussed", "x"), pairingId);
        assertThat(future.status()).isEqualTo(400);

        String name = api.get("admin", "/api/v1/pairing/units/{id}", unitId).text("name");
        assertThat(row(api.get("admin", "/api/v1/pairing/board?year=2023&as_of=2023-05-11").body(), name)
                .path("reported").asBoolean()).isFalse();
        JsonNode after = row(api.get("admin", "/api/v1/pairing/board?year=2023&as_of=2023-05-12").body(), name);
        assertThat(after.path("reported").asBoolean()).isTrue();
        assertThat(after.path("visits").asInt()).isEqualTo(1);

        String otherLiaison = liaisonOf(unit("别的单位")).username();
        assertThat(api.post(otherLiaison, "/api/v1/pairing/pairings/{id}/visits", Map.of("visit_date", "2023-05-13",
                "participants", 2, "discussed", "冒名走访"), pairingId).status()).isEqualTo(404);
    }

    @Test
    void a_claimed_need_escalated_to_a_case_is_done_when_the_case_closes(Scenario scenario) {
        long unitId = unit("转案件单位");
        long year = LocalDate.now().getYear();
        pair(unitId, "月桂社区", (int) year);
        UserSummary liaison = liaisonOf(unitId);
        Response need = api.post(liaison.username(), "/api/v1/pairing/needs", Map.of("community_id",
                users.region("月桂社区").id(), "title", "加油站附近存在交通安全隐患", "category", "TRAFFIC_HAZARD",
                "address", "月桂社区加油站路口"));
        assertThat(need.status()).as(need.body().toString()).isEqualTo(201);
        assertThat(need.text("source")).isEqualTo("VISIT");
        long needId = need.id();
        Response claimed = api.post(liaison.username(), "/api/v1/pairing/needs/{id}/claim", null, needId);
        assertThat(claimed.status()).as(claimed.body().toString()).isEqualTo(200);
        assertThat(claimed.text("status")).isEqualTo("CLAIMED");

        signIn(liaison);
        scenario.stimulate(() -> needs.escalate(needId, "需交警、交通部门设置减速带和警示标志"))
                .andWaitForEventOfType(PairingNeedEscalated.class)
                .matching(e -> e.needId() == needId)
                .toArriveAndVerify(e -> {
                    assertThat(e.source()).isEqualTo("PAIRED_UNIT");
                    assertThat(e.sourceRef()).isEqualTo("pairing-need:" + needId);
                    assertThat(e.categoryCode()).isEqualTo("traffic-safety-hazard");
                    assertThat(e.description()).contains("加油站附近存在交通安全隐患", "减速带");
                    assertThat(e.regionId()).isEqualTo(users.region("月桂社区").id());
                });
        assertThat(api.get(liaison.username(), "/api/v1/pairing/needs/{id}", needId).text("status")).isEqualTo("ESCALATED");
        assertThat(api.post(liaison.username(), "/api/v1/pairing/needs/{id}/resolve", Map.of("resolution", "自己解决"),
                needId).status()).isEqualTo(409);

        // casework opens the case at once and reports it back
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> needRepository.findById(needId).orElseThrow().getCaseId() != null);
        long caseId = needRepository.findById(needId).orElseThrow().getCaseId();
        assertThat(needRepository.findById(needId).orElseThrow().getStatus()).isEqualTo(NeedStatus.ESCALATED);
        scenario.publish(new CaseStatusChanged(caseId, "PAIRED_UNIT", "pairing-need:" + needId, "DISPATCHED", false,
                        Instant.now()))
                .andWaitForStateChange(() -> needRepository.findById(needId).orElseThrow().getCaseStatus(),
                        "DISPATCHED"::equals)
                .andVerify(s -> assertThat(needRepository.findById(needId).orElseThrow().getCaseId()).isEqualTo(caseId));
        assertThat(needRepository.findById(needId).orElseThrow().getStatus()).isEqualTo(NeedStatus.ESCALATED);
        scenario.publish(new CaseStatusChanged(caseId, "PAIRED_UNIT", "pairing-need:" + needId, "CLOSED", true,
                        Instant.now()))
                .andWaitForStateChange(() -> needRepository.findById(needId).orElseThrow().getStatus(),
                        s -> s == NeedStatus.DONE)
                .andVerify(s -> assertThat(s).isEqualTo(NeedStatus.DONE));
        assertThat(api.get(liaison.username(), "/api/v1/pairing/needs/{id}", needId).text("resolution"))
                .contains(String.valueOf(caseId));
    }

    @Test
    void a_need_is_claimed_once_and_resolved_directly_by_the_claiming_unit() {
        long unitId = unit("直接解决单位");
        pair(unitId, "月桂社区", LocalDate.now().getYear());
        UserSummary liaison = liaisonOf(unitId);
        String worker = users.create("COMMUNITY_WORKER", "月桂社区").username();
        Response need = api.post(worker, "/api/v1/pairing/needs", Map.of("community_id", users.region("月桂社区").id(),
                "title", "健身器材损坏", "category", "FITNESS_EQUIPMENT"));
        long needId = need.id();
        assertThat(api.post(liaison.username(), "/api/v1/pairing/needs/{id}/claim", null, needId).status()).isEqualTo(200);
        Response again = api.post(liaison.username(), "/api/v1/pairing/needs/{id}/claim", null, needId);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("need-not-open");
        Response done = api.post(liaison.username(), "/api/v1/pairing/needs/{id}/resolve",
                Map.of("resolution", "更换了3件健身器材"), needId);
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.text("status")).isEqualTo("DONE");
        assertThat(api.post(liaisonOf(unit("未联点单位")).username(), "/api/v1/pairing/needs/{id}/claim", null, needId)
                .status()).isEqualTo(404);
    }

    @Test
    void each_plan_revision_is_a_new_version_and_earlier_versions_stay_as_they_were() {
        long unitId = unit("方案单位");
        long pairingId = pair(unitId, "天台社区", 2023);
        String liaison = liaisonOf(unitId).username();
        Response v1 = api.post(liaison, "/api/v1/pairing/pairings/{id}/plan/versions", Map.of("title", "2023年度共建实施方案",
                "items", List.of(Map.of("title", "宣传栏", "budget", 30000)), "agreed_with_community", false), pairingId);
        assertThat(v1.status()).as(v1.body().toString()).isEqualTo(201);
        Response v2 = api.post(liaison, "/api/v1/pairing/pairings/{id}/plan/versions", Map.of("title", "2023年度共建实施方案",
                "items", List.of(Map.of("title", "宣传栏", "budget", 30000), Map.of("title", "小巷硬化", "budget", 60000)),
                "change_note", "5月8日与社区共同商讨修改", "agreed_with_community", true), pairingId);
        assertThat(v2.status()).isEqualTo(201);
        JsonNode plan = api.get(liaison, "/api/v1/pairing/pairings/{id}/plan", pairingId).body();
        assertThat(plan.path("current_version").asInt()).isEqualTo(2);
        JsonNode versions = plan.path("versions");
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(0).path("number").asInt()).isEqualTo(2);
        assertThat(versions.get(0).path("budget").decimalValue()).isEqualByComparingTo("90000");
        assertThat(versions.get(0).path("agreed_with_community").asBoolean()).isTrue();
        assertThat(versions.get(1).path("number").asInt()).isEqualTo(1);
        assertThat(versions.get(1).path("budget").decimalValue()).isEqualByComparingTo("30000");
        assertThat(versions.get(1).path("items").size()).isEqualTo(1);
        Response bad = api.post(liaison, "/api/v1/pairing/pairings/{id}/plan/versions", Map.of("title", "x",
                "items", List.of()), pairingId);
        assertThat(bad.status()).isEqualTo(400);
    }

    @Test
    void the_seed_plan_of_tiantai_was_revised_with_the_community_and_the_2022_works_are_recorded() {
        JsonNode board = api.get("admin", "/api/v1/pairing/board?year=2023").body();
        long tiantai = row(board, "市委宣传部").path("pairing").path("id").asLong();
        JsonNode plan = api.get("admin", "/api/v1/pairing/pairings/{id}/plan", tiantai).body();
        assertThat(plan.path("current_version").asInt()).isEqualTo(2);
        assertThat(plan.path("versions").get(0).path("change_note").asString()).contains("5月8日");

        long beiling = row(api.get("admin", "/api/v1/pairing/board?year=2022").body(), "市城发集团")
                .path("pairing").path("id").asLong();
        JsonNode detail = api.get("admin", "/api/v1/pairing/pairings/{id}", beiling).body();
        assertThat(detail.path("pairing").path("community_name").asString()).isEqualTo("北岭社区");
        assertThat(detail.path("invested").decimalValue()).isGreaterThan(new java.math.BigDecimal("200000"));
        assertThat(detail.path("thanks").get(0).path("words").asString()).isEqualTo("为民福祉，排忧解难");
        assertThat(detail.path("thanks").get(0).path("quantity").asInt()).isEqualTo(2);

        JsonNode ranking = api.get("admin", "/api/v1/pairing/ranking?year=2022").body();
        assertThat(ranking.size()).isEqualTo(88);
        JsonNode chengfa = null;
        for (JsonNode r : ranking) {
            if (r.path("unit_name").asString().equals("市城发集团")) {
                chengfa = r;
            }
        }
        assertThat(chengfa.path("invested").decimalValue()).isEqualByComparingTo("214500");
        assertThat(chengfa.path("thanks").asInt()).isEqualTo(2);
        assertThat(chengfa.path("rank").asInt()).isLessThanOrEqualTo(3);
    }

    @Test
    void pairings_outside_the_callers_region_are_not_found_and_the_board_keeps_to_the_region() {
        long unitId = unit("范围单位");
        long pairingId = pair(unitId, "小湖塘社区", 2023);
        String lijiachong = users.create("COMMUNITY_WORKER", "李家冲社区").username();
        assertThat(api.get(lijiachong, "/api/v1/pairing/pairings/{id}", pairingId).status()).isEqualTo(404);
        assertThat(api.get("xiaohutang", "/api/v1/pairing/pairings/{id}", pairingId).status()).isEqualTo(200);
        JsonNode tianyuan = api.get("tianyuan", "/api/v1/pairing/board?year=2023&as_of=2023-05-09").body();
        assertThat(tianyuan.path("rows").size()).isPositive();
        for (JsonNode r : tianyuan.path("rows")) {
            assertThat(r.path("pairing").path("district_name").asString()).isEqualTo("天元区");
        }
        assertThat(api.get("resident1", "/api/v1/pairing/board?year=2023").status()).isEqualTo(403);
        assertThat(api.post("tianyuan", "/api/v1/pairing/units", Map.of("name", "区里建单位", "type", "ENTERPRISE"))
                .status()).isEqualTo(403);
    }

    private void signIn(UserSummary u) {
        CurrentUser me = new CurrentUser(u.id(), u.username(), u.displayName(), u.roles(), u.regionId(), u.regionPath());
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(me, null, List.of()));
    }
}
