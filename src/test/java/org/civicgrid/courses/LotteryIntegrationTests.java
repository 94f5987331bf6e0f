package org.civicgrid.courses;

import static org.civicgrid.support.Workbooks.firstSheet;
import static org.civicgrid.support.Workbooks.text;
import static org.civicgrid.support.Workbooks.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civicgrid.courses.internal.LotteryDraw;
import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.Pages;
import org.civicgrid.support.TestUsers;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** A class drawn by lot at its set time: seeded, kept, re-runnable, and the waiting list takes over. */
@IntegrationTest
class LotteryIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    TestUsers users;

    @Autowired
    CourseManagement courses;

    @Autowired
    Pages pages;

    private long lotteryClass(int capacity, boolean waitingList) {
        Map<String, Object> body = CourseApiIntegrationTests.course("舞蹈班（抽签）" + System.nanoTime(), capacity, "LOTTERY",
                waitingList);
        body.put("lottery_at", OffsetDateTime.now().plusHours(1).toString());
        Api.Response r = api.post("xiaohutang", "/api/v1/courses", body);
        assertThat(r.status()).isEqualTo(201);
        return r.id();
    }

    private List<String> enter(long id, int n) {
        List<String> entrants = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String username = users.create("RESIDENT", "小湖塘社区").username();
            assertThat(api.post(username, "/api/v1/courses/{id}/enrolments", null, id).status()).isEqualTo(202);
            entrants.add(username);
        }
        return entrants;
    }

    private void drawAtItsTime() {
        courses.drawDue(Instant.now().plus(Duration.ofHours(2)));
    }

    @Test
    void the_draw_seats_capacity_queues_the_rest_and_can_be_re_run_from_its_seed() {
        long id = lotteryClass(3, true);
        enter(id, 8);

        drawAtItsTime();

        JsonNode draw = api.get("xiaohutang", "/api/v1/courses/{id}/lottery", id).body();
        List<Long> order = draw.path("picks").valueStream().map(p -> p.path("user_id").asLong()).toList();
        List<String> outcomes = draw.path("picks").valueStream().map(p -> p.path("outcome").asString()).toList();
        assertThat(draw.path("entrant_count").asInt()).isEqualTo(8);
        assertThat(outcomes).containsExactly("SEATED", "SEATED", "SEATED", "WAITING", "WAITING", "WAITING", "WAITING",
                "WAITING");
        assertThat(LotteryDraw.order(order, draw.path("seed").asLong())).isEqualTo(order);
        assertThat(LotteryDraw.fingerprint(order)).isEqualTo(draw.path("entrants_sha256").asString());
        assertThat(draw.path("reproduced").asBoolean()).isTrue();
        assertThat(api.get("xiaohutang", "/api/v1/courses/{id}", id).body().path("seats_taken").asInt()).isEqualTo(3);
    }

    @Test
    void the_drawn_order_is_the_waiting_order_when_a_seat_frees() {
        long id = lotteryClass(2, true);
        List<String> entrants = enter(id, 5);
        drawAtItsTime();
        JsonNode picks = api.get("xiaohutang", "/api/v1/courses/{id}/lottery", id).body().path("picks");
        long firstWaiting = picks.get(2).path("user_id").asLong();
        String seatedUsername = entrants.stream()
                .filter(u -> api.get(u, "/api/v1/courses/{id}/enrolments/me", id).text("status").equals("ENROLLED"))
                .findFirst().orElseThrow();

        api.delete(seatedUsername, "/api/v1/courses/{id}/enrolments/me", id);

        JsonNode enrolled = api.get("xiaohutang", "/api/v1/courses/{id}/enrolments", id).body().path("enrolled");
        assertThat(enrolled.valueStream().map(e -> e.path("user_id").asLong())).contains(firstWaiting);
    }

    @Test
    void without_a_waiting_list_the_undrawn_are_told_and_may_try_for_a_freed_seat() {
        long id = lotteryClass(1, false);
        List<String> entrants = enter(id, 3);
        drawAtItsTime();

        long notDrawn = entrants.stream()
                .filter(u -> api.get(u, "/api/v1/courses/{id}/enrolments/me", id).status() == 404).count();
        assertThat(notDrawn).isEqualTo(2);
        String loser = entrants.stream()
                .filter(u -> api.get(u, "/api/v1/courses/{id}/enrolments/me", id).status() == 404).findFirst().orElseThrow();
        Api.Response full = api.post(loser, "/api/v1/courses/{id}/enrolments", null, id);
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.problemType()).isEqualTo("course-full");
    }

    @Test
    void a_lottery_is_drawn_once_and_not_before_its_time() {
        long id = lotteryClass(2, false);
        enter(id, 2);

        Api.Response early = api.post("xiaohutang", "/api/v1/courses/{id}/lottery", null, id);
        drawAtItsTime();
        drawAtItsTime();

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.problemType()).isEqualTo("lottery-not-due");
        assertThat(api.get("xiaohutang", "/api/v1/courses/{id}/lottery", id).body().path("entrant_count").asInt())
                .isEqualTo(2);
    }

    @Test
    void residents_see_the_draw_with_other_names_masked() {
        long id = lotteryClass(1, true);
        List<String> entrants = enter(id, 2);
        drawAtItsTime();

        JsonNode picks = api.get(entrants.get(0), "/api/v1/courses/{id}/lottery", id).body().path("picks");

        assertThat(picks.valueStream().map(p -> p.path("name").asString())).anyMatch(n -> n.contains("*"));
    }

    @Test
    void the_people_who_run_a_class_export_its_entrants_then_the_seated_and_the_waiting_in_line() throws Exception {
        long id = lotteryClass(2, true);
        List<String> entrants = enter(id, 4);
        List<String> names = entrants.stream().map(u -> "测试用户 " + u).toList();
        Pages.Session worker = pages.signIn("xiaohutang");
        String export = "/courses/" + id + "/participants/export";

        assertThat(pages.get(worker, "/courses/" + id).html()).contains(export);
        List<Row> entered = firstSheet(pages.get(worker, export));
        assertThat(texts(entered.get(0))).containsExactly("状态 Status", "序号 No.", "姓名 Name");
        assertThat(entered.subList(1, entered.size())).extracting(r -> text(r, 0)).containsOnly("已报名，待抽签");
        assertThat(entered.subList(1, entered.size())).extracting(r -> text(r, 2)).containsExactlyInAnyOrderElementsOf(names);
        assertThat(pages.get(pages.signIn("lijiachong"), export).status()).isEqualTo(404);
        assertThat(pages.get(pages.signIn(entrants.get(0)), export).status()).isEqualTo(403);

        drawAtItsTime();

        List<Row> drawn = firstSheet(pages.get(worker, export));
        assertThat(drawn.subList(1, drawn.size())).extracting(r -> text(r, 0) + " " + text(r, 1))
                .containsExactly("已报名 1", "已报名 2", "候补中 1", "候补中 2");
    }

    @Test
    void the_draw_exports_as_its_record_shows_it_with_other_entrants_names_masked_for_a_resident() throws Exception {
        long id = lotteryClass(1, true);
        List<String> entrants = enter(id, 3);
        drawAtItsTime();
        String record = "/courses/" + id + "/lottery";

        Pages.Session worker = pages.signIn("xiaohutang");
        assertThat(pages.get(worker, record).html()).contains(record + "/export");
        List<Row> whole = firstSheet(pages.get(worker, record + "/export"));
        assertThat(texts(whole.get(0))).containsExactly("顺位 Position", "报名人 Entrant", "结果 Outcome");
        assertThat(whole.subList(1, whole.size())).extracting(r -> text(r, 1))
                .containsExactlyInAnyOrderElementsOf(entrants.stream().map(u -> "测试用户 " + u).toList());
        assertThat(whole.subList(1, whole.size())).extracting(r -> text(r, 2)).containsExactly("中签", "候补", "候补");

        Pages.Session resident = pages.signIn(entrants.get(0));
        String page = pages.get(resident, record).html();
        List<String> seen = firstSheet(pages.get(resident, record + "/export")).stream().skip(1).map(r -> text(r, 1)).toList();
        assertThat(seen).contains("测试用户 " + entrants.get(0)).hasSize(3).allSatisfy(n -> assertThat(page).contains(n));
        assertThat(seen).filteredOn(n -> n.contains("*")).hasSize(2);
        assertThat(pages.get(pages.signIn("lijiachong"), record + "/export").status()).isEqualTo(404);
    }
}
