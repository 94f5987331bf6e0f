package org.civicgrid.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.civicgrid.access.UserId;
import org.civicgrid.access.UserSummary;
import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** A person's copy of their data holds the messages they received, newest first, and nobody else's. */
@IntegrationTest
class NotificationsPersonalDataIntegrationTests {

    @Autowired
    Notifications notifications;

    @Autowired
    TestUsers users;

    @Autowired
    Api api;

    @Test
    void the_download_holds_the_messages_the_person_received_newest_first_with_what_they_read() {
        // residents: no message to a role (a case report tells the community's workers) reaches them
        UserSummary resident = users.create("RESIDENT", "小湖塘社区");
        UserSummary other = users.create("RESIDENT", "小湖塘社区");
        Notice first = notifications.send(new UserId(resident.id()), "case.close", "您反映的问题 #1 已办结", "井盖已更换",
                "/cases/1");
        notifications.send(new UserId(resident.id()), "case.reject", "您反映的问题 #2 未予立案", null, "/cases/2");
        notifications.send(new UserId(other.id()), "case.close", "您反映的问题 #3 已办结（他人的消息）", "不属于您", "/cases/3");
        api.post(resident.username(), "/api/v1/inbox/{id}/read", null, first.id());

        JsonNode messages = api.get(resident.username(), "/api/v1/me/data").body().path("sections").path("notifications");

        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).path("kind").asString()).isEqualTo("case.reject");
        assertThat(messages.get(0).path("title").asString()).isEqualTo("您反映的问题 #2 未予立案");
        assertThat(messages.get(0).path("link").asString()).isEqualTo("/cases/2");
        assertThat(messages.get(0).path("read_at").isNull()).isTrue();
        assertThat(messages.get(1).path("id").asLong()).isEqualTo(first.id());
        assertThat(messages.get(1).path("kind").asString()).isEqualTo("case.close");
        assertThat(messages.get(1).path("title").asString()).isEqualTo("您反映的问题 #1 已办结");
        assertThat(messages.get(1).path("body").asString()).isEqualTo("井盖已更换");
        assertThat(messages.get(1).path("created_at").asString()).isNotEmpty();
        assertThat(messages.get(1).path("read_at").asString()).isNotEmpty();
        assertThat(messages.toString()).doesNotContain("他人的消息", "recipient");

        JsonNode theirs = api.get(other.username(), "/api/v1/me/data").body().path("sections").path("notifications");
        assertThat(theirs).hasSize(1);
        assertThat(theirs.get(0).path("title").asString()).isEqualTo("您反映的问题 #3 已办结（他人的消息）");
    }

    @Test
    void a_refused_report_s_message_is_in_the_reporter_s_download_only() {
        UserSummary reporter = users.create("RESIDENT", "小湖塘社区");
        UserSummary neighbour = users.create("RESIDENT", "小湖塘社区");
        long id = api.post(reporter.username(), "/api/v1/cases", Map.of("category_code", "street-lamp-fault",
                "description", "路灯不亮", "lat", 27.8300, "lng", 113.0900)).id();
        assertThat(api.post("xiaohutang", "/api/v1/cases/{id}/transitions",
                Map.of("action", "REJECT", "comment", "该路灯属小区物业管理"), id).status()).isEqualTo(200);

        JsonNode messages = api.get(reporter.username(), "/api/v1/me/data").body().path("sections").path("notifications");

        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).path("kind").asString()).isEqualTo("case.reject");
        assertThat(messages.get(0).path("title").asString()).isEqualTo("您反映的问题 #" + id + " 未予立案");
        assertThat(messages.get(0).path("body").asString()).isEqualTo("该路灯属小区物业管理");
        assertThat(messages.get(0).path("link").asString()).isEqualTo("/cases/" + id);
        assertThat(api.get(neighbour.username(), "/api/v1/me/data").body().path("sections").path("notifications"))
                .isEmpty();
    }
}
