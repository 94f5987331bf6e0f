package org.civicgrid.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.Role;
import org.civicgrid.access.UserSummary;
import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;

/**
 * A resident's journey through the pages, as a phone would make it (enrol, vote, read a notice, apply),
 * and the pages workers and officials use. Server-side only: the browser journey waits for the project's
 * browser-test support.
 */
@IntegrationTest
class ResidentPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Api api;

    @Autowired
    TestUsers users;

    private static MockHttpServletRequestBuilder as(UserSummary u, MockHttpServletRequestBuilder request) {
        CurrentUser me = new CurrentUser(u.id(), u.username(), u.displayName(), u.roles(), u.regionId(), u.regionPath());
        return request.with(authentication(new TestingAuthenticationToken(me, null,
                u.roles().stream().map(Role::authority).toArray(String[]::new))));
    }

    private MockHttpServletResponse get(UserSummary u, String path, Object... vars) throws Exception {
        return mvc.perform(as(u, MockMvcRequestBuilders.get(path, vars))).andReturn().getResponse();
    }

    private MockHttpServletResponse post(UserSummary u, String path, Map<String, String> form, Object... vars)
            throws Exception {
        return submit(u, path, form, vars).getResponse();
    }

    private MvcResult submit(UserSummary u, String path, Map<String, String> form, Object... vars) throws Exception {
        MockHttpServletRequestBuilder request = as(u, MockMvcRequestBuilders.post(path, vars)).with(csrf());
        form.forEach(request::param);
        return mvc.perform(request).andReturn();
    }

    private static String html(MockHttpServletResponse r) throws Exception {
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void a_resident_enrols_votes_reads_a_notice_and_applies_on_the_pages() throws Exception {
        UserSummary resident = users.create("RESIDENT", "小湖塘社区");
        long course = api.post("xiaohutang", "/api/v1/courses", Map.of("title", "书法班（页面）" + System.nanoTime(),
                "capacity", 5, "enrolment_rule", "FIRST_COME", "waiting_list", false,
                "starts_on", LocalDate.now().plusDays(3).toString(),
                "ends_on", LocalDate.now().plusDays(60).toString())).id();
        JsonNode campaign = api.post("xiaohutang", "/api/v1/campaigns", Map.of("title", "最美邻居（页面）",
                "opens_at", OffsetDateTime.now().minusDays(1).toString(),
                "closes_at", OffsetDateTime.now().plusDays(1).toString(), "rule", "ONE_PER_CANDIDATE",
                "votes_allowed", 1, "candidates", List.of(Map.of("name", "陈老师")))).body();
        long notice = api.post("xiaohutang", "/api/v1/notices", Map.of("category", "NOTICE", "title", "停电通知（页面）",
                "body", "周六上午检修线路。")).id();

        assertThat(html(get(resident, "/courses"))).contains("书法班（页面）");
        MockHttpServletResponse enrolled = post(resident, "/courses/{id}/enrol", Map.of(), course);
        assertThat(enrolled.getRedirectedUrl()).isEqualTo("/courses/" + course);
        assertThat(html(get(resident, "/courses/{id}", course))).contains("退课");

        long candidate = campaign.path("candidates").get(0).path("id").asLong();
        MvcResult voted = submit(resident, "/campaigns/{id}/candidates/{c}/vote", Map.of(),
                campaign.path("id").asLong(), candidate);
        assertThat(voted.getFlashMap().get("flash")).isEqualTo("campaigns.voted");
        MvcResult again = submit(resident, "/campaigns/{id}/candidates/{c}/vote", Map.of(),
                campaign.path("id").asLong(), candidate);
        assertThat((String) again.getFlashMap().get("flashError")).contains("投过票");

        assertThat(html(mvc.perform(MockMvcRequestBuilders.get("/public/notices/{id}", notice)).andReturn().getResponse()))
                .contains("周六上午检修线路。");

        MockHttpServletResponse applied = post(resident, "/applications", Map.of("serviceType", "RESIDENCE_CERTIFICATE",
                "applicantName", resident.displayName(), "phone", "13512345678", "details", "孩子入学"));
        assertThat(applied.getRedirectedUrl()).startsWith("/applications/");
        assertThat(html(get(resident, applied.getRedirectedUrl()))).contains("孩子入学").contains("居住证明");
    }

    @Test
    void a_full_class_tells_the_resident_in_words_instead_of_an_error_page() throws Exception {
        long course = api.post("xiaohutang", "/api/v1/courses", Map.of("title", "微信班（页面）", "capacity", 1,
                "enrolment_rule", "FIRST_COME", "waiting_list", false,
                "starts_on", LocalDate.now().plusDays(3).toString(),
                "ends_on", LocalDate.now().plusDays(60).toString())).id();
        post(users.create("RESIDENT", "小湖塘社区"), "/courses/{id}/enrol", Map.of(), course);

        MvcResult r = submit(users.create("RESIDENT", "小湖塘社区"), "/courses/{id}/enrol", Map.of(), course);

        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        assertThat(r.getFlashMap().get("flashError")).isEqualTo("名额已满。");
    }

    @Test
    void a_worker_opens_a_class_on_the_page_and_bad_input_comes_back_with_field_errors() throws Exception {
        UserSummary worker = users.create("COMMUNITY_WORKER", "小湖塘社区");
        Map<String, String> form = new HashMap<>(Map.of("title", "非洲鼓班（页面）", "programme", "COMMUNITY_ACADEMY",
                "capacity", "20", "enrolmentRule", "FIRST_COME", "waitingList", "true",
                "startsOn", LocalDate.now().plusDays(3).toString(),
                "endsOn", LocalDate.now().plusDays(1).toString()));

        MockHttpServletResponse bad = post(worker, "/courses", form);
        form.put("endsOn", LocalDate.now().plusDays(90).toString());
        MockHttpServletResponse good = post(worker, "/courses", form);

        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(html(bad)).contains("error-summary");
        assertThat(good.getRedirectedUrl()).startsWith("/courses/");
        assertThat(html(get(worker, good.getRedirectedUrl()))).contains("非洲鼓班（页面）").contains("按周排课");
    }

    @Test
    void the_pages_of_each_role_render() throws Exception {
        UserSummary resident = users.create("RESIDENT", "小湖塘社区");
        UserSummary worker = users.create("COMMUNITY_WORKER", "小湖塘社区");
        UserSummary official = users.create("DISTRICT_OFFICIAL", "天元区");

        for (String path : new String[] {"/courses", "/counselling", "/campaigns", "/applications", "/applications/new"}) {
            assertThat(get(resident, path).getStatus()).as(path).isEqualTo(200);
        }
        for (String path : new String[] {"/courses/new", "/counselling", "/notices", "/notices/new", "/guides",
                "/guides/new", "/applications/inbox", "/campaigns/new"}) {
            assertThat(get(worker, path).getStatus()).as(path).isEqualTo(200);
        }
        for (String path : new String[] {"/campaigns", "/campaigns/new", "/courses", "/notices"}) {
            assertThat(get(official, path).getStatus()).as(path).isEqualTo(200);
        }
        for (String path : new String[] {"/public", "/public/guides", "/public/campaigns", "/public/feed.atom"}) {
            assertThat(mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse().getStatus()).as(path)
                    .isEqualTo(200);
        }
    }

    @Test
    void edit_forms_open_only_for_the_staff_of_the_records_region() throws Exception {
        // found by the authorization matrix: a guide's edit form opened for everyone, also for another community's
        // worker, and a class's edit form for its residents
        long guide = api.post("xiaohutang", "/api/v1/guides", Map.of("title", "居住证办理（编辑）" + System.nanoTime()))
                .id();
        Api.Response opened = api.post("xiaohutang", "/api/v1/courses", Map.of("title", "太极班（编辑）" + System.nanoTime(),
                "capacity", 5, "enrolment_rule", "FIRST_COME", "waiting_list", false,
                "starts_on", LocalDate.now().plusDays(10).toString(),
                "ends_on", LocalDate.now().plusDays(40).toString()));
        assertThat(opened.status()).isEqualTo(201);
        long course = opened.id();
        UserSummary worker = users.create("COMMUNITY_WORKER", "小湖塘社区");
        UserSummary elsewhere = users.create("COMMUNITY_WORKER", "李家冲社区");
        UserSummary resident = users.create("RESIDENT", "小湖塘社区");

        assertThat(get(worker, "/guides/{id}/edit", guide).getStatus()).isEqualTo(200);
        assertThat(get(elsewhere, "/guides/{id}/edit", guide).getStatus()).isEqualTo(404);
        assertThat(get(resident, "/guides/{id}/edit", guide).getStatus()).isEqualTo(403);
        assertThat(get(worker, "/courses/{id}/edit", course).getStatus()).isEqualTo(200);
        assertThat(get(elsewhere, "/courses/{id}/edit", course).getStatus()).isEqualTo(404);
        assertThat(get(resident, "/courses/{id}/edit", course).getStatus()).isEqualTo(403);
        assertThat(get(resident, "/courses/{id}", course).getStatus()).isEqualTo(200);
    }
}
