package org.civicgrid.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.civicgrid.search.SearchDocument;
import org.civicgrid.search.SearchRequest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Latency of the PostgreSQL index over many synthetic case records (excluded from the normal build; run
 * with {@code -Dgroups=benchmark -Dtest=SearchBenchmarkTests}). Settings: {@code SEARCH_BENCH_URL}
 * (a PostgreSQL database of its own, default {@code civicgrid_search_bench} on localhost),
 * {@code SEARCH_BENCH_DOCS} (records to have in the index, default 200,000; already-loaded ones are kept),
 * {@code SEARCH_BENCH_P95_MS} (the bound asserted, default 300).
 */
@Tag("benchmark")
class SearchBenchmarkTests {

    static final String[] PROBLEMS = {"井盖破损", "下水道堵塞", "垃圾中转站臭气熏天", "飞线充电", "占道经营", "机动车违停",
        "路灯不亮", "健身器材损坏", "路面坑洼不平", "楼道堆放杂物", "噪音扰民", "违规搭建", "污水外溢", "树木倒伏",
        "共享单车乱停放", "小广告乱张贴", "油烟扰民", "电动车进楼道", "消防通道堵塞", "化粪池满溢"};
    static final String[] PLACES = {"小湖塘", "李家冲", "袁家湾", "湘华", "月桂", "大岭", "天台", "南苑", "幸福", "友好",
        "大塘冲", "北岭", "荷包", "屏山", "胜利", "草坪", "仙庾岭", "道田", "湘江", "菜坪"};
    static final String[] STREETS = {"凿石路", "博古山路", "栗雨南路", "黄河北路", "长江北路", "泰山路", "嵩山路", "建设南路",
        "车站路", "人民南路", "芦淞路", "中南路", "田心路", "石宋路"};

    @Test
    void the_ninety_fifth_percentile_stays_within_bounds() throws Exception {
        String url = env("SEARCH_BENCH_URL", "jdbc:postgresql://127.0.0.1:5432/civicgrid_search_bench");
        int docs = Integer.parseInt(env("SEARCH_BENCH_DOCS", "200000"));
        long bound = Long.parseLong(env("SEARCH_BENCH_P95_MS", "300"));
        SingleConnectionDataSource ds = new SingleConnectionDataSource(url, env("SEARCH_BENCH_USER", "postgres"),
                env("SEARCH_BENCH_PASSWORD", ""), true);
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        Integer exists = jdbc.queryForObject("select count(*) from information_schema.tables where table_name = "
                + "'search_document'", Integer.class);
        if (exists == null || exists == 0) {
            String ddl = new String(new ClassPathResource("db/vendor/postgresql/V700__search_index.sql")
                    .getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            for (String statement : ddl.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    jdbc.execute(statement);
                }
            }
        }
        DatabaseSearchBackend backend = new DatabaseSearchBackend(jdbc, new PostgresFlavour(), Clock.systemUTC());
        load(jdbc, backend, ds, docs);

        Random random = new Random(7);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String problem = PROBLEMS[random.nextInt(PROBLEMS.length)];
            queries.add(problem.substring(0, 2));
            queries.add(PLACES[random.nextInt(PLACES.length)] + " " + problem.substring(1, 3));
            queries.add(STREETS[random.nextInt(STREETS.length)]);
            queries.add("社区");
            queries.add(String.valueOf(100 + random.nextInt(900)) + "号");
        }
        List<String> scopes = List.of("/1/", "/1/3/", "/1/3/42/", "/1/3/42/523/");
        List<Long> times = new ArrayList<>();
        List<String> slow = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            String scope = scopes.get(i % scopes.size());
            long started = System.nanoTime();
            backend.find(new SearchRequest(queries.get(i), scope, Set.of(), 0, 21));
            long ms = (System.nanoTime() - started) / 1_000_000;
            times.add(ms);
            if (ms > bound / 3) {
                slow.add(ms + " ms: " + queries.get(i) + " in " + scope);
            }
        }
        slow.forEach(line -> System.out.println("slow query " + line));
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        long p50 = sorted[sorted.length / 2];
        long p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
        System.out.printf("search benchmark: %d records, %d queries, p50 %d ms, p95 %d ms, max %d ms%n",
                jdbc.queryForObject("select count(*) from search_document", Long.class), sorted.length, p50, p95,
                sorted[sorted.length - 1]);
        assertThat(p95).isLessThanOrEqualTo(bound);
        ds.destroy();
    }

    /** Synthetic cases: problem, place, street, house number, spread evenly over the last three years and a 4-level region tree. */
    private static void load(JdbcTemplate jdbc, DatabaseSearchBackend backend, SingleConnectionDataSource ds, int docs) {
        Long have = jdbc.queryForObject("select count(*) from search_document", Long.class);
        int from = have == null ? 0 : have.intValue();
        if (from >= docs) {
            return;
        }
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        Random random = new Random(from);
        Duration span = Duration.ofDays(3 * 365);
        Instant start = Instant.now().minus(span);
        for (int batch = from; batch < docs; batch += 1000) {
            int first = batch;
            tx.executeWithoutResult(status -> {
                List<SearchDocument> chunk = new ArrayList<>();
                for (int i = first; i < Math.min(first + 1000, docs); i++) {
                    String problem = PROBLEMS[random.nextInt(PROBLEMS.length)];
                    String place = PLACES[random.nextInt(PLACES.length)];
                    String street = STREETS[random.nextInt(STREETS.length)];
                    int district = 2 + random.nextInt(10);
                    int streetId = 10 + district * 10 + random.nextInt(10);
                    int community = 100 + streetId * 10 + random.nextInt(10);
                    String path = "/1/" + district + "/" + streetId + "/" + community + "/";
                    String title = problem + " · " + street + (1 + random.nextInt(999)) + "号";
                    String text = place + "社区居民反映" + street + "附近" + problem + "，已" + Arrays.asList("上报", "立案",
                            "派遣", "处置", "核查", "结案").get(random.nextInt(6)) + "。网格员现场核实，情况属实，请相关部门尽快处理。";
                    chunk.add(new SearchDocument("case", "c" + i, path, title, text, "/cases/" + i,
                            start.plus(span.multipliedBy(i).dividedBy(docs))));
                }
                backend.upsertAll(chunk);
            });
        }
        jdbc.execute("analyze search_document");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
