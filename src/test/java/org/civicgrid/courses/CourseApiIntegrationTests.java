package org.civicgrid.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.access.UserSummary;
import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** API.md "Courses", exactly: 201 with id, 201/409/409 course-full/202, and DELETE …/enrolments/me. */
@IntegrationTest
class CourseApiIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    TestUsers users;

    static Map<String, Object> course(String title, int capacity, String rule, boolean waitingList) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("capacity", capacity);
        body.put("enrolment_rule", rule);
        body.put("waiting_list", waitingList);
        body.put("starts_on", LocalDate.now().plusDays(7).toString());
        body.put("ends_on", LocalDate.now().plusDays(60).toString());
        return body;
    }

    private long open(int capacity, boolean waitingList) {
        Api.Response r = api.post("xiaohutang", "/api/v1/courses", course("书法班 " + System.nanoTime(), capacity,
                "FIRST_COME", waitingList));
        assertThat(r.status()).isEqualTo(201);
        return r.id();
    }

    private String resident() {
        return users.create("RESIDENT", "小湖塘社区").username();
    }

    @Test
    void a_community_worker_opens_a_class_that_belongs_to_their_community() {
        Api.Response r = api.post("xiaohutang", "/api/v1/courses", course("声乐班", 30, "FIRST_COME", false));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.raw().getHeader("Location")).isEqualTo("/api/v1/courses/" + r.id());
        assertThat(r.id()).isPositive();
        assertThat(r.body().path("region_id").asLong()).isEqualTo(users.region("小湖塘社区").id());
        assertThat(r.body().path("capacity").asInt()).isEqualTo(30);
        assertThat(r.body().path("seats_left").asInt()).isEqualTo(30);
        assertThat(r.text("enrolment_rule")).isEqualTo("FIRST_COME");
        assertThat(r.body().path("waiting_list").asBoolean()).isFalse();
    }

    @Test
    void the_community_s_resident_takes_a_seat_with_201_and_a_second_try_is_409() {
        long id = open(5, false);
        String resident = resident();

        Api.Response first = api.post(resident, "/api/v1/courses/{id}/enrolments", null, id);
        Api.Response second = api.post(resident, "/api/v1/courses/{id}/enrolments", null, id);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.text("status")).isEqualTo("ENROLLED");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.problemType()).isEqualTo("already-enrolled");
        assertThat(api.get("xiaohutang", "/api/v1/courses/{id}", id).body().path("seats_taken").asInt()).isEqualTo(1);
    }

    @Test
    void a_full_class_without_a_waiting_list_answers_409_course_full() {
        long id = open(1, false);
        assertThat(api.post(resident(), "/api/v1/courses/{id}/enrolments", null, id).status()).isEqualTo(201);

        Api.Response r = api.post(resident(), "/api/v1/courses/{id}/enrolments", null, id);

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.body().path("type").asString()).endsWith("/course-full");
        assertThat(r.raw().getContentType()).startsWith("application/problem+json");
    }

    @Test
    void a_full_class_with_a_waiting_list_answers_202_and_a_freed_seat_goes_to_the_first_in_line() {
        long id = open(1, true);
        String seated = resident();
        String firstInLine = resident();
        String secondInLine = resident();
        api.post(seated, "/api/v1/courses/{id}/enrolments", null, id);

        Api.Response first = api.post(firstInLine, "/api/v1/courses/{id}/enrolments", null, id);
        Api.Response second = api.post(secondInLine, "/api/v1/courses/{id}/enrolments", null, id);

        assertThat(first.status()).isEqualTo(202);
        assertThat(first.text("status")).isEqualTo("WAITING");
        assertThat(first.body().path("waiting_position").asInt()).isEqualTo(1);
        assertThat(second.body().path("waiting_position").asInt()).isEqualTo(2);

        Api.Response freed = api.delete(seated, "/api/v1/courses/{id}/enrolments/me", id);

        assertThat(freed.status()).isEqualTo(204);
        assertThat(api.get(firstInLine, "/api/v1/courses/{id}/enrolments/me", id).text("status")).isEqualTo("ENROLLED");
        Api.Response stillWaiting = api.get(secondInLine, "/api/v1/courses/{id}/enrolments/me", id);
        assertThat(stillWaiting.text("status")).isEqualTo("WAITING");
        assertThat(stillWaiting.body().path("waiting_position").asInt()).isEqualTo(1);
        assertThat(api.get(seated, "/api/v1/courses/{id}/enrolments/me", id).status()).isEqualTo(404);
        assertThat(api.get("xiaohutang", "/api/v1/courses/{id}", id).body().path("seats_taken").asInt()).isEqualTo(1);
    }

    @Test
    void withdrawing_frees_the_seat_for_the_next_resident() {
        long id = open(1, false);
        String first = resident();
        api.post(first, "/api/v1/courses/{id}/enrolments", null, id);

        assertThat(api.delete(first, "/api/v1/courses/{id}/enrolments/me", id).status()).isEqualTo(204);

        assertThat(api.post(resident(), "/api/v1/courses/{id}/enrolments", null, id).status()).isEqualTo(201);
    }

    @Test
    void withdrawing_without_an_enrolment_is_404() {
        long id = open(3, false);

        assertThat(api.delete(resident(), "/api/v1/courses/{id}/enrolments/me", id).status()).isEqualTo(404);
    }

    @Test
    void a_class_of_another_community_is_not_found_for_its_residents_and_workers() {
        long id = open(3, false);

        assertThat(api.post("resident2", "/api/v1/courses/{id}/enrolments", null, id).status()).isEqualTo(404);
        assertThat(api.get("lijiachong", "/api/v1/courses/{id}", id).status()).isEqualTo(404);
        assertThat(api.get("tianyuan", "/api/v1/courses/{id}", id).status()).isEqualTo(200);
    }

    @Test
    void only_community_workers_open_classes_and_only_residents_enrol() {
        long id = open(3, false);

        assertThat(api.post("resident1", "/api/v1/courses", course("舞蹈班", 10, "FIRST_COME", false)).status())
                .isEqualTo(403);
        assertThat(api.post("xiaohutang", "/api/v1/courses/{id}/enrolments", null, id).status()).isEqualTo(403);
    }

    @Test
    void calls_without_a_token_are_401() {
        assertThat(api.post(null, "/api/v1/courses", course("舞蹈班", 10, "FIRST_COME", false)).status()).isEqualTo(401);
    }

    @Test
    void bad_input_is_400_naming_each_field() {
        Map<String, Object> body = course("舞蹈班", 0, "RANDOM", false);
        body.put("ends_on", LocalDate.now().toString());
        body.put("starts_on", LocalDate.now().plusDays(3).toString());

        Api.Response r = api.post("xiaohutang", "/api/v1/courses", body);

        assertThat(r.status()).isEqualTo(400);
        List<String> fields = r.body().path("errors").valueStream().map(e -> e.path("field").asString()).toList();
        assertThat(fields).contains("capacity", "enrolment_rule", "ends_on");
    }

    @Test
    void unknown_fields_are_refused() {
        Map<String, Object> body = course("舞蹈班", 10, "FIRST_COME", false);
        body.put("seats", 12);

        assertThat(api.post("xiaohutang", "/api/v1/courses", body).status()).isEqualTo(400);
    }

    @Test
    void a_lottery_class_takes_entries_with_202_until_the_draw() {
        Api.Response created = api.post("xiaohutang", "/api/v1/courses", course("非洲鼓班", 2, "LOTTERY", true));
        long id = created.id();

        Api.Response entry = api.post(resident(), "/api/v1/courses/{id}/enrolments", null, id);

        assertThat(created.body().path("lottery_at").isNull()).isFalse();
        assertThat(entry.status()).isEqualTo(202);
        assertThat(entry.text("status")).isEqualTo("ENTERED");
        assertThat(api.get("xiaohutang", "/api/v1/courses/{id}", id).body().path("seats_taken").asInt()).isZero();
    }

    @Test
    void staff_see_who_is_seated_and_who_waits_in_order() {
        long id = open(1, true);
        UserSummary a = users.create("RESIDENT", "小湖塘社区");
        UserSummary b = users.create("RESIDENT", "小湖塘社区");
        api.post(a.username(), "/api/v1/courses/{id}/enrolments", null, id);
        api.post(b.username(), "/api/v1/courses/{id}/enrolments", null, id);

        Api.Response r = api.get("xiaohutang", "/api/v1/courses/{id}/enrolments", id);

        assertThat(r.body().path("enrolled").get(0).path("user_id").asLong()).isEqualTo(a.id());
        assertThat(r.body().path("waiting").get(0).path("user_id").asLong()).isEqualTo(b.id());
        assertThat(api.get(a.username(), "/api/v1/courses/{id}/enrolments", id).status()).isEqualTo(403);
    }
}
