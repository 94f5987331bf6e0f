package org.civicgrid.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.civicgrid.access.UserSummary;
import org.civicgrid.shared.events.CaseRequest;
import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import tools.jackson.databind.JsonNode;

/** Online applications become the community worker's work items; temporary aid can become a case. */
@IntegrationTest
@RecordApplicationEvents
class ApplicationIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    TestUsers users;

    @Autowired
    ApplicationManagement applications;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcTemplate jdbc;

    private static Map<String, Object> application(String type, String name) {
        return Map.of("service_type", type, "applicant_name", name, "phone", "13800138000", "address", "火电生活区",
                "details", "患肺气肿，无收入，申请临时救助。");
    }

    private long submit(String user, String type) {
        Api.Response r = api.post(user, "/api/v1/applications", application(type, "丁凡"));
        assertThat(r.status()).isEqualTo(201);
        return r.id();
    }

    @Test
    void an_application_lands_in_the_community_worker_s_inbox_with_the_phone_masked() {
        UserSummary resident = users.create("RESIDENT", "李家冲社区");

        long id = submit(resident.username(), "RESIDENCE_CERTIFICATE");

        JsonNode inbox = api.get("lijiachong", "/api/v1/applications?status=SUBMITTED&size=200").body().path("items");
        JsonNode line = inbox.valueStream().filter(a -> a.path("id").asLong() == id).findFirst().orElseThrow();
        assertThat(line.path("phone").asString()).isEqualTo("138****8000");
        assertThat(api.get("lijiachong", "/api/v1/inbox").body().path("items").valueStream()
                .anyMatch(m -> m.path("link").asString().equals("/applications/" + id))).isTrue();
        assertThat(api.get("lijiachong", "/api/v1/applications/{id}", id).text("phone")).isEqualTo("13800138000");
    }

    @Test
    void the_database_holds_the_applicant_s_phone_only_sealed() {
        long id = submit(users.create("RESIDENT", "李家冲社区").username(), "RESIDENCE_CERTIFICATE");

        assertThat(jdbc.queryForObject("select phone from service_application where id = ?", String.class, id))
                .startsWith("v1:").doesNotContain("13800138000").doesNotContain("8000");
        assertThat(api.get("lijiachong", "/api/v1/applications/{id}", id).text("phone")).isEqualTo("13800138000");
    }

    @Test
    void another_community_s_worker_neither_lists_nor_opens_it() {
        long id = submit(users.create("RESIDENT", "李家冲社区").username(), "RESIDENCE_CERTIFICATE");

        assertThat(api.get("xiaohutang", "/api/v1/applications/{id}", id).status()).isEqualTo(404);
        assertThat(api.get("xiaohutang", "/api/v1/applications?size=200").body().path("items").valueStream()
                .noneMatch(a -> a.path("id").asLong() == id)).isTrue();
        assertThat(api.get("resident2", "/api/v1/applications/{id}", id).status()).isEqualTo(404);
    }

    @Test
    void the_worker_accepts_and_completes_and_the_applicant_hears_of_each_step() {
        UserSummary resident = users.create("RESIDENT", "李家冲社区");
        long id = submit(resident.username(), "RESIDENCE_CERTIFICATE");

        api.post("lijiachong", "/api/v1/applications/{id}/actions", Map.of("action", "ACCEPT"), id);
        Api.Response done = api.post("lijiachong", "/api/v1/applications/{id}/actions",
                Map.of("action", "COMPLETE", "note", "证明已开具，请到居委会领取。"), id);

        assertThat(done.text("status")).isEqualTo("COMPLETED");
        assertThat(done.body().path("steps")).hasSize(3);
        assertThat(api.get(resident.username(), "/api/v1/inbox").body().path("items").size()).isEqualTo(2);
    }

    @Test
    void an_action_the_status_does_not_allow_is_409_and_a_resident_may_not_act() {
        long id = submit(users.create("RESIDENT", "李家冲社区").username(), "RESIDENCE_CERTIFICATE");

        Api.Response early = api.post("lijiachong", "/api/v1/applications/{id}/actions",
                Map.of("action", "COMPLETE", "note", "x"), id);
        api.post("lijiachong", "/api/v1/applications/{id}/actions", Map.of("action", "ACCEPT"), id);
        Api.Response forward = api.post("lijiachong", "/api/v1/applications/{id}/actions", Map.of("action", "FORWARD"), id);

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.problemType()).isEqualTo("illegal-transition");
        assertThat(forward.status()).isEqualTo(409);
        assertThat(forward.problemType()).isEqualTo("not-forwardable");
        assertThat(api.post("resident2", "/api/v1/applications/{id}/actions", Map.of("action", "ACCEPT"), id).status())
                .isEqualTo(403);
    }

    @Test
    void temporary_aid_for_ding_fan_is_forwarded_as_a_case_and_completes_when_the_case_closes() {
        long id = submit("hexiaomin", "TEMPORARY_ASSISTANCE");
        api.post("lijiachong", "/api/v1/applications/{id}/actions", Map.of("action", "ACCEPT"), id);

        Api.Response forwarded = api.post("lijiachong", "/api/v1/applications/{id}/actions",
                Map.of("action", "FORWARD", "note", "建议民政部门给予临时救助"), id);

        assertThat(forwarded.text("status")).isEqualTo("FORWARDED");
        CaseRequest request = events.stream(ApplicationForwarded.class)
                .filter(e -> e.applicationId() == id).findFirst().orElseThrow();
        assertThat(request.source()).isEqualTo("RESIDENT");
        assertThat(request.sourceRef()).isEqualTo("application:" + id);
        assertThat(request.categoryCode()).isEqualTo("E0601");
        assertThat(request.regionId()).isEqualTo(users.region("李家冲社区").id());
        assertThat(request.description()).contains("丁凡");

        // casework opens the case at once (E0601 → temporary assistance) and reports it back
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> api.get("hexiaomin", "/api/v1/applications/{id}", id).body().path("case_id").asLong() > 0);
        long caseId = api.get("hexiaomin", "/api/v1/applications/{id}", id).body().path("case_id").asLong();
        applications.caseProgressed(id, caseId, "CLOSED", true, Instant.now());

        JsonNode after = api.get("hexiaomin", "/api/v1/applications/{id}", id).body();
        assertThat(after.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(after.path("case_id").asLong()).isEqualTo(caseId);
    }

    @Test
    void an_application_without_a_phone_or_details_is_400() {
        Api.Response r = api.post("resident1", "/api/v1/applications", Map.of("service_type", "RESIDENCE_CERTIFICATE",
                "applicant_name", "胡阿姨", "phone", "abc", "details", " "));

        assertThat(r.status()).isEqualTo(400);
    }
}
