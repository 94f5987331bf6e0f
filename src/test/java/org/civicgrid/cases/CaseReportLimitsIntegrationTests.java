package org.civicgrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
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
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * 上报限流: an account or an address that files reports or photos too fast is answered 429 with Retry-After —
 * problem details on the API, the report form again with what was typed on the page, the spec's error list on
 * Open311 — and nobody else is held up. Each test sets small limits of its own.
 */
@IntegrationTest
class CaseReportLimitsIntegrationTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
    private static final AtomicInteger ADDRESS = new AtomicInteger();

    @Autowired
    Api api;

    @Autowired
    Pages pages;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ApplicationContext context;

    /** An address no other test sends from. */
    private static String address() {
        return "10.31." + (System.nanoTime() % 200) + "." + ADDRESS.incrementAndGet() % 250;
    }

    private String resident() {
        return users.create("RESIDENT", "小湖塘社区").username();
    }

    private static <B extends AbstractMockHttpServletRequestBuilder<B>> B from(B request, String address) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    private Api.Response report(String user, String address) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post("/api/v1/cases")
                .contentType(MediaType.APPLICATION_JSON).content(api.write(Map.of("category_code", "drain-blocked",
                        "description", "下水道堵了 " + System.nanoTime(), "lat", 27.8300, "lng", 113.0900)));
        return api.send(from(request, address), user);
    }

    private MockHttpServletResponse photo(String user, String address) {
        try {
            return mvc.perform(from(MockMvcRequestBuilders.multipart("/api/v1/cases/photos")
                    .file(new MockMultipartFile("file", "drain.png", "image/png", PNG))
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + api.token(user)), address)).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertToldToWait(Api.Response r, long longestWait) {
        assertToldToWait(r.raw(), longestWait);
    }

    private static void assertToldToWait(MockHttpServletResponse r, long longestWait) {
        assertThat(r.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(r.getHeader(HttpHeaders.RETRY_AFTER))).isBetween(1L, longestWait);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        assertThat(contentOf(r)).contains("/too-many-requests\"", "\"retry_after\":");
    }

    private static String contentOf(MockHttpServletResponse r) {
        try {
            return r.getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_resident_reporting_too_fast_is_told_when_to_come_back_and_a_neighbour_is_not_held_up() {
        try (TestRateLimits limits = TestRateLimits.set(context, "report", "3/1h")) {
            String resident = resident();
            String address = address();
            for (int i = 0; i < 3; i++) {
                assertThat(report(resident, address).status()).isEqualTo(201);
            }

            assertToldToWait(report(resident, address), 3600);
            assertThat(report(resident(), address).status()).isEqualTo(201);
        }
    }

    @Test
    void a_grid_worker_reports_under_a_limit_of_their_own_far_above_a_residents() {
        try (TestRateLimits limits = TestRateLimits.set(context, "report", "1/1h", "report-staff", "4/1h")) {
            String worker = users.create("GRID_WORKER", "小湖塘社区第1网格").username();
            String address = address();
            for (int i = 0; i < 4; i++) {
                assertThat(report(worker, address).status()).isEqualTo(201);
            }

            assertToldToWait(report(worker, address), 3600);
        }
    }

    @Test
    void one_address_reporting_for_many_accounts_is_told_to_wait_and_other_addresses_are_not() {
        try (TestRateLimits limits = TestRateLimits.set(context, "report-address", "3/1h")) {
            String address = address();
            for (int i = 0; i < 3; i++) {
                assertThat(report(resident(), address).status()).isEqualTo(201);
            }

            assertToldToWait(report(resident(), address), 3600);
            assertThat(report(resident(), address()).status()).isEqualTo(201);
        }
    }

    @Test
    void photos_uploaded_too_fast_are_refused_with_retry_after_and_reports_go_on() {
        try (TestRateLimits limits = TestRateLimits.set(context, "photo", "2/1h")) {
            String resident = resident();
            String address = address();
            assertThat(photo(resident, address).getStatus()).isEqualTo(201);
            assertThat(photo(resident, address).getStatus()).isEqualTo(201);

            assertToldToWait(photo(resident, address), 3600);
            assertThat(report(resident, address).status()).isEqualTo(201);
            assertThat(photo(resident(), address).getStatus()).isEqualTo(201);
        }
    }

    @Test
    void the_report_page_says_when_to_come_back_and_keeps_what_was_typed() {
        try (TestRateLimits limits = TestRateLimits.set(context, "report", "1/1h")) {
            Pages.Session resident = pages.signIn(resident());
            assertThat(pages.perform(reportForm("路灯不亮了", "小湖塘社区3栋"), resident).redirect()).matches("/cases/\\d+");

            String words = "楼道灯坏了 " + System.nanoTime();
            Pages.Page refused = pages.perform(reportForm(words, "小湖塘社区5栋东")
                    .file(new MockMultipartFile("photos", "lamp.png", "image/png", PNG)), resident);

            assertThat(refused.status()).isEqualTo(429);
            assertThat(Long.parseLong(refused.raw().getHeader("Retry-After"))).isBetween(1L, 3600L);
            assertThat(refused.html()).contains("提交得太频繁了", "填写的内容已保留", words, "小湖塘社区5栋东",
                    "value=\"27.83\"", "value=\"113.09\"")
                    .containsPattern("<option value=\"drain-blocked\" selected");
            assertThat(pages.get(resident, "/cases/mine").html()).doesNotContain(words);
        }
    }

    @Test
    void open311_filings_without_an_account_are_limited_per_address_in_the_specs_error_format() throws Exception {
        try (TestRateLimits limits = TestRateLimits.set(context, "report-public", "2/1h")) {
            String address = address();
            assertThat(file(address).getStatus()).isEqualTo(201);
            assertThat(file(address).getStatus()).isEqualTo(201);

            MockHttpServletResponse refused = file(address);
            assertThat(refused.getStatus()).isEqualTo(429);
            assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 3600L);
            assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).startsWith("[{\"code\":429");
            assertThat(file(address()).getStatus()).isEqualTo(201);
        }
    }

    private MockMultipartHttpServletRequestBuilder reportForm(String description, String place) {
        return MockMvcRequestBuilders.multipart("/cases/report").with(csrf())
                .param("categoryCode", "drain-blocked").param("description", description)
                .param("lat", "27.83").param("lng", "113.09").param("address", place).param("urgency", "NORMAL");
    }

    private MockHttpServletResponse file(String address) throws Exception {
        return mvc.perform(from(MockMvcRequestBuilders.post("/open311/v2/requests.json")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("jurisdiction_id", "zhuzhou")
                .param("service_code", "drain-cover-damage").param("lat", "27.83").param("long", "113.09")
                .param("description", "井盖松了 " + System.nanoTime()), address)).andReturn().getResponse();
    }
}
