package org.civicgrid.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

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

/** Attendance per session, a class's fill rate and attendance rate; a lecture in a member's home. */
@IntegrationTest
class AttendanceIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    TestUsers users;

    @Test
    void attendance_is_taken_per_session_and_adds_up_to_the_class_figures() {
        long id = api.post("xiaohutang", "/api/v1/courses",
                CourseApiIntegrationTests.course("红色讲堂 " + System.nanoTime(), 4, "FIRST_COME", false)).id();
        List<UserSummary> members = List.of(users.create("RESIDENT", "小湖塘社区"), users.create("RESIDENT", "小湖塘社区"),
                users.create("RESIDENT", "小湖塘社区"));
        members.forEach(m -> api.post(m.username(), "/api/v1/courses/{id}/enrolments", null, id));
        Api.Response atHome = api.post("xiaohutang", "/api/v1/courses/{id}/sessions", Map.of("starts_at",
                OffsetDateTime.now().minusDays(2).toString(), "minutes", 60, "topic", "学习党章", "member_home", true,
                "host_name", "老党员刘爷爷"), id);
        long held = atHome.id();
        long later = api.post("xiaohutang", "/api/v1/courses/{id}/sessions", Map.of("starts_at",
                OffsetDateTime.now().plusDays(5).toString(), "minutes", 60), id).id();

        Api.Response sheet = api.send(MockMvcRequestBuilders
                .put("/api/v1/courses/{id}/sessions/{s}/attendance", id, held)
                .contentType("application/json")
                .content(api.write(Map.of("present_user_ids", List.of(members.get(0).id(), members.get(1).id())))), "xiaohutang");
        Api.Response future = api.send(MockMvcRequestBuilders
                .put("/api/v1/courses/{id}/sessions/{s}/attendance", id, later)
                .contentType("application/json").content("{\"present_user_ids\": []}"), "xiaohutang");
        Api.Response figures = api.get("xiaohutang", "/api/v1/courses/{id}/figures", id);

        assertThat(atHome.status()).isEqualTo(201);
        assertThat(atHome.body().path("member_home").asBoolean()).isTrue();
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(sheet.body().path("lines").size()).isEqualTo(3);
        assertThat(future.status()).isEqualTo(409);
        assertThat(future.problemType()).isEqualTo("session-not-held");
        assertThat(figures.body().path("fill_rate").asDouble()).isEqualTo(0.75);
        assertThat(figures.body().path("sessions").asInt()).isEqualTo(2);
        assertThat(figures.body().path("sessions_held").asInt()).isEqualTo(1);
        assertThat(figures.body().path("attendance_present").asInt()).isEqualTo(2);
        assertThat(figures.body().path("attendance_rate").asDouble()).isCloseTo(2.0 / 3, offset(1e-9));
    }

    @Test
    void a_lecture_at_a_member_s_home_names_the_host() {
        long id = api.post("xiaohutang", "/api/v1/courses",
                CourseApiIntegrationTests.course("红色讲堂 " + System.nanoTime(), 4, "FIRST_COME", false)).id();

        Api.Response r = api.post("xiaohutang", "/api/v1/courses/{id}/sessions", Map.of("starts_at",
                OffsetDateTime.now().plusDays(2).toString(), "minutes", 60, "member_home", true), id);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().path("errors").get(0).path("field").asString()).isEqualTo("host_name");
    }
}
