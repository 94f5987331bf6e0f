package org.civicgrid.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.civicgrid.access.internal.TokenService;
import org.civicgrid.support.Api;
import org.civicgrid.support.Crowd;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
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
    PasswordEncoder encoder;

    @Autowired
    TokenService tokens;

    @Autowired
    TestUsers users;

    Crowd crowd;

    @BeforeEach
    void crowd() {
        crowd = new Crowd(jdbc, encoder, tokens, users);
    }

    private long open(int capacity, boolean waitingList) {
        Api.Response r = api.post("xiaohutang", "/api/v1/courses",
                CourseApiIntegrationTests.course("舞蹈班 " + System.nanoTime(), capacity, "FIRST_COME", waitingList));
        assertThat(r.status()).isEqualTo(201);
        return r.id();
    }

    /** Every member presses "enrol" at once; the answers by HTTP status (and problem type for 409s). */
    private Map<String, AtomicInteger> rush(long courseId, List<Crowd.Member> members) throws Exception {
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(members.size());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Crowd.Member m : members) {
                futures.add(pool.submit(() -> {
                    start.await();
                    var response = mvc.perform(m.sign(MockMvcRequestBuilders.post("/api/v1/courses/{id}/enrolments", courseId)))
                            .andReturn().getResponse();
                    String key = String.valueOf(response.getStatus());
                    if (response.getStatus() == 409) {
                        String type = json.readTree(response.getContentAsString(StandardCharsets.UTF_8)).path("type").asString();
                        key += " " + type.substring(type.lastIndexOf('/') + 1);
                    }
                    outcomes.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void two_hundred_residents_rushing_twenty_seats_get_exactly_twenty() throws Exception {
        long id = open(20, false);
        List<Crowd.Member> members = crowd.residents(200, "小湖塘社区");

        Map<String, AtomicInteger> outcomes = rush(id, members);

        assertThat(outcomes.get("201").get()).isEqualTo(20);
        assertThat(outcomes.get("409 course-full").get()).isEqualTo(180);
        assertThat(outcomes).containsOnlyKeys("201", "409 course-full");
        assertThat(count("select seats_taken from course where id = ?", id)).isEqualTo(20);
        assertThat(count("select count(*) from course_enrolment where course_id = ? and status = 'ENROLLED'", id))
                .isEqualTo(20);
    }

    @Test
    void a_rush_on_a_class_with_a_waiting_list_seats_capacity_and_queues_the_rest_in_one_line() throws Exception {
        long id = open(5, true);
        List<Crowd.Member> members = crowd.residents(60, "小湖塘社区");

        Map<String, AtomicInteger> outcomes = rush(id, members);

        assertThat(outcomes.get("201").get()).isEqualTo(5);
        assertThat(outcomes.get("202").get()).isEqualTo(55);
        assertThat(count("select count(distinct queue_no) from course_enrolment where course_id = ? and status = 'WAITING'",
                id)).isEqualTo(55);
        assertThat(count("select seats_taken from course where id = ?", id)).isEqualTo(5);
    }

    @Test
    void the_same_resident_pressing_enrol_twenty_times_at_once_holds_one_seat() throws Exception {
        long id = open(10, false);
        Crowd.Member one = crowd.residents(1, "小湖塘社区").get(0);

        Map<String, AtomicInteger> outcomes = rush(id, Collections.nCopies(20, one));

        assertThat(outcomes.get("201").get()).isEqualTo(1);
        assertThat(outcomes.get("409 already-enrolled").get()).isEqualTo(19);
        assertThat(count("select seats_taken from course where id = ?", id)).isEqualTo(1);
    }
}
