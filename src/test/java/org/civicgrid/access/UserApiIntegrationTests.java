package org.civicgrid.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class UserApiIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    TestUsers users;

    private Map<String, Object> newUser(String username, String password) {
        return Map.of("username", username, "password", password, "display_name", "新居民",
                "roles", List.of("RESIDENT"), "region_id", users.region("小湖塘社区").id());
    }

    @Test
    void the_administrator_creates_a_user_who_can_then_sign_in() {
        String username = "new-" + System.nanoTime();
        Api.Response created = api.post("admin", "/api/v1/users", newUser(username, "Long-enough-1"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.raw().getHeader("Location")).isEqualTo("/api/v1/users/" + created.id());
        assertThat(created.body().path("roles").get(0).asString()).isEqualTo("RESIDENT");
        assertThat(api.token(username, "Long-enough-1")).isNotBlank();
    }

    @Test
    void a_taken_username_is_a_409() {
        Api.Response r = api.post("admin", "/api/v1/users", newUser("resident1", "Long-enough-1"));

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.problemType()).isEqualTo("username-taken");
    }

    @Test
    void a_weak_password_is_a_400_naming_the_field() {
        Api.Response r = api.post("admin", "/api/v1/users", newUser("weak-" + System.nanoTime(), "12345678"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().path("errors").get(0).path("field").asString()).isEqualTo("password");
    }

    @Test
    void an_unknown_role_and_a_missing_region_are_400s() {
        Api.Response role = api.post("admin", "/api/v1/users", Map.of("username", "r-" + System.nanoTime(),
                "password", "Long-enough-1", "display_name", "x", "roles", List.of("KING"), "region_id", 1));
        Api.Response region = api.post("admin", "/api/v1/users", Map.of("username", "g-" + System.nanoTime(),
                "password", "Long-enough-1", "display_name", "x", "roles", List.of("RESIDENT"), "region_id", 999999));

        assertThat(role.status()).isEqualTo(400);
        assertThat(role.body().path("errors").get(0).path("field").asString()).isEqualTo("roles");
        assertThat(region.status()).isEqualTo(400);
        assertThat(region.body().path("errors").get(0).path("field").asString()).isEqualTo("region_id");
    }

    @Test
    void only_the_administrator_creates_users() {
        Api.Response r = api.post("tianyuan", "/api/v1/users", newUser("x-" + System.nanoTime(), "Long-enough-1"));

        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void a_user_outside_the_callers_region_is_not_found() {
        UserSummary elsewhere = users.create("RESIDENT", "李家冲社区");

        assertThat(api.get("xiaohutang", "/api/v1/users/{id}", elsewhere.id()).status()).isEqualTo(404);
        assertThat(api.get("admin", "/api/v1/users/{id}", elsewhere.id()).status()).isEqualTo(200);
        assertThat(api.get("lijiachong", "/api/v1/users/{id}", elsewhere.id()).status()).isEqualTo(200);
    }

    @Test
    void a_resident_reads_its_own_account_but_not_its_neighbours() {
        // found by the authorization matrix: resident1 read the accounts of its community (names, roles, lock)
        UserSummary neighbour = users.create("RESIDENT", "小湖塘社区");
        UserSummary self = users.create("RESIDENT", "小湖塘社区");

        assertThat(api.get(neighbour.username(), "/api/v1/users/{id}", self.id()).status()).isEqualTo(403);
        assertThat(api.get(self.username(), "/api/v1/users/{id}", self.id()).status()).isEqualTo(200);
        assertThat(api.get(self.username(), "/api/v1/users/me").text("username")).isEqualTo(self.username());
        assertThat(api.get("xiaohutang", "/api/v1/users/{id}", self.id()).status()).isEqualTo(200);
    }
}
