package org.civicgrid.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.civicgrid.access.UserSummary;
import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.Pages;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AuditIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    Pages pages;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog audit;

    @Test
    void creating_a_user_writes_an_entry_with_who_and_what_but_never_the_password_hash() {
        String username = "audited-" + System.nanoTime();
        Api.Response created = api.post("admin", "/api/v1/users", Map.of("username", username, "password",
                "Long-enough-1", "display_name", "审计", "roles", List.of("RESIDENT"),
                "region_id", users.region("小湖塘社区").id()));

        List<AuditEntry> history = audit.historyOf("UserAccount", created.id(), 10);

        assertThat(history).hasSize(1);
        AuditEntry entry = history.get(0);
        assertThat(entry.actor()).isEqualTo("admin");
        assertThat(entry.action()).isEqualTo("INSERT");
        assertThat(entry.afterState()).contains(username).contains("\"passwordHash\":\"***\"").doesNotContain("{bcrypt}");
        assertThat(entry.regionPath()).isEqualTo(users.region("小湖塘社区").path());
    }

    @Test
    void the_audit_page_shows_a_district_official_only_entries_inside_the_district() {
        UserSummary inTianyuan = users.create("RESIDENT", "小湖塘社区");
        UserSummary inShifeng = users.create("RESIDENT", "李家冲社区");
        Pages.Session tianyuan = pages.signIn("tianyuan");

        Pages.Page page = pages.get(tianyuan, "/audit?entityType=UserAccount&size=200");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains(inTianyuan.username()).doesNotContain(inShifeng.username());
    }

    @Test
    void residents_and_community_workers_may_not_read_the_audit_log() {
        assertThat(pages.get(pages.signIn("resident1"), "/audit").status()).isEqualTo(403);
        assertThat(pages.get(pages.signIn("xiaohutang"), "/audit").status()).isEqualTo(403);
    }
}
