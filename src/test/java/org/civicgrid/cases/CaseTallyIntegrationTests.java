package org.civicgrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.civicgrid.cases.internal.CaseTallies;
import org.civicgrid.support.Api;
import org.civicgrid.support.Api.Response;
import org.civicgrid.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's case figures are kept by every write rather than counted per page view: after any mix of
 * reports, steps, merges and supervision — one after another or at the same time — they equal a count
 * of the cases themselves.
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
                jdbc.update("update case_file set deadline = ?, supervised_at = null where id = ?",
                        Timestamp.from(Instant.now().minusSeconds(60)), id);
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
        assertThat(kept()).as("seed %d", seed).isEqualTo(counted());
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
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get();
        assertThat(kept()).isEqualTo(counted());
    }

    @Test
    void the_dashboard_shows_the_kept_figures() {
        long id = report(new Random(1));
        api.post("tianyuan", "/api/v1/cases/{id}/transitions", Map.of("action", "REGISTER"), id);
        Map<String, Long> status = tallies.byValue("%", CaseTallies.STATUS);
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

    private long report(Random random) {
        Response r = api.post("resident1", "/api/v1/cases", Map.of("category_code",
                CATEGORIES[random.nextInt(CATEGORIES.length)], "description", "统计测试",
                "lat", 27.8300 + random.nextInt(50) / 100_000.0, "lng", 113.0900 + random.nextInt(50) / 100_000.0));
        assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
        return r.id();
    }

    private Map<String, Long> kept() {
        Map<String, Long> rows = new HashMap<>();
        jdbc.query("select region_path, dim, val, n from case_tally where n <> 0", rs -> {
            rows.put(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3), rs.getLong(4));
        });
        return rows;
    }

    private Map<String, Long> counted() {
        Map<String, Long> rows = new HashMap<>();
        String open = "('REPORTED', 'REGISTERED', 'DISPATCHED', 'HANDLED', 'VERIFIED')";
        for (String sql : List.of(
                "select region_path, 'status', status, count(*) from case_file group by region_path, status",
                "select region_path, 'category', category_code, count(*) from case_file group by region_path, category_code",
                "select region_path, 'source', source, count(*) from case_file group by region_path, source",
                "select region_path, 'supervised', 'open', count(*) from case_file where supervision_count > 0 "
                        + "and status in " + open + " group by region_path")) {
            jdbc.query(sql, rs -> {
                rows.put(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3), rs.getLong(4));
            });
        }
        return rows;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
