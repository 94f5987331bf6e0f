package org.civicgrid.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.civicgrid.access.UserSummary;
import org.civicgrid.audit.AuditEntry;
import org.civicgrid.audit.AuditLog;
import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.Pages;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class MyDataIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    Pages pages;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog audit;

    @Autowired
    PersonalDataExport export;

    @Test
    void a_resident_downloads_their_account_as_a_file_named_after_them_and_the_download_is_audited() {
        UserSummary resident = users.create("RESIDENT", "小湖塘社区");

        Api.Response copy = api.get(resident.username(), "/api/v1/me/data");

        assertThat(copy.status()).isEqualTo(200);
        assertThat(copy.raw().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
                .contains("civicgrid-" + resident.username() + "-");
        assertThat(copy.body().path("username").asString()).isEqualTo(resident.username());
        JsonNode account = copy.body().path("sections").path("account");
        assertThat(account.path("username").asString()).isEqualTo(resident.username());
        assertThat(account.path("display_name").asString()).isEqualTo(resident.displayName());
        assertThat(account.path("roles").get(0).asString()).isEqualTo("RESIDENT");
        assertThat(account.path("region").get(0).asString()).isEqualTo("株洲市");
        assertThat(account.path("region").get(account.path("region").size() - 1).asString()).isEqualTo("小湖塘社区");
        assertThat(account.toString()).doesNotContain("password", "bcrypt");
        List<AuditEntry> views = audit.historyOf("User", resident.id(), 5);
        assertThat(views).extracting(AuditEntry::action).containsExactly("VIEW");
        assertThat(views.get(0).actor()).isEqualTo(resident.username());
    }

    @Test
    void the_download_holds_every_section_the_page_lists_even_when_empty() {
        UserSummary resident = users.create("RESIDENT", "李家冲社区");

        JsonNode sections = api.get(resident.username(), "/api/v1/me/data").body().path("sections");

        assertThat(sections.propertyNames()).containsExactlyElementsOf(export.sectionIds());
        Pages.Session session = pages.signIn(resident.username());
        assertThat(pages.get(session, "/").html()).contains("href=\"/me/data\"").contains("我的数据");
        Pages.Page page = pages.get(session, "/me/data");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("下载我的数据").contains("href=\"/me/data/download\"");
    }

    @Test
    void the_page_s_download_is_the_same_copy_for_the_signed_in_user() {
        UserSummary resident = users.create("RESIDENT", "小湖塘社区");

        Pages.Page file = pages.get(pages.signIn(resident.username()), "/me/data/download");

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.raw().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");
        assertThat(file.html()).contains("\"username\":\"" + resident.username() + "\"");
    }

    @Test
    void without_signing_in_there_is_no_copy() {
        assertThat(api.get(null, "/api/v1/me/data").status()).isEqualTo(401);
        assertThat(pages.get(null, "/me/data/download").status()).isIn(302, 401);
    }
}
