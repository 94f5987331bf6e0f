package org.civicgrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.civicgrid.cases.internal.CaseTallies;
import org.civicgrid.shared.tally.RegionTallies;
import org.civicgrid.support.Api;
import org.civicgrid.support.Api.Response;
import org.civicgrid.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's case figures are kept by every write rather than counted per page view: after any mix of
 * reports, steps, merges and supervision — one after another or at the same time, with the job folding
 * the changes in beside them or not at all — every region's figures equal a count of the cases at or under it.
 */
@IntegrationTest
class CaseTallyIntegrationTests {

    private static final String[] CATEGORIES = {"garbage-pile", "drain-blocked", "greenery-damage"};
    private static final List<String> ACTIONS = List.of("REGISTER", "REJECT", "DISPATCH", "HANDLE", "VERIFY",
            "SEND_BACK", "CLOSE", "SUPERVISE", "REOPEN");

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CaseManagement cases;

    @Autowired
    CaseTallies tallies;

    @Autowired
    RegionTallies regionTallies;

    @Test
    void figures_equal_a_direct_count_after_a_random_mix_of_transitions() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(report(random));
        }
        int changed = 0;
        for (int i = 0; i < 120; i++) {
            long id = ids.get(random.nextInt(ids.size()));
            int pick = random.nextInt(ACTIONS.size() + 3);
            Response r;
            if (pick == ACTIONS.size()) {
                ids.add(report(random));
                continue;
            } else if (pick == ACTIONS.size() + 1) {
                long kept = ids.get(random.nextInt(ids.size()));
                r = api.post("tianyuan", "/api/v1/cases/{id}/merge", Map.of("kept_case_id", kept), id);
            } else if (pick == ACTIONS.size() + 2) {
                // overdue: the supervision job raises it (and counts it as supervised while it stays open)
                Deadlines.move(jdbc, id, Instant.now().minusSeconds(60));
                cases.superviseOverdue();
                continue;
            } else {
                r = api.post("tianyuan", "/api/v1/cases/{id}/transitions", Map.of("action", ACTIONS.get(pick),
                        "comment", "随机步骤 " + i), id);
            }
            assertThat(r.status()).as("seed %d step %d: %s", seed, i, r.body()).isIn(200, 400, 409);
            changed += r.status() == 200 ? 1 : 0;
        }
        assertThat(changed).as("seed %d: the mix actually moved cases", seed).isGreaterThan(10);
        assertThat(differences(kept(), counted())).as("seed %d, before folding", seed).isEmpty();
        regionTallies.fold();
        assertThat(differences(kept(), counted())).as("seed %d, after folding", seed).isEmpty();
    }

    @Test
    void concurrent_reports_and_steps_in_one_grid_lose_no_count() throws Exception {
        List<Long> ids = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 8; i++) {
            ids.add(report(random));
        }
        CyclicBarrier start = new CyclicBarrier(ids.size() * 2);
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (long id : ids) {
            all.add(CompletableFuture.runAsync(() -> {
                await(start);
                api.post("tianyuan", "/api/v1/cases/{id}/transitions", Map.of("action", "REGISTER"), id);
            }));
            all.add(CompletableFuture.runAsync(() -> {
                await(start);
                report(new Random(id));
            }));
        }
        // folds run beside the writers, as the job does on another instance
        all.add(CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 20; i++) {
                regionTallies.fold();
            }
        }));
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get();
        assertThat(differences(kept(), counted())).isEmpty();
    }

    @Test
    void the_dashboard_shows_the_kept_figures() {
        long id = report(new Random(1));
        api.post("tianyuan", "/api/v1/cases/{id}/transitions", Map.of("action", "REGISTER"), id);
        Map<String, Long> status = tallies.byValue(jdbc.queryForObject(
                "select path from region where parent_id is null", String.class), CaseTallies.STATUS);
        long open = status.entrySet().stream().filter(e -> CaseStatus.valueOf(e.getKey()).isOpen())
                .mapToLong(Map.Entry::getValue).sum();
        Long direct = jdbc.queryForObject("select count(*) from case_file where status in "
                + "('REPORTED', 'REGISTERED', 'DISPATCHED', 'HANDLED', 'VERIFIED')", Long.class);
        assertThat(open).isEqualTo(direct);

        Response board = api.get("admin", "/api/v1/dashboard");
        assertThat(board.status()).isEqualTo(200);
        String shown = null;
        for (var panel : board.body().path("panels")) {
            if (panel.path("id").asString().equals("cases")) {
                for (var figure : panel.path("figures")) {
                    if (figure.path("label_key").asString().equals("cases.panel.open")) {
                        shown = figure.path("value").asString();
                    }
                }
            }
        }
        assertThat(shown).isEqualTo(String.valueOf(direct));
    }

    @Test
    void the_queue_total_is_the_number_of_cases_it_holds_for_every_filter_the_figures_keep_and_the_others() {
        for (int i = 0; i < 6; i++) {
            report(new Random(100 + i));
        }
        String tianyuan = jdbc.queryForObject("select path from region where name = '天元区'", String.class);
        String xiaohutang = jdbc.queryForObject("select path from region where name = '小湖塘社区'", String.class);
        long xiaohutangId = jdbc.queryForObject("select id from region where name = '小湖塘社区'", Long.class);
        String open = "('REPORTED', 'REGISTERED', 'DISPATCHED', 'HANDLED', 'VERIFIED')";
        // size=1 leaves more on the next page, so the total is not just what the page holds
        Map<String, String> queries = new java.util.LinkedHashMap<>();
        queries.put("admin /api/v1/cases?size=1", "1 = 1");
        queries.put("admin /api/v1/cases?size=1&status=CLOSED", "status = 'CLOSED'");
        queries.put("tianyuan /api/v1/cases?size=1&status=REPORTED", "status = 'REPORTED' and region_path like '" + tianyuan + "%'");
        queries.put("tianyuan /api/v1/cases?size=1&open=true", "status in " + open + " and region_path like '" + tianyuan + "%'");
        queries.put("tianyuan /api/v1/cases?size=1&open=false", "status not in " + open + " and region_path like '" + tianyuan + "%'");
        queries.put("admin /api/v1/cases?size=1&source=RESIDENT&regionId=" + xiaohutangId,
                "source = 'RESIDENT' and region_path like '" + xiaohutang + "%'");
        queries.put("xiaohutang /api/v1/cases?size=1&category=garbage-pile", "category_code = 'garbage-pile' and region_path like '"
                + xiaohutang + "%'");
        queries.put("admin /api/v1/cases?size=1&category=garbage-pile&status=REPORTED",
                "category_code = 'garbage-pile' and status = 'REPORTED'");
        queries.put("lijiachong /api/v1/cases?size=1&regionId=" + xiaohutangId, "1 = 0");
        regionTallies.fold();
        report(new Random(99));   // one change not yet folded
        queries.forEach((call, where) -> {
            String[] parts = call.split(" ");
            Response r = api.get(parts[0], parts[1]);
            assertThat(r.status()).as(call).isEqualTo(200);
            Long direct = jdbc.queryForObject("select count(*) from case_file where " + where, Long.class);
            assertThat(r.body().path("total_elements").asLong()).as(call).isEqualTo(direct);
        });
    }

    private long report(Random random) {
        Response r = api.post("resident1", "/api/v1/cases", Map.of("category_code",
                CATEGORIES[random.nextInt(CATEGORIES.length)], "description", "统计测试",
                "lat", 27.8300 + random.nextInt(50) / 100_000.0, "lng", 113.0900 + random.nextInt(50) / 100_000.0));
        assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
        return r.id();
    }

    /** Every region that holds cases, with every region above it. */
    private Set<String> regions() {
        Set<String> regions = new TreeSet<>();
        for (String path : jdbc.queryForList("select distinct region_path from case_file", String.class)) {
            for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
                regions.add(path.substring(0, i + 1));
            }
        }
        return regions;
    }

    /** The figures as the dashboard reads them, for every region (daily ones down to communities). */
    private Map<String, Long> kept() {
        Map<String, Long> rows = new TreeMap<>();
        for (String region : regions()) {
            List<String> dims = new ArrayList<>(List.of(CaseTallies.STATUS, CaseTallies.CATEGORY, CaseTallies.SOURCE,
                    CaseTallies.SUPERVISED));
            if (depth(region) <= RegionTallies.DAILY_DEPTH) {
                dims.addAll(List.of(CaseTallies.REPORTED_ON, CaseTallies.ON_TIME_ON, CaseTallies.OPEN_DUE_ON));
            }
            tallies.figures(region, dims, null, null).forEach((dim, values) -> values.forEach((val, n) ->
                    rows.put(region + " " + dim + " " + val, n)));
        }
        return rows;
    }

    /** The same figures counted from the cases themselves, region by region. */
    private Map<String, Long> counted() {
        Map<String, Long> rows = new TreeMap<>();
        Set<String> open = Set.of("REPORTED", "REGISTERED", "DISPATCHED", "HANDLED", "VERIFIED");
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Set<String> regions = regions();
        jdbc.query("select region_path, status, category_code, source, supervision_count, reported_at, deadline, "
                + "closed_on_time, merged_into_id from case_file", rs -> {
                    String path = rs.getString(1);
                    String status = rs.getString(2);
                    LocalDate reported = rs.getObject(6, OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate();
                    LocalDate due = rs.getObject(7, OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate();
                    for (String region : regions) {
                        if (!path.startsWith(region)) {
                            continue;
                        }
                        rows.merge(region + " status " + status, 1L, Long::sum);
                        rows.merge(region + " category " + rs.getString(3), 1L, Long::sum);
                        rows.merge(region + " source " + rs.getString(4), 1L, Long::sum);
                        if (open.contains(status) && rs.getInt(5) > 0) {
                            rows.merge(region + " supervised open", 1L, Long::sum);
                        }
                        if (depth(region) > RegionTallies.DAILY_DEPTH) {
                            continue;
                        }
                        if (!status.equals("REJECTED") && rs.getObject(9) == null) {
                            rows.merge(region + " reported_on " + reported, 1L, Long::sum);
                            if (Boolean.TRUE.equals(rs.getObject(8))) {
                                rows.merge(region + " on_time_on " + reported, 1L, Long::sum);
                            }
                        }
                        if (open.contains(status)) {
                            rows.merge(region + " open_due_on " + due, 1L, Long::sum);
                        }
                    }
                });
        return rows;
    }

    /** Each figure the two disagree on, as "region dim value: kept ≠ counted". */
    private static List<String> differences(Map<String, Long> kept, Map<String, Long> counted) {
        Set<String> keys = new TreeSet<>(kept.keySet());
        keys.addAll(counted.keySet());
        return keys.stream().filter(k -> !java.util.Objects.equals(kept.get(k), counted.get(k)))
                .map(k -> k + ": " + kept.get(k) + " ≠ " + counted.get(k)).toList();
    }

    private static int depth(String path) {
        return (int) path.chars().filter(ch -> ch == '/').count() - 2;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
