package org.civicgrid.search;

import static org.civicgrid.support.Workbooks.firstSheet;
import static org.civicgrid.support.Workbooks.text;
import static org.civicgrid.support.Workbooks.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.search.internal.SearchIndexer;
import org.civicgrid.shared.events.SearchableChanged;
import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.Pages;
import org.civicgrid.support.Sessions;
import org.civicgrid.support.TestUsers;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.modulith.test.Scenario.When;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * The index as officials see it, fed by {@link SearchableChanged} events of made-up kinds (one per test,
 * so tests never see each other's records): Chinese substrings, ranking, scope, removal, paging.
 */
@IntegrationTest
@EnableScenarios
class SearchIntegrationTests {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    Api api;

    @Autowired
    TestUsers users;

    @Autowired
    SearchIndexer indexer;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Pages pages;

    @Test
    void two_chinese_characters_find_a_record_that_holds_them_inside_a_longer_word(Scenario scenario) {
        String kind = kind();
        publish(scenario, doc(kind, "1", xiaohutang(), "排水设施巡查", "居民反映下水道堵塞严重，污水外溢。", 0))
                .andWaitForStateChange(() -> titles("xiaohutang", "水道", kind), t -> !t.isEmpty());

        assertThat(titles("xiaohutang", "水道", kind)).containsExactly("排水设施巡查");
        assertThat(titles("xiaohutang", "道堵", kind)).containsExactly("排水设施巡查");
        assertThat(titles("xiaohutang", "设施", kind)).containsExactly("排水设施巡查");
        assertThat(titles("xiaohutang", "下水道堵塞", kind)).containsExactly("排水设施巡查");
        assertThat(titles("xiaohutang", "污", kind)).containsExactly("排水设施巡查");
        assertThat(titles("xiaohutang", "水沟", kind)).isEmpty();
        assertThat(titles("xiaohutang", "道水", kind)).isEmpty();
    }

    @Test
    void exact_phrase_in_the_title_ranks_first_then_every_term_in_the_title_then_the_text_newest_first(
            Scenario scenario) {
        String kind = kind();
        String path = xiaohutang();
        publish(scenario,
                doc(kind, "text-only", path, "巡查记录", "发现井盖 破损，已通知物业", 60),
                doc(kind, "title-terms", path, "破损的井盖", "待修", 30),
                doc(kind, "phrase-new", path, "东门井盖 破损", "", -60),
                doc(kind, "phrase-old", path, "井盖 破损 第二处", "", -120),
                doc(kind, "one-term", path, "井盖巡查", "一切正常", 90))
                .andWaitForStateChange(() -> titles("xiaohutang", "井盖", kind), t -> t.size() == 5);

        assertThat(titles("xiaohutang", "井盖 破损", kind))
                .containsExactly("东门井盖 破损", "井盖 破损 第二处", "破损的井盖", "巡查记录");
        assertThat(titles("xiaohutang", "井盖", kind)).first().isEqualTo("井盖巡查");
    }

    @Test
    void a_community_worker_never_sees_another_communitys_records(Scenario scenario) {
        String kind = kind();
        publish(scenario,
                doc(kind, "x", xiaohutang(), "丁凡走访记录 小湖塘", "独居老人 走访", 0),
                doc(kind, "l", users.region("李家冲社区").path(), "丁凡走访记录 李家冲", "独居老人 走访", 0))
                .andWaitForStateChange(() -> titles("admin", "丁凡", kind), t -> t.size() == 2);

        assertThat(titles("xiaohutang", "丁凡", kind)).containsExactly("丁凡走访记录 小湖塘");
        assertThat(titles("lijiachong", "丁凡", kind)).containsExactly("丁凡走访记录 李家冲");
        assertThat(titles("tianyuan", "丁凡", kind)).containsExactly("丁凡走访记录 小湖塘");
        assertThat(titles("admin", "丁凡", kind)).hasSize(2);
        assertThat(api.get("resident1", "/api/v1/search?q=丁凡").status()).isEqualTo(403);
        assertThat(api.get("hexiaomin", "/api/v1/search?q=丁凡").status()).isEqualTo(403);
    }

    @Test
    void a_removed_record_leaves_the_index_and_a_late_older_event_does_not_bring_it_back(Scenario scenario) {
        String kind = kind();
        Instant base = Instant.now();
        publish(scenario, new SearchableChanged(kind, "9", xiaohutang(), "违规搭建举报", "楼顶违建", "/x/9", base, false))
                .andWaitForStateChange(() -> titles("xiaohutang", "违建", kind), t -> !t.isEmpty());

        publish(scenario, new SearchableChanged(kind, "9", xiaohutang(), null, null, null, base.plusSeconds(5), true))
                .andWaitForStateChange(() -> titles("xiaohutang", "违建", kind), List::isEmpty);

        indexer.apply(new SearchableChanged(kind, "9", xiaohutang(), "违规搭建举报", "楼顶违建", "/x/9", base.plusSeconds(1),
                false));
        assertThat(titles("xiaohutang", "违建", kind)).isEmpty();
    }

    @Test
    void an_older_version_never_replaces_a_newer_one() {
        String kind = kind();
        Instant base = Instant.now();
        indexer.apply(new SearchableChanged(kind, "5", xiaohutang(), "新标题 路灯", "", "/x/5", base.plusSeconds(10), false));
        indexer.apply(new SearchableChanged(kind, "5", xiaohutang(), "旧标题 路灯", "", "/x/5", base, false));

        assertThat(titles("xiaohutang", "路灯", kind)).containsExactly("新标题 路灯");
    }

    @Test
    void results_come_in_pages_with_a_next_page_flag_and_snake_case_fields(Scenario scenario) {
        String kind = kind();
        publish(scenario, doc(kind, "a", xiaohutang(), "健身器材损坏 一", "健身器材单杠松动", 3),
                doc(kind, "b", xiaohutang(), "健身器材损坏 二", "", 2), doc(kind, "c", xiaohutang(), "健身器材损坏 三", "", 1))
                .andWaitForStateChange(() -> titles("xiaohutang", "器材", kind), t -> t.size() == 3);

        JsonNode first = api.get("xiaohutang", "/api/v1/search?q={q}&kind={k}&size=2", "器材", kind).body();
        assertThat(first.path("has_next").asBoolean()).isTrue();
        assertThat(first.path("items")).hasSize(2);
        JsonNode hit = first.path("items").get(0);
        assertThat(hit.path("title").asString()).isEqualTo("健身器材损坏 一");
        assertThat(hit.path("url").asString()).isEqualTo("/test/a");
        assertThat(hit.path("snippet").get(1).path("text").asString()).isEqualTo("器材");
        assertThat(hit.path("snippet").get(1).path("match").asBoolean()).isTrue();
        assertThat(hit.path("region_name").asString()).isEqualTo("小湖塘社区");
        assertThat(hit.path("kind").asString()).isEqualTo(kind);
        JsonNode second = api.get("xiaohutang", "/api/v1/search?q={q}&kind={k}&size=2&page=1", "器材", kind).body();
        assertThat(second.path("has_next").asBoolean()).isFalse();
        assertThat(second.path("items").findValuesAsString("title")).containsExactly("健身器材损坏 三");
    }

    @Test
    void bad_search_parameters_are_400_problems_and_a_blank_query_finds_nothing() {
        assertThat(api.get("xiaohutang", "/api/v1/search?q={q}", "长".repeat(101)).status()).isEqualTo(400);
        assertThat(api.get("xiaohutang", "/api/v1/search?q=a&size=0").status()).isEqualTo(400);
        assertThat(api.get("xiaohutang", "/api/v1/search?q=a&kind={k}", "Not A Kind").problemType()).isEqualTo("validation");
        Api.Response blank = api.get("xiaohutang", "/api/v1/search?q={q}", "  ");
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.body().path("items")).isEmpty();
    }

    @Test
    void enforcement_operations_are_found_by_their_roads_inside_the_district(Scenario scenario) {
        scenario.stimulate(() -> null)
                .andWaitForStateChange(() -> titles("tianyuan", "凿石路", "enforcement"), t -> !t.isEmpty())
                .andVerify(t -> assertThat(t).anySatisfy(title -> assertThat(title).startsWith("第五次创文联合执法")));
        assertThat(titles("tianyuan", "栗雨", "enforcement")).isNotEmpty();
        assertThat(titles("lijiachong", "凿石路", "enforcement")).isEmpty();
    }

    @Test
    void typing_in_the_search_page_swaps_in_just_the_results(Scenario scenario) throws Exception {
        String kind = kind();
        publish(scenario, doc(kind, "p", xiaohutang(), "楼道堆放杂物", "消防通道堵塞", 0))
                .andWaitForStateChange(() -> titles("xiaohutang", "杂物", kind), t -> !t.isEmpty());
        var auth = Sessions.as(accounts, "xiaohutang");

        String fragment = mvc.perform(get("/search").param("q", "杂物").param("kind", kind).header("HX-Request", "true")
                .with(auth)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String page = mvc.perform(get("/search").param("q", "杂物").param("kind", kind).with(auth))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(fragment).contains("楼道堆放杂物", "id=\"search-results\"").doesNotContain("site-header");
        assertThat(page).contains("楼道堆放杂物", "site-header", "id=\"q\"");
    }

    @Test
    void on_postgresql_the_query_is_answered_by_the_gin_index() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            Assumptions.assumeTrue(c.getMetaData().getDatabaseProductName().contains("PostgreSQL"), "PostgreSQL only");
        }
        String kind = kind();
        indexer.apply(new SearchableChanged(kind, "g", xiaohutang(), "垃圾中转站臭气", "居民投诉", "/x/g", Instant.now(),
                false));
        assertThat(jdbc.queryForObject("select tsv::text from search_document where kind = ?", String.class, kind))
                .contains("'垃圾'", "'中转'", "'@k:" + kind + "'");

        List<String> plan = new TransactionTemplate(new org.springframework.jdbc.datasource.DataSourceTransactionManager(
                dataSource)).execute(status -> {
                    jdbc.execute("set local enable_seqscan = off");
                    return jdbc.queryForList("explain select doc_id from search_document where tsv @@ "
                            + "cast('''中转'' & ''@k:" + kind + "''' as tsquery)", String.class);
                });
        assertThat(String.join("\n", plan)).contains("search_document_tsv_idx");
        assertThat(titles("xiaohutang", "中转", kind)).containsExactly("垃圾中转站臭气");
    }

    @Test
    void an_official_exports_every_page_of_the_results_they_see_and_nothing_of_another_community() throws Exception {
        String kind = kind();
        for (int i = 1; i <= 23; i++) {
            indexer.apply(doc(kind, "x" + i, xiaohutang(), "导出检索 第" + i + "条", "井盖松动 待修", -i));
        }
        indexer.apply(doc(kind, "l", users.region("李家冲社区").path(), "导出检索 李家冲", "井盖松动 待修", 0));
        Pages.Session worker = pages.signIn("xiaohutang");
        String query = "/search/export?q=导出检索&kind=" + kind;

        assertThat(pages.get(worker, "/search?q=导出检索&kind=" + kind).html()).contains("/search/export?q=");
        List<Row> rows = firstSheet(pages.get(worker, query));
        assertThat(texts(rows.get(0))).containsExactly("类型 Kind", "标题 Title", "区域 Region", "日期 Date",
                "摘要 Snippet", "链接 Link");
        List<String> titles = rows.stream().skip(1).map(r -> text(r, 1)).toList();
        assertThat(titles).hasSize(23).contains("导出检索 第1条", "导出检索 第23条").doesNotContain("导出检索 李家冲");
        Row first = rows.get(1);
        assertThat(texts(first)).containsExactly(kind, "导出检索 第1条", "小湖塘社区", text(first, 3), "井盖松动 待修",
                "/test/x1");
        assertThat(first.getCellAsDate(3)).isPresent();
        assertThat(firstSheet(pages.get(pages.signIn("admin"), query))).hasSize(25);
        assertThat(firstSheet(pages.get(worker, "/search/export?q=导出检索&kind=" + kind()))).hasSize(1);
        assertThat(pages.get(pages.signIn("hexiaomin"), query).status()).isEqualTo(403);
        assertThat(pages.get(pages.signIn("resident1"), query).status()).isEqualTo(403);
    }

    // --- helpers

    private static String kind() {
        return "t" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQ.incrementAndGet();
    }

    private String xiaohutang() {
        return users.region("小湖塘社区").path();
    }

    /** A record changed {@code minutesAgo} minutes ago (negative: in the past; the bigger, the newer). */
    private static SearchableChanged doc(String kind, String id, String path, String title, String text, int minutes) {
        return new SearchableChanged(kind, id, path, title, text, "/test/" + id,
                Instant.now().plus(Duration.ofMinutes(minutes)), false);
    }

    private static When<Void> publish(Scenario scenario, SearchableChanged... events) {
        java.util.function.BiConsumer<org.springframework.transaction.support.TransactionOperations,
                org.springframework.context.ApplicationEventPublisher> stimulus = (tx, publisher) ->
                tx.executeWithoutResult(status -> {
                    for (SearchableChanged e : events) {
                        publisher.publishEvent(e);
                    }
                });
        return scenario.stimulate(stimulus);
    }

    private List<String> titles(String user, String q, String kind) {
        Api.Response r = api.get(user, "/api/v1/search?q={q}&kind={k}&size=50", q, kind);
        assertThat(r.status()).as("search as %s: %s", user, r.body()).isEqualTo(200);
        return r.body().path("items").findValuesAsString("title");
    }
}
