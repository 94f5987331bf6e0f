package org.civicgrid.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civicgrid.support.Api;
import org.civicgrid.support.Crowd;
import org.civicgrid.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.json.JsonMapper;

/**
 * "每次来上课要抢位置": hundreds of residents press "enrol" at the same moment, on real threads against the
 * database. The class hands out exactly its capacity, never one seat more.
 */
@IntegrationTest
class EnrolmentConcurrencyIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    Crowd crowd;

    @BeforeEach
    void crowd() {
        crowd = new Crowd(context);
    }

    private long open(int capacity, boolean waitingList) {
        Api.Response r = api.post("xiaohutang", "/api/v1/courses",
                CourseApiIntegrationTests.course("舞蹈班 " + System.nanoTime(), capacity, "FIRST_COME", waitingList));
        assertThat(r.status()).isEqualTo(201);
        return r.id();
    }

    /** Every member presses "enrol" at once; how many got each answer (status, and problem type for 409s). */
    private Map<String, Long> rush(long courseId, List<Crowd.Member> members) throws Exception {
        List<Callable<String>> presses = members.stream().<Callable<String>>map(m -> () -> {
            MockHttpServletResponse response = mvc.perform(m.sign(MockMvcRequestBuilders.post(
                    "/api/v1/courses/{id}/enrolments", courseId))).andReturn().getResponse();
            if (response.getStatus() != 409) {
                return String.valueOf(response.getStatus());
            }
            String type = json.readTree(response.getContentAsString(StandardCharsets.UTF_8)).path("type").asString();
            return "409 " + type.substring(type.lastIndexOf('/') + 1);
        }).toList();
        return Crowd.atOnce(presses).stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void two_hundred_residents_rushing_twenty_seats_get_exactly_twenty() throws Exception {
        long id = open(20, false);
        List<Crowd.Member> members = crowd.residents(200, "小湖塘社区");

        Map<String, Long> outcomes = rush(id, members);

        assertThat(outcomes).containsOnly(Map.entry("201", 20L), Map.entry("409 course-full", 180L));
        assertThat(count("select seats_taken from course where id = ?", id)).isEqualTo(20);
        assertThat(count("select count(*) from course_enrolment where course_id = ? and status = 'ENROLLED'", id))
                .isEqualTo(20);
    }

    @Test
    void a_rush_on_a_class_with_a_waiting_list_seats_capacity_and_queues_the_rest_in_one_line() throws Exception {
        long id = open(5, true);
        List<Crowd.Member> members = crowd.residents(60, "小湖塘社区");

        Map<String, Long> outcomes = rush(id, members);

        assertThat(outcomes).containsOnly(Map.entry("201", 5L), Map.entry("202", 55L));
        assertThat(count("select count(distinct queue_no) from course_enrolment where course_id = ? and status = 'WAITING'",
                id)).isEqualTo(55);
        assertThat(count("select seats_taken from course where id = ?", id)).isEqualTo(5);
    }

    @Test
    void the_same_resident_pressing_enrol_twenty_times_at_once_holds_one_seat() throws Exception {
        long id = open(10, false);
        Crowd.Member one = crowd.residents(1, "小湖塘社区").get(0);

        Map<String, Long> outcomes = rush(id, Collections.nCopies(20, one));

        assertThat(outcomes).containsOnly(Map.entry("201", 1L), Map.entry("409 already-enrolled", 19L));
        assertThat(count("select seats_taken from course where id = ?", id)).isEqualTo(1);
    }
}
