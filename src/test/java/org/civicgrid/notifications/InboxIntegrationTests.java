package org.civicgrid.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicgrid.access.UserId;
import org.civicgrid.access.UserSummary;
import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.Pages;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class InboxIntegrationTests {

    @Autowired
    Notifications notifications;

    @Autowired
    TestUsers users;

    @Autowired
    Api api;

    @Autowired
    Pages pages;

    @Test
    void a_message_waits_unread_in_the_inbox_until_it_is_opened() {
        UserSummary worker = users.create("GRID_WORKER", "小湖塘社区第1网格");
        Notice sent = notifications.send(new UserId(worker.id()), "case.dispatched", "新案件：井盖破损", "请尽快核查",
                "/cases/1");

        Api.Response inbox = api.get(worker.username(), "/api/v1/inbox?unread=true");
        assertThat(inbox.body().path("unread").asLong()).isEqualTo(1);
        assertThat(inbox.body().path("items").get(0).path("title").asString()).isEqualTo("新案件：井盖破损");

        Api.Response read = api.post(worker.username(), "/api/v1/inbox/{id}/read", null, sent.id());
        assertThat(read.status()).isEqualTo(200);
        assertThat(api.get(worker.username(), "/api/v1/inbox?unread=true").body().path("unread").asLong()).isZero();
    }

    @Test
    void nobody_can_read_someone_elses_message() {
        UserSummary worker = users.create("GRID_WORKER", "小湖塘社区第1网格");
        Notice sent = notifications.send(new UserId(worker.id()), "case.dispatched", "私信", null, "/");

        assertThat(api.post("resident1", "/api/v1/inbox/{id}/read", null, sent.id()).status()).isEqualTo(404);
    }

    @Test
    void opening_a_message_on_the_page_follows_its_link_but_never_off_site() {
        UserSummary worker = users.create("GRID_WORKER", "小湖塘社区第1网格");
        Notice local = notifications.send(new UserId(worker.id()), "k", "本地", null, "/regions");
        Notice offsite = notifications.send(new UserId(worker.id()), "k", "外链", null, "//evil.example/x");
        Pages.Session session = pages.signIn(worker.username());

        assertThat(pages.post(session, "/inbox/{id}/open", java.util.Map.of(), local.id()).redirect()).isEqualTo("/regions");
        assertThat(pages.post(session, "/inbox/{id}/open", java.util.Map.of(), offsite.id()).redirect()).isEqualTo("/inbox");
    }

    @Test
    void a_message_to_a_role_reaches_everyone_holding_it_in_that_region() {
        UserSummary first = users.create("COMMUNITY_WORKER", "天台社区");
        UserSummary second = users.create("COMMUNITY_WORKER", "天台社区");

        int sent = notifications.sendToRole(org.civicgrid.access.Role.COMMUNITY_WORKER,
                new org.civicgrid.region.RegionId(users.region("天台社区").id()), "k", "通知", null, "/");

        assertThat(sent).isGreaterThanOrEqualTo(2);
        assertThat(api.get(first.username(), "/api/v1/inbox").body().path("total").asLong()).isEqualTo(1);
        assertThat(api.get(second.username(), "/api/v1/inbox").body().path("total").asLong()).isEqualTo(1);
    }
}
