package org.civicgrid.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.Pages;
import org.civicgrid.support.TestRateLimits;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * 报名限流: an account or an address asking for seats too fast is answered 429 with Retry-After — problem
 * details on the API, the class page saying when to come back on the page — and other residents still enrol.
 * Each test sets small limits of its own.
 */
@IntegrationTest
class EnrolmentLimitsIntegrationTests {

    private static final AtomicInteger ADDRESS = new AtomicInteger();

    @Autowired
    Api api;

    @Autowired
    Pages pages;

    @Autowired
    TestUsers users;

    @Autowired
    ApplicationContext context;

    private static String address() {
        return "10.32." + (System.nanoTime() % 200) + "." + ADDRESS.incrementAndGet() % 250;
    }

    private long open() {
        Api.Response r = api.post(users.create("COMMUNITY_WORKER", "小湖塘社区").username(), "/api/v1/courses",
                CourseApiIntegrationTests.course("太极拳班 " + System.nanoTime(), 50, "FIRST_COME", false));
        assertThat(r.status()).isEqualTo(201);
        return r.id();
    }

    private String resident() {
        return users.create("RESIDENT", "小湖塘社区").username();
    }

    private Api.Response enrol(String resident, long course, String address) {
        return api.send(MockMvcRequestBuilders.post("/api/v1/courses/{id}/enrolments", course).with(r -> {
            r.setRemoteAddr(address);
            return r;
        }), resident);
    }

    private static void assertToldToWait(Api.Response r) {
        assertThat(r.status()).isEqualTo(429);
        assertThat(Long.parseLong(r.raw().getHeader(HttpHeaders.RETRY_AFTER))).isBetween(1L, 3600L);
        assertThat(r.raw().getContentType()).startsWith("application/problem+json");
        assertThat(r.problemType()).isEqualTo("too-many-requests");
    }

    @Test
    void a_resident_asking_for_seats_too_fast_is_told_when_to_come_back_and_a_neighbour_still_enrols() {
        try (TestRateLimits limits = TestRateLimits.set(context, "enrol", "3/1h")) {
            long first = open();
            long second = open();
            String resident = resident();
            String address = address();
            assertThat(enrol(resident, first, address).status()).isEqualTo(201);
            assertThat(enrol(resident, first, address).status()).isEqualTo(409);
            assertThat(enrol(resident, second, address).status()).isEqualTo(201);

            assertToldToWait(enrol(resident, open(), address));
            assertThat(enrol(resident(), first, address).status()).isEqualTo(201);
        }
    }

    @Test
    void one_address_enrolling_many_accounts_is_told_to_wait_and_other_addresses_are_not() {
        try (TestRateLimits limits = TestRateLimits.set(context, "enrol-address", "3/1h")) {
            long course = open();
            String address = address();
            for (int i = 0; i < 3; i++) {
                assertThat(enrol(resident(), course, address).status()).isEqualTo(201);
            }

            assertToldToWait(enrol(resident(), course, address));
            assertThat(enrol(resident(), course, address()).status()).isEqualTo(201);
        }
    }

    @Test
    void the_class_page_says_when_to_come_back_instead_of_an_error_page() {
        try (TestRateLimits limits = TestRateLimits.set(context, "enrol", "1/1h")) {
            long course = open();
            Pages.Session resident = pages.signIn(resident());
            assertThat(pages.post(resident, "/courses/{id}/enrol", Map.of(), course).redirect())
                    .isEqualTo("/courses/" + course);
            assertThat(pages.post(resident, "/courses/{id}/withdraw", Map.of(), course).redirect())
                    .isEqualTo("/courses/" + course);

            Pages.Page refused = pages.post(resident, "/courses/{id}/enrol", Map.of(), course);

            assertThat(refused.status()).isEqualTo(429);
            assertThat(Long.parseLong(refused.raw().getHeader(HttpHeaders.RETRY_AFTER))).isBetween(1L, 3600L);
            assertThat(refused.html()).contains("报名操作太频繁了", "太极拳班");
            assertThat(api.get("xiaohutang", "/api/v1/courses/{id}", course).body().path("seats_taken").asInt())
                    .isZero();
        }
    }
}
