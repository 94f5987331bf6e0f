package org.civicgrid.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.shared.events.SearchableChanged;
import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Publishing: sanitised, scheduled, pinned, withdrawn, scoped — and announced to search as kind "notice". */
@IntegrationTest
@RecordApplicationEvents
class NoticeIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    NoticeManagement notices;

    @Autowired
    ApplicationEvents events;

    static Map<String, Object> article(String title, String body) {
        Map<String, Object> a = new HashMap<>();
        a.put("category", "NOTICE");
        a.put("title", title);
        a.put("body", body);
        return a;
    }

    private MockHttpServletResponse page(String path, Object... vars) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path, vars)).andReturn().getResponse();
    }

    private long communityId() {
        return users.region("小湖塘社区").id();
    }

    @Test
    void a_worker_publishes_and_anyone_reads_it_on_the_public_site_without_signing_in() throws Exception {
        String title = "停水通知 " + System.nanoTime();
        Api.Response r = api.post("xiaohutang", "/api/v1/notices", article(title, "<p>7月5日8:00—12:00 停水。</p>"));

        MockHttpServletResponse article = page("/public/notices/{id}", r.id());
        MockHttpServletResponse community = page("/public/communities/{id}", communityId());

        assertThat(r.status()).isEqualTo(201);
        assertThat(article.getStatus()).isEqualTo(200);
        assertThat(article.getContentAsString(StandardCharsets.UTF_8)).contains(title).contains("7月5日8:00—12:00 停水。");
        assertThat(community.getContentAsString(StandardCharsets.UTF_8)).contains(title);
    }

    @Test
    void script_injection_in_the_body_is_stored_and_shown_harmless() throws Exception {
        Api.Response r = api.post("xiaohutang", "/api/v1/notices",
                article("活动 " + System.nanoTime(), "<p>欢迎参加<script>alert('x')</script></p><img src=x onerror=alert(1)>"));

        String html = page("/public/notices/{id}", r.id()).getContentAsString(StandardCharsets.UTF_8);

        assertThat(r.text("body_html")).doesNotContain("script", "onerror");
        assertThat(html).contains("欢迎参加").doesNotContain("alert('x')").doesNotContain("onerror");
    }

    @Test
    void a_scheduled_article_stays_hidden_until_its_time_and_is_then_announced_to_search() throws Exception {
        Map<String, Object> body = article("预告 " + System.nanoTime(), "下周六开展义诊。");
        body.put("publish_at", OffsetDateTime.now().plusHours(1).toString());
        Api.Response r = api.post("xiaohutang", "/api/v1/notices", body);

        assertThat(page("/public/notices/{id}", r.id()).getStatus()).isEqualTo(404);
        assertThat(announcements(r.id())).isZero();

        notices.announceDue(Instant.now().plus(Duration.ofHours(2)));

        assertThat(announcements(r.id())).isEqualTo(1);
        SearchableChanged event = events.stream(SearchableChanged.class)
                .filter(e -> e.id().equals(String.valueOf(r.id()))).findFirst().orElseThrow();
        assertThat(event.kind()).isEqualTo("notice");
        assertThat(event.url()).isEqualTo("/public/notices/" + r.id());
        assertThat(event.regionPath()).isEqualTo(users.region("小湖塘社区").path());
        assertThat(event.removed()).isFalse();
    }

    private long announcements(long id) {
        return events.stream(SearchableChanged.class).filter(e -> e.id().equals(String.valueOf(id)) && !e.removed()).count();
    }

    @Test
    void publishing_now_announces_at_once_and_withdrawing_removes_it_from_search_and_the_site() throws Exception {
        Api.Response r = api.post("xiaohutang", "/api/v1/notices", article("撤回测试 " + System.nanoTime(), "内容"));

        Api.Response withdrawn = api.post("xiaohutang", "/api/v1/notices/{id}/withdraw", null, r.id());

        assertThat(announcements(r.id())).isEqualTo(1);
        assertThat(withdrawn.text("status")).isEqualTo("WITHDRAWN");
        assertThat(events.stream(SearchableChanged.class).filter(e -> e.id().equals(String.valueOf(r.id())) && e.removed()))
                .hasSize(1);
        assertThat(page("/public/notices/{id}", r.id()).getStatus()).isEqualTo(404);
    }

    @Test
    void a_draft_is_not_public() throws Exception {
        Map<String, Object> body = article("草稿 " + System.nanoTime(), "未完成");
        body.put("publish", false);

        Api.Response r = api.post("xiaohutang", "/api/v1/notices", body);

        assertThat(r.text("status")).isEqualTo("DRAFT");
        assertThat(page("/public/notices/{id}", r.id()).getStatus()).isEqualTo(404);
    }

    @Test
    void a_pinned_notice_comes_first_in_its_community_even_when_older() {
        Map<String, Object> pinned = article("置顶 " + System.nanoTime(), "重要");
        pinned.put("pinned", true);
        pinned.put("publish_at", OffsetDateTime.now().minusDays(30).toString());
        api.post("xiaohutang", "/api/v1/notices", pinned);
        long newer = api.post("xiaohutang", "/api/v1/notices", article("较新 " + System.nanoTime(), "普通")).id();

        List<ArticleView> list = notices.publicFor(users.region("小湖塘社区"), null, PageRequest.of(0, 200)).getContent();

        assertThat(list.get(0).pinned()).isTrue();
        int firstUnpinned = list.indexOf(list.stream().filter(a -> !a.pinned()).findFirst().orElseThrow());
        assertThat(list.subList(0, firstUnpinned)).allMatch(ArticleView::pinned);
        assertThat(list.get(firstUnpinned).id()).isEqualTo(newer);
    }

    @Test
    void staff_manage_only_their_region_s_articles_and_residents_do_not_publish() {
        long id = api.post("xiaohutang", "/api/v1/notices", article("范围 " + System.nanoTime(), "内容")).id();

        assertThat(api.get("lijiachong", "/api/v1/notices/{id}", id).status()).isEqualTo(404);
        assertThat(api.get("tianyuan", "/api/v1/notices/{id}", id).status()).isEqualTo(200);
        assertThat(api.post("resident1", "/api/v1/notices", article("x", "y")).status()).isEqualTo(403);
    }

    @Test
    void an_article_without_text_or_with_an_unknown_category_is_400() {
        Map<String, Object> body = article("空", "<script>only</script>");
        body.put("category", "GOSSIP");

        Api.Response r = api.post("xiaohutang", "/api/v1/notices", body);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().path("errors").valueStream().map(e -> e.path("field").asString())).contains("category", "body");
    }
}
