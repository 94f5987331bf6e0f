package org.civicgrid.cases.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case figures kept exact as cases move: for every region path, how many cases stand in each status, belong
 * to each category and came from each source, and how many open cases have been supervised. Each write of a
 * case applies the difference between what it counted for before and after, in the same transaction, so the
 * figures are never ahead of or behind the cases. The dashboard sums a few rows per region instead of
 * counting millions of cases.
 *
 * <p>Rows are changed in one order (sorted by key) and only after the case row itself has been written, so
 * two transactions never wait for each other in opposite orders.
 */
@Component
public class CaseTallies {

    public static final String STATUS = "status";
    public static final String CATEGORY = "category";
    public static final String SOURCE = "source";
    public static final String SUPERVISED = "supervised";

    /** One counted thing: cases at this region path with this value in this dimension. */
    public record Key(String regionPath, String dim, String val) {}

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::regionPath).thenComparing(Key::dim)
            .thenComparing(Key::val);

    private final JdbcTemplate jdbc;

    CaseTallies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What a case counts for as it stands: each key once. An unsaved or absent case counts for nothing. */
    public static Map<Key, Integer> of(CaseFile c) {
        Map<Key, Integer> keys = new LinkedHashMap<>();
        if (c == null) {
            return keys;
        }
        String path = c.getRegionPath();
        keys.put(new Key(path, STATUS, c.getStatus().name()), 1);
        keys.put(new Key(path, CATEGORY, c.getCategoryCode()), 1);
        keys.put(new Key(path, SOURCE, c.getSource().name()), 1);
        if (c.getStatus().isOpen() && c.getSupervisionCount() > 0) {
            keys.put(new Key(path, SUPERVISED, "open"), 1);
        }
        return keys;
    }

    /** The change from {@code before} to {@code after}, without the keys that did not move, in lock order. */
    public static Map<Key, Integer> difference(Map<Key, Integer> before, Map<Key, Integer> after) {
        Map<Key, Integer> delta = new TreeMap<>(ORDER);
        after.forEach((k, n) -> delta.merge(k, n, Integer::sum));
        before.forEach((k, n) -> delta.merge(k, -n, Integer::sum));
        delta.values().removeIf(n -> n == 0);
        return delta;
    }

    /**
     * Applies what a case's write changed. Call after the case row has been flushed, inside the same
     * transaction: if the transaction rolls back, so do the figures.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(Map<Key, Integer> before, CaseFile after) {
        difference(before, of(after)).forEach(this::add);
    }

    private void add(Key key, int delta) {
        // Insert the row at zero if it is new (a concurrent insert of the same row wins and this does
        // nothing), then change it under its row lock: exact whatever else runs at the same time.
        jdbc.update("insert into case_tally (region_path, dim, val, n) values (?, ?, ?, 0) on conflict do nothing",
                key.regionPath(), key.dim(), key.val());
        jdbc.update("update case_tally set n = n + ? where region_path = ? and dim = ? and val = ?", delta,
                key.regionPath(), key.dim(), key.val());
    }

    /** Counts by value in one dimension, over every region path matching {@code scopePattern}. */
    @Transactional(readOnly = true)
    public Map<String, Long> byValue(String scopePattern, String dim) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query("select val, sum(n) from case_tally where dim = ? and region_path like ? group by val having sum(n) > 0",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, dim, scopePattern);
        return counts;
    }

    /** Counts per region path in one dimension, limited to the given values (e.g. the open statuses). */
    @Transactional(readOnly = true)
    public Map<String, Long> byRegionPath(String scopePattern, String dim, Collection<String> values) {
        Map<String, Long> counts = new TreeMap<>();
        if (values.isEmpty()) {
            return counts;
        }
        String marks = String.join(", ", Collections.nCopies(values.size(), "?"));
        Object[] args = new Object[values.size() + 2];
        args[0] = dim;
        args[1] = scopePattern;
        int i = 2;
        for (String v : values) {
            args[i++] = v;
        }
        jdbc.query("select region_path, sum(n) from case_tally where dim = ? and region_path like ? and val in ("
                + marks + ") group by region_path having sum(n) > 0", rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, args);
        return counts;
    }

    /** Recounts every figure from the cases themselves: after a bulk load that did not go through the workflow. */
    @Transactional
    public void rebuild() {
        for (String statement : rebuildStatements()) {
            jdbc.update(statement);
        }
    }

    /** The statements that recount the figures (shared with the benchmark data generator). */
    public static List<String> rebuildStatements() {
        try (InputStream in = CaseTallies.class.getResourceAsStream("case-tally-rebuild.sql")) {
            if (in == null) {
                throw new IllegalStateException("case-tally-rebuild.sql is missing");
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(sql.replaceAll("(?m)^--.*$", "").split(";")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
