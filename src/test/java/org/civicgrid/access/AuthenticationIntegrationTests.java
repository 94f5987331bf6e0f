package org.civicgrid.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;

import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.TestRateLimits;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class AuthenticationIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    private static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String address) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "tianyuan", "xiaohutang", "lijiachong", "hexiaomin", "xiaohutang-grid1",
            "hezhang-city", "resident1", "resident2"})
    void every_demo_account_gets_a_one_hour_bearer_token(String username) {
        Api.Response r = api.post(null, "/api/v1/auth/token", Map.of("username", username, "password", "demo-2026"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text("token_type")).isEqualTo("Bearer");
        assertThat(r.body().path("expires_in").asLong()).isEqualTo(3600);
        assertThat(r.text("access_token")).isNotBlank();
    }

    @Test
    void a_wrong_password_is_a_401_problem() {
        Api.Response r = api.post(null, "/api/v1/auth/token", Map.of("username", "admin", "password", "wrong-2026"));

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.raw().getContentType()).startsWith("application/problem+json");
        assertThat(r.problemType()).isEqualTo("invalid-credentials");
    }

    @Test
    void a_call_without_a_token_is_a_401_problem_and_a_forged_token_too() {
        Api.Response none = api.get(null, "/api/v1/users/me");
        Api.Response forged = api.send(get("/api/v1/users/me").header("Authorization", "Bearer abc.def.ghi"), null);

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.problemType()).isEqualTo("unauthorized");
        assertThat(forged.status()).isEqualTo(401);
    }

    @Test
    void five_wrong_passwords_in_a_row_lock_the_account_even_for_the_right_password() {
        UserSummary user = users.create("RESIDENT", "小湖塘社区");
        for (int i = 0; i < 5; i++) {
            assertThat(api.post(null, "/api/v1/auth/token",
                    Map.of("username", user.username(), "password", "wrong-" + i)).status()).isEqualTo(401);
        }

        Api.Response r = api.post(null, "/api/v1/auth/token",
                Map.of("username", user.username(), "password", Api.DEMO_PASSWORD));

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.problemType()).isEqualTo("account-locked");
    }

    @Test
    void a_success_resets_the_count_of_failures() {
        UserSummary user = users.create("RESIDENT", "小湖塘社区");
        for (int i = 0; i < 4; i++) {
            api.post(null, "/api/v1/auth/token", Map.of("username", user.username(), "password", "wrong-" + i));
        }
        assertThat(api.post(null, "/api/v1/auth/token",
                Map.of("username", user.username(), "password", Api.DEMO_PASSWORD)).status()).isEqualTo(200);
        api.post(null, "/api/v1/auth/token", Map.of("username", user.username(), "password", "wrong-again"));

        assertThat(api.post(null, "/api/v1/auth/token",
                Map.of("username", user.username(), "password", Api.DEMO_PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void malformed_json_is_a_400_problem_not_a_500() {
        Api.Response r = api.send(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": "), null);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.problemType()).isEqualTo("malformed-request");
    }

    @Test
    void asking_for_tokens_too_fast_is_a_429_problem_with_retry_after_and_other_callers_go_on() {
        try (TestRateLimits limits = TestRateLimits.set(context, "token", "2/1m")) {
            UserSummary user = users.create("RESIDENT", "小湖塘社区");
            String address = "10.33." + System.nanoTime() % 200 + ".1";
            Map<String, String> credentials = Map.of("username", user.username(), "password", Api.DEMO_PASSWORD);
            for (int i = 0; i < 2; i++) {
                assertThat(api.send(from(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content(api.write(credentials)), address), null).status()).isEqualTo(200);
            }

            Api.Response refused = api.send(from(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                    .content(api.write(credentials)), address), null);
            assertThat(refused.status()).isEqualTo(429);
            assertThat(Long.parseLong(refused.raw().getHeader("Retry-After"))).isBetween(1L, 60L);
            assertThat(refused.problemType()).isEqualTo("too-many-requests");
            UserSummary other = users.create("RESIDENT", "小湖塘社区");
            assertThat(api.send(from(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                    .content(api.write(Map.of("username", other.username(), "password", Api.DEMO_PASSWORD))),
                    "10.34." + System.nanoTime() % 200 + ".1"), null).status()).isEqualTo(200);
        }
    }

    @Test
    void signing_in_too_fast_on_the_form_is_answered_429_with_retry_after() throws Exception {
        try (TestRateLimits limits = TestRateLimits.set(context, "login", "2/1m")) {
            UserSummary user = users.create("RESIDENT", "小湖塘社区");
            String address = "10.35." + System.nanoTime() % 200 + ".1";
            for (int i = 0; i < 2; i++) {
                assertThat(signIn(user, address).getStatus()).isEqualTo(302);
            }

            MockHttpServletResponse refused = signIn(user, address);
            assertThat(refused.getStatus()).isEqualTo(429);
            assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
        }
    }

    private MockHttpServletResponse signIn(UserSummary user, String address) throws Exception {
        return mvc.perform(from(post("/login").param("username", user.username()).param("password", Api.DEMO_PASSWORD)
                .with(csrf()), address)).andReturn().getResponse();
    }
}
