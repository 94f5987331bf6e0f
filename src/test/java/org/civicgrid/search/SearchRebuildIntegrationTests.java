package org.civicgrid.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.search.internal.SearchIndexer;
import org.civicgrid.shared.events.SearchableChanged;
import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import tools.jackson.databind.JsonNode;

/**
 * The administrator's rebuild of the index ({@code POST /api/v1/search/rebuild}): every kind the modules publish
 * comes back from the modules' own records after the index lost it, records gone from the modules leave it, and
 * nobody else may start it.
 */
@IntegrationTest
@EnableScenarios
class SearchRebuildIntegrationTests {

    /** A demo record of every kind the platform's modules publish, and a query that finds it. */
    private static final Map<String, String> DEMO = new LinkedHashMap<>();

    static {
        DEMO.put("case", "天心阁");          // 北岭社区's flooded drains (2022)
        DEMO.put("resident", "丁凡");        // the elderly man living alone in 李家冲社区
        DEMO.put("notice", "工作法");        // 小湖塘社区“3+2”工作法入选全省首批优秀社区工作法
        DEMO.put("river", "湘江");
        DEMO.put("unit", "市残联");
        DEMO.put("enforcement", "凿石路");
    }

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchIndexer indexer;

    @Test
    void after_the_index_lost_every_kind_the_administrators_rebuild_finds_a_record_of_each_again(Scenario scenario) {
        // the demo data's events have reached the index (else one arriving late would refill it by itself)
        scenario.stimulate(() -> null).andWaitAtMost(Duration.ofSeconds(60))
                .andWaitForStateChange(this::kindsFound, found -> found.size() == DEMO.size());

        jdbc.update("delete from search_document where kind in ('case', 'resident', 'notice', 'river', 'unit', "
                + "'enforcement')");
        assertThat(kindsFound()).as("nothing is found once the index lost them").isEmpty();

        Api.Response rebuilt = api.post("admin", "/api/v1/search/rebuild", null);

        assertThat(rebuilt.status()).as(rebuilt.body().toString()).isEqualTo(200);
        assertThat(kindsFound()).containsExactlyElementsOf(DEMO.keySet());
        JsonNode indexed = rebuilt.body().path("indexed");
        DEMO.keySet().forEach(kind -> assertThat(indexed.path(kind).asInt()).as("%s indexed", kind).isPositive());
        assertThat(rebuilt.body().path("rebuildable_kinds").valueStream().map(JsonNode::asString))
                .containsAll(DEMO.keySet());
    }

    @Test
    void a_rebuild_of_one_kind_drops_what_its_module_no_longer_holds_and_keeps_a_newer_version_of_what_it_does(
            Scenario scenario) {
        Api.Response reported = api.post("xiaohutang-grid1", "/api/v1/cases", Map.of("category_code", "street-lamp-fault",
                "description", "葵园北门路灯闪烁", "lat", 27.8300, "lng", 113.0900, "address", "小湖塘社区", "urgency", "NORMAL"));
        assertThat(reported.status()).as(reported.body().toString()).isEqualTo(201);
        String caseId = String.valueOf(reported.id());
        String url = "/cases/" + caseId;
        scenario.stimulate(() -> null).andWaitForStateChange(() -> urls("葵园北门", "case"), found -> found.contains(url));
        String path = jdbc.queryForObject("select region_path from search_document where kind = 'case' and doc_id = ?",
                String.class, caseId);
        Instant lastChanged = jdbc.queryForObject("select updated_at from case_file where id = ?", OffsetDateTime.class,
                reported.id()).toInstant();
        // the index already holds a newer version of the case (an event written while the rebuild read the older
        // one, or an entry an earlier release dated a little later) ...
        indexer.apply(new SearchableChanged("case", caseId, path, "#" + caseId + " 葵园北门 较新的版本", "较新的版本", url,
                lastChanged.plusMillis(1), false));
        // ... and a case casework no longer holds
        String gone = "9" + System.nanoTime();
        indexer.apply(new SearchableChanged("case", gone, path, "#" + gone + " 葵园北门 消失的案卷", "已删除的记录",
                "/cases/" + gone, Instant.now().minusSeconds(60), false));
        assertThat(urls("葵园北门", "case")).contains(url, "/cases/" + gone);

        Api.Response rebuilt = api.post("admin", "/api/v1/search/rebuild?kind=case", null);

        assertThat(rebuilt.status()).isEqualTo(200);
        assertThat(rebuilt.body().path("indexed").propertyNames()).containsExactly("case");
        assertThat(urls("葵园北门", "case")).contains(url).doesNotContain("/cases/" + gone);
        assertThat(urls("较新的版本", "case")).contains(url);
    }

    @Test
    void only_the_platform_administrator_rebuilds_the_index() {
        assertThat(api.post("tianyuan", "/api/v1/search/rebuild", null).problemType()).isEqualTo("forbidden");
        assertThat(api.post("xiaohutang", "/api/v1/search/rebuild?kind=case", null).status()).isEqualTo(403);
        assertThat(api.post("resident1", "/api/v1/search/rebuild", null).status()).isEqualTo(403);
        assertThat(api.post(null, "/api/v1/search/rebuild", null).status()).isEqualTo(401);
    }

    // --- helpers

    /** The kinds of which the administrator finds the demo record, in the order of {@link #DEMO}. */
    private List<String> kindsFound() {
        return DEMO.entrySet().stream().filter(e -> !urls(e.getValue(), e.getKey()).isEmpty()).map(Map.Entry::getKey)
                .toList();
    }

    private List<String> urls(String q, String kind) {
        Api.Response r = api.get("admin", "/api/v1/search?q={q}&kind={k}&size=50", q, kind);
        assertThat(r.status()).as("search: %s", r.body()).isEqualTo(200);
        return r.body().path("items").findValuesAsString("url");
    }
}
