package org.civicgrid.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.civicgrid.access.UserSummary;
import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;

/** A resident's copy of their data holds their own classes, attendance, draws and appointments, nobody else's. */
@IntegrationTest
class CoursesPersonalDataIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    TestUsers users;

    @Autowired
    CourseManagement courses;

    @Autowired
    CounsellingManagement counselling;

    private JsonNode section(UserSummary user) {
        Api.Response copy = api.get(user.username(), "/api/v1/me/data");
        assertThat(copy.status()).isEqualTo(200);
        return copy.body().path("sections").path("courses");
    }

    private long open(String title, int capacity, String rule, boolean waitingList) {
        Map<String, Object> body = CourseApiIntegrationTests.course(title, capacity, rule, waitingList);
        if (rule.equals("LOTTERY")) {
            body.put("lottery_at", OffsetDateTime.now().plusHours(1).toString());
        }
        Api.Response r = api.post("xiaohutang", "/api/v1/courses", body);
        assertThat(r.status()).isEqualTo(201);
        return r.id();
    }

    private UserSummary resident() {
        return users.create("RESIDENT", "小湖塘社区");
    }

    @Test
    void each_resident_finds_only_their_own_enrolment_under_the_class_title() {
        String title = "书法班 " + System.nanoTime();
        long id = open(title, 1, "FIRST_COME", true);
        UserSummary seated = resident();
        UserSummary waiting = resident();
        assertThat(api.post(seated.username(), "/api/v1/courses/{id}/enrolments", null, id).status()).isEqualTo(201);
        assertThat(api.post(waiting.username(), "/api/v1/courses/{id}/enrolments", null, id).status()).isEqualTo(202);

        JsonNode seatedCopy = section(seated).path("enrolments");
        JsonNode waitingCopy = section(waiting).path("enrolments");

        assertThat(seatedCopy).hasSize(1);
        assertThat(seatedCopy.get(0).path("course_id").asLong()).isEqualTo(id);
        assertThat(seatedCopy.get(0).path("course_title").asString()).isEqualTo(title);
        assertThat(seatedCopy.get(0).path("course_starts_on").asString()).isEqualTo(LocalDate.now().plusDays(7).toString());
        assertThat(seatedCopy.get(0).path("status").asString()).isEqualTo("ENROLLED");
        assertThat(seatedCopy.get(0).path("enrolled_as").asString()).isEqualTo(seated.displayName());
        assertThat(seatedCopy.get(0).path("seated_at").isNull()).isFalse();
        assertThat(waitingCopy).hasSize(1);
        assertThat(waitingCopy.get(0).path("status").asString()).isEqualTo("WAITING");
        assertThat(waitingCopy.get(0).path("waiting_position").asInt()).isEqualTo(1);
        assertThat(seatedCopy.toString()).doesNotContain(waiting.displayName());
        assertThat(waitingCopy.toString()).doesNotContain(seated.displayName());
    }

    @Test
    void after_one_withdraws_their_enrolment_is_gone_from_their_copy_and_the_next_in_line_shows_as_enrolled() {
        String title = "声乐班 " + System.nanoTime();
        long id = open(title, 1, "FIRST_COME", true);
        UserSummary leaving = resident();
        UserSummary staying = resident();
        api.post(leaving.username(), "/api/v1/courses/{id}/enrolments", null, id);
        api.post(staying.username(), "/api/v1/courses/{id}/enrolments", null, id);

        assertThat(api.delete(leaving.username(), "/api/v1/courses/{id}/enrolments/me", id).status()).isEqualTo(204);

        assertThat(section(leaving).path("enrolments")).isEmpty();
        JsonNode staying2 = section(staying).path("enrolments");
        assertThat(staying2).hasSize(1);
        assertThat(staying2.get(0).path("course_title").asString()).isEqualTo(title);
        assertThat(staying2.get(0).path("status").asString()).isEqualTo("ENROLLED");
        assertThat(staying2.get(0).path("waiting_position").isNull()).isTrue();
    }

    @Test
    void each_resident_finds_their_own_attendance_present_or_absent() {
        String title = "红色讲堂 " + System.nanoTime();
        long id = open(title, 4, "FIRST_COME", false);
        UserSummary came = resident();
        UserSummary missed = resident();
        api.post(came.username(), "/api/v1/courses/{id}/enrolments", null, id);
        api.post(missed.username(), "/api/v1/courses/{id}/enrolments", null, id);
        Api.Response session = api.post("xiaohutang", "/api/v1/courses/{id}/sessions", Map.of("starts_at",
                OffsetDateTime.now().minusDays(1).toString(), "minutes", 90, "topic", "学习党章", "place", "党群服务中心"), id);
        assertThat(session.status()).isEqualTo(201);
        Api.Response sheet = api.send(MockMvcRequestBuilders
                .put("/api/v1/courses/{id}/sessions/{s}/attendance", id, session.id())
                .contentType("application/json")
                .content(api.write(Map.of("present_user_ids", List.of(came.id())))), "xiaohutang");
        assertThat(sheet.status()).isEqualTo(200);

        JsonNode present = section(came).path("attendance");
        JsonNode absent = section(missed).path("attendance");

        assertThat(present).hasSize(1);
        assertThat(present.get(0).path("course_title").asString()).isEqualTo(title);
        assertThat(present.get(0).path("session_id").asLong()).isEqualTo(session.id());
        assertThat(present.get(0).path("session_topic").asString()).isEqualTo("学习党章");
        assertThat(present.get(0).path("session_place").asString()).isEqualTo("党群服务中心");
        assertThat(present.get(0).path("present").asBoolean()).isTrue();
        assertThat(absent).hasSize(1);
        assertThat(absent.get(0).path("present").asBoolean()).isFalse();
        assertThat(present.toString()).doesNotContain("xiaohutang");
    }

    @Test
    void each_entrant_finds_their_own_line_of_the_draw_even_when_not_drawn() {
        String title = "舞蹈班（抽签）" + System.nanoTime();
        long id = open(title, 1, "LOTTERY", false);
        UserSummary a = resident();
        UserSummary b = resident();
        api.post(a.username(), "/api/v1/courses/{id}/enrolments", null, id);
        api.post(b.username(), "/api/v1/courses/{id}/enrolments", null, id);
        JsonNode entered = section(a);
        assertThat(entered.path("enrolments").get(0).path("status").asString()).isEqualTo("ENTERED");
        assertThat(entered.path("lottery_draws")).isEmpty();

        courses.drawDue(Instant.now().plus(Duration.ofHours(2)));

        JsonNode aDraws = section(a).path("lottery_draws");
        JsonNode bDraws = section(b).path("lottery_draws");
        assertThat(aDraws).hasSize(1);
        assertThat(bDraws).hasSize(1);
        assertThat(aDraws.get(0).path("course_title").asString()).isEqualTo(title);
        assertThat(aDraws.get(0).path("entrant_count").asInt()).isEqualTo(2);
        assertThat(List.of(aDraws.get(0).path("position").asInt(), bDraws.get(0).path("position").asInt()))
                .containsExactlyInAnyOrder(1, 2);
        assertThat(List.of(aDraws.get(0).path("outcome").asString(), bDraws.get(0).path("outcome").asString()))
                .containsExactlyInAnyOrder("SEATED", "NOT_DRAWN");
        UserSummary loser = aDraws.get(0).path("outcome").asString().equals("NOT_DRAWN") ? a : b;
        UserSummary winner = loser == a ? b : a;
        assertThat(section(loser).path("enrolments")).isEmpty();
        assertThat(section(winner).path("enrolments").get(0).path("status").asString()).isEqualTo("ENROLLED");
    }

    @Test
    void each_resident_finds_their_own_appointment_and_topic_but_not_the_counsellor_s_notes() {
        UserSummary counsellorAccount = users.create("VOLUNTEER", "小湖塘社区");
        CounsellorView counsellor = counselling.register(counsellorAccount, CounsellingManagement.LEVEL_TWO,
                users.region("小湖塘社区"));
        LocalDate day = LocalDate.now().plusDays(3 + (int) (counsellor.id() % 200));
        Api.Response opened = api.post("xiaohutang", "/api/v1/counselling/slots", Map.of("counsellor_id", counsellor.id(),
                "date", day.toString(), "from", "09:00", "minutes", 50, "count", 2, "room", "二楼咨询室"));
        assertThat(opened.status()).isEqualTo(200);
        long first = opened.body().get(0).path("id").asLong();
        long second = opened.body().get(1).path("id").asLong();
        UserSummary a = resident();
        UserSummary b = resident();
        assertThat(api.post(a.username(), "/api/v1/counselling/slots/{id}/booking", Map.of("topic", "睡眠不好"), first)
                .status()).isEqualTo(201);
        assertThat(api.post(b.username(), "/api/v1/counselling/slots/{id}/booking", Map.of("topic", "与子女关系紧张"), second)
                .status()).isEqualTo(201);
        assertThat(api.post(counsellorAccount.username(), "/api/v1/counselling/slots/{id}/notes",
                Map.of("body", "来访者情绪稳定，建议两周后复谈。"), first).status()).isEqualTo(201);

        JsonNode aCopy = section(a);
        JsonNode bAppointments = section(b).path("appointments");

        JsonNode mine = aCopy.path("appointments");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).path("slot_id").asLong()).isEqualTo(first);
        assertThat(mine.get(0).path("counsellor_name").asString()).isEqualTo(counsellorAccount.displayName());
        assertThat(mine.get(0).path("room").asString()).isEqualTo("二楼咨询室");
        assertThat(mine.get(0).path("topic").asString()).isEqualTo("睡眠不好");
        assertThat(mine.get(0).path("booked_at").isNull()).isFalse();
        assertThat(aCopy.toString()).doesNotContain("复谈", "与子女关系紧张");
        assertThat(bAppointments).hasSize(1);
        assertThat(bAppointments.get(0).path("slot_id").asLong()).isEqualTo(second);
        assertThat(bAppointments.toString()).doesNotContain("睡眠不好");

        assertThat(api.delete(a.username(), "/api/v1/counselling/slots/{id}/booking", first).status()).isEqualTo(204);

        assertThat(section(a).path("appointments")).isEmpty();
    }
}
