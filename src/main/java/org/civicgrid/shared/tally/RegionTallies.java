package org.civicgrid.shared.tally;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.civicgrid.shared.time.TimeConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures kept by region, so that a dashboard reads a few rows per region instead of counting millions of
 * records — and stays exact. A module's figures are a <em>topic</em> ({@code cases}, {@code residents}, …);
 * each figure is a number under a dimension and a value ({@code status = CLOSED}, {@code patrols_on =
 * 2026-05-09}) for a region: the records at or under that region.
 *
 * <p>A write of a counted record appends what it moved to {@code region_tally_change}, one row per figure,
 * in the same transaction as the record: appending never waits for another writer, so a thousand reports a
 * second in one grid do not queue on one counter row. {@link #fold()} (a job, every second) moves changes
 * into {@code region_tally}, adding each to the record's region and every region above it; it deletes
 * exactly the change rows it adds, in one transaction. A figure is a region's row plus the changes under it
 * not yet folded, read in one statement: exact at every moment, whatever runs beside it.
 *
 * <p>A dimension whose name ends in {@code _on} is daily (its value is a day in the platform's zone, e.g.
 * {@code 2026-05-09}) and is kept down to communities only ({@link #DAILY_DEPTH}); below them a region holds
 * few enough records to count them directly.
 */
@Component
public class RegionTallies {

    /** Deepest region level with daily figures: city 0, district 1, street 2, community 3. */
    public static final int DAILY_DEPTH = 3;

    /** Most change rows one fold takes. */
    public static final int FOLD_BATCH = 20_000;

    private static final String ADD = "update region_tally set n = n + ? where topic = ? and region_path = ? and dim = ? and val = ?";

    private static final String ADD_ALL = "update region_tally t set n = t.n + v.d "
            + "from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as bigint[])) as v(region_path, dim, val, d) "
            + "where t.topic = ? and t.region_path = v.region_path and t.dim = v.dim and t.val = v.val "
            + "returning t.region_path, t.dim, t.val";

    private static final int INSERT_ROWS = 500;

    /** One figure of a topic: records at this region path with this value in this dimension. */
    public record Key(String regionPath, String dim, String val) {}

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::regionPath).thenComparing(Key::dim)
            .thenComparing(Key::val);

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    public RegionTallies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
    }

    // ---- rules ----------------------------------------------------------------------------------

    /** Whether a dimension is kept per day. */
    public static boolean daily(String dim) {
        return dim.endsWith("_on");
    }

    /** The day an instant falls on in the platform's zone, as daily figures name it. */
    public static String day(java.time.Instant at) {
        return LocalDate.ofInstant(at, TimeConfiguration.ZONE).toString();
    }

    /**
     * A template over the same database that streams a recount's query in batches of 10,000 rows, so counting
     * millions of records afresh holds one batch in memory, not the whole table.
     */
    public static JdbcTemplate recountReader(JdbcTemplate jdbc) {
        JdbcTemplate reader = new JdbcTemplate(jdbc.getDataSource());
        reader.setFetchSize(10_000);
        return reader;
    }

    /** The depth of a region path: {@code /1/} is 0 (the city), {@code /1/7/} is 1 (a district), … */
    public static int depth(String regionPath) {
        int slashes = 0;
        for (int i = 0; i < regionPath.length(); i++) {
            if (regionPath.charAt(i) == '/') {
                slashes++;
            }
        }
        return Math.max(0, slashes - 2);
    }

    /** The regions whose figures a key at {@code regionPath} belongs to: the region itself and every one above. */
    public static List<String> rollUp(String regionPath, String dim) {
        List<String> paths = new ArrayList<>();
        int maxDepth = daily(dim) ? DAILY_DEPTH : Integer.MAX_VALUE;
        int depth = -1;
        for (int i = 1; i < regionPath.length(); i++) {
            if (regionPath.charAt(i) == '/') {
                depth++;
                if (depth > maxDepth) {
                    break;
                }
                paths.add(regionPath.substring(0, i + 1));
            }
        }
        return paths;
    }

    /** The change from {@code before} to {@code after}, without the keys that did not move, in key order. */
    public static Map<Key, Long> difference(Map<Key, Long> before, Map<Key, Long> after) {
        Map<Key, Long> delta = new TreeMap<>(ORDER);
        after.forEach((k, n) -> delta.merge(k, n, Long::sum));
        before.forEach((k, n) -> delta.merge(k, -n, Long::sum));
        delta.values().removeIf(n -> n == 0);
        return delta;
    }

    // ---- writing --------------------------------------------------------------------------------

    /**
     * Records what a write moved, at the record's own region: {@code delta} as {@link #difference} gives it.
     * Call inside the write's transaction: if it rolls back, so do the figures.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void change(String topic, Map<Key, Long> delta) {
        if (delta.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(delta.size());
        delta.forEach((k, d) -> {
            if (d != 0) {
                rows.add(new Object[] {topic, k.regionPath(), k.dim(), k.val(), d});
            }
        });
        jdbc.batchUpdate("insert into region_tally_change (topic, region_path, dim, val, d) values (?, ?, ?, ?, ?)", rows);
    }

    /**
     * Moves recorded changes into the figures of every region they belong to: takes (and deletes) up to
     * {@link #FOLD_BATCH} change rows and adds them up, in one transaction. Safe beside writers and beside
     * another fold: a change row is deleted by exactly one fold, and figures are added to under their row lock.
     *
     * @return the number of change rows folded
     */
    @Transactional
    public int fold() {
        // only counted topics: a topic's first count starts from the records and drops the changes before it
        String take = "delete from region_tally_change where id in (select id from region_tally_change where topic in "
                + "(select topic from region_tally_topic) order by id limit " + FOLD_BATCH + ")";
        Map<String, Map<Key, Long>> sums = new TreeMap<>();
        int[] rows = {0};
        jdbc.query(postgres ? take + " returning topic, region_path, dim, val, d"
                : "select topic, region_path, dim, val, d from old table (" + take + ")", rs -> {
                    rows[0]++;
                    Map<Key, Long> topic = sums.computeIfAbsent(rs.getString(1), t -> new TreeMap<>(ORDER));
                    String dim = rs.getString(3);
                    String val = rs.getString(4);
                    long d = rs.getLong(5);
                    for (String path : rollUp(rs.getString(2), dim)) {
                        topic.merge(new Key(path, dim, val), d, Long::sum);
                    }
                });
        sums.forEach(this::add);
        return rows[0];
    }

    /**
     * Adds to the figures in key order. Most figures exist already, so each is first updated; only those no row
     * held are inserted at zero (a concurrent insert of the same figure wins) and then added to. Inserting every
     * figure first and letting the conflict skip it cost the database more than the update itself: 0.12 ms a
     * figure, half of the fold, under a steady intake of reports (pg_stat_statements, 2026-12-07).
     */
    private void add(String topic, Map<Key, Long> sums) {
        sums.values().removeIf(n -> n == 0);
        if (sums.isEmpty()) {
            return;
        }
        Map<Key, Long> missing = postgres ? addAll(topic, sums) : addEach(topic, sums);
        if (missing.isEmpty()) {
            return;
        }
        List<Object[]> keys = new ArrayList<>(missing.size());
        missing.forEach((k, n) -> keys.add(new Object[] {topic, k.regionPath(), k.dim(), k.val()}));
        jdbc.batchUpdate("insert into region_tally (topic, region_path, dim, val, n) values (?, ?, ?, ?, 0) "
                + "on conflict do nothing", keys);
        addEach(topic, missing);
    }

    /** One update per figure, in a batch; returns the figures no row held. */
    private Map<Key, Long> addEach(String topic, Map<Key, Long> sums) {
        List<Object[]> adds = new ArrayList<>(sums.size());
        List<Key> keys = new ArrayList<>(sums.size());
        sums.forEach((k, n) -> {
            adds.add(new Object[] {n, topic, k.regionPath(), k.dim(), k.val()});
            keys.add(k);
        });
        int[] updated = jdbc.batchUpdate(ADD, adds);
        Map<Key, Long> missing = new TreeMap<>(ORDER);
        for (int i = 0; i < adds.size(); i++) {
            if (updated.length != adds.size() || updated[i] < 0) {
                // PostgreSQL's and H2's drivers count every update of a batch; rolling back keeps the changes to fold
                throw new IllegalStateException("The JDBC driver did not count the rows of each update in a batch");
            }
            if (updated[i] == 0) {
                missing.put(keys.get(i), sums.get(keys.get(i)));
            }
        }
        return missing;
    }

    /**
     * PostgreSQL: every figure in one statement over arrays, naming the rows it updated; returns the figures no
     * row held. Under a steady intake (13 figures a report) the batch of single-row updates was the largest
     * share of the database's time, 0.087 ms a figure; one statement takes 0.073 ms a figure and one round trip
     * a fold (pg_stat_statements, 2026-12-07). The rest is the work of updating the row itself.
     */
    private Map<Key, Long> addAll(String topic, Map<Key, Long> sums) {
        int size = sums.size();
        String[] paths = new String[size];
        String[] dims = new String[size];
        String[] vals = new String[size];
        Long[] deltas = new Long[size];
        int i = 0;
        for (Map.Entry<Key, Long> e : sums.entrySet()) {
            paths[i] = e.getKey().regionPath();
            dims[i] = e.getKey().dim();
            vals[i] = e.getKey().val();
            deltas[i++] = e.getValue();
        }
        Map<Key, Long> missing = new TreeMap<>(ORDER);
        missing.putAll(sums);
        jdbc.query(connection -> {
            PreparedStatement ps = connection.prepareStatement(ADD_ALL);
            ps.setArray(1, connection.createArrayOf("text", paths));
            ps.setArray(2, connection.createArrayOf("text", dims));
            ps.setArray(3, connection.createArrayOf("text", vals));
            ps.setArray(4, connection.createArrayOf("bigint", deltas));
            ps.setString(5, topic);
            return ps;
        }, (ResultSet rs) -> {
            missing.remove(new Key(rs.getString(1), rs.getString(2), rs.getString(3)));
        });
        return missing;
    }

    // ---- reading --------------------------------------------------------------------------------

    /**
     * The figures of one region (records at or under it) in the given dimensions, by dimension and value; daily
     * dimensions limited to the days {@code from}–{@code to} (inclusive; null for every day).
     */
    @Transactional(readOnly = true)
    public Map<String, Map<String, Long>> figures(String topic, String regionPath, Collection<String> dims,
            LocalDate from, LocalDate to) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        if (dims.isEmpty()) {
            return out;
        }
        String marks = marks(dims.size());
        String days = from == null ? "" : " and val >= ? and val <= ?";
        List<Object> args = new ArrayList<>();
        for (String path : List.of(regionPath, regionPath + "%")) {
            args.add(topic);
            args.add(path);
            args.addAll(dims);
            if (from != null) {
                args.add(from.toString());
                args.add(to.toString());
            }
        }
        jdbc.query("select dim, val, sum(n) from (select dim, val, n from region_tally where topic = ? and region_path = ? "
                + "and dim in (" + marks + ")" + days + " union all select dim, val, d from region_tally_change "
                + "where topic = ? and region_path like ? and dim in (" + marks + ")" + days + ") f group by dim, val "
                + "having sum(n) <> 0", rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
                }, args.toArray());
        return out;
    }

    /** One dimension of one region's figures, by value (every day of a daily dimension). */
    @Transactional(readOnly = true)
    public Map<String, Long> byValue(String topic, String regionPath, String dim) {
        return figures(topic, regionPath, List.of(dim), null, null).getOrDefault(dim, new TreeMap<>());
    }

    /** The sum of one dimension of one region's figures over its values (the days {@code from}–{@code to} if daily). */
    @Transactional(readOnly = true)
    public long total(String topic, String regionPath, String dim, LocalDate from, LocalDate to) {
        return figures(topic, regionPath, List.of(dim), from, to).getOrDefault(dim, Map.of()).values().stream()
                .mapToLong(Long::longValue).sum();
    }

    /**
     * For each of the given regions (the children of {@code parentPath}, say), the sum of one dimension over
     * the given values (null: every value; for a daily dimension, the days {@code from}–{@code to}, or every day).
     */
    @Transactional(readOnly = true)
    public Map<String, Long> byRegion(String topic, String parentPath, Collection<String> regionPaths, String dim,
            Collection<String> values, LocalDate from, LocalDate to) {
        Map<String, Long> counts = new HashMap<>();
        if (regionPaths.isEmpty() || (values != null && values.isEmpty())) {
            return counts;
        }
        String filter = (values == null ? "" : " and val in (" + marks(values.size()) + ")")
                + (from == null ? "" : " and val >= ? and val <= ?");
        List<Object> args = new ArrayList<>();
        args.add(topic);
        args.addAll(regionPaths);
        args.add(dim);
        filterArgs(args, values, from, to);
        args.add(topic);
        args.add(parentPath + "%");
        args.add(dim);
        filterArgs(args, values, from, to);
        jdbc.query("select region_path, n from region_tally where topic = ? and region_path in (" + marks(regionPaths.size())
                + ") and dim = ?" + filter + " union all select region_path, d from region_tally_change where topic = ? "
                + "and region_path like ? and dim = ?" + filter, rs -> {
                    String path = rs.getString(1);
                    for (String region : regionPaths) {
                        if (path.startsWith(region)) {
                            counts.merge(region, rs.getLong(2), Long::sum);
                        }
                    }
                }, args.toArray());
        return counts;
    }

    private static void filterArgs(List<Object> args, Collection<String> values, LocalDate from, LocalDate to) {
        if (values != null) {
            args.addAll(values);
        }
        if (from != null) {
            args.add(from.toString());
            args.add(to.toString());
        }
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    // ---- rebuilding -----------------------------------------------------------------------------

    /** Whether a topic's figures have been counted (its changes are folded only from then on). */
    @Transactional(readOnly = true)
    public boolean has(String topic) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from region_tally_topic where topic = ?)",
                Boolean.class, topic));
    }

    /**
     * Replaces every figure of a topic with what {@code source} counts afresh, in one transaction (call inside
     * one): after a bulk load that bypassed the writes, or when a topic is new.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void rebuild(TallySource source) {
        String topic = source.topic();
        jdbc.update("delete from region_tally_change where topic = ?", topic);
        jdbc.update("delete from region_tally where topic = ?", topic);
        jdbc.update("delete from region_tally_topic where topic = ?", topic);
        jdbc.update("insert into region_tally_topic (topic, counted_at) values (?, ?)", topic,
                java.sql.Timestamp.from(java.time.Instant.now()));
        Rebuild rebuild = new Rebuild(topic);
        source.recount(rebuild);
        rebuild.finish();
    }

    /**
     * Figures counted afresh, given record by record at the records' own regions and rolled up here. Records
     * given in the order of their region paths keep only one community's figures (and those above
     * communities) in memory at a time; in any other order the result is the same, with more writes.
     */
    public final class Rebuild {

        private final String topic;
        private final Map<Key, Long> upper = new HashMap<>();
        private final Map<Key, Long> lower = new HashMap<>();
        private final Map<String, List<String>> rolled = new HashMap<>();
        private final Map<String, String> values = new HashMap<>();
        private String community = "";

        private Rebuild(String topic) {
            this.topic = topic;
        }

        /** Adds {@code n} to a figure of the record's own region. */
        public void add(String regionPath, String dim, String val, long n) {
            String below = communityOf(regionPath);
            if (!below.equals(community)) {
                flush(lower);
                community = below;
            }
            String v = values.computeIfAbsent(val, x -> x);
            for (String path : rolled.computeIfAbsent(regionPath + (daily(dim) ? " d" : " a"), k -> rollUp(regionPath, dim))) {
                (depth(path) >= DAILY_DEPTH ? lower : upper).merge(new Key(path, dim, v), n, Long::sum);
            }
        }

        private static String communityOf(String regionPath) {
            int slash = 0;
            for (int i = 0, seen = 0; i < regionPath.length(); i++) {
                if (regionPath.charAt(i) == '/' && ++seen == DAILY_DEPTH + 2) {
                    slash = i;
                    break;
                }
            }
            return slash == 0 ? "" : regionPath.substring(0, slash + 1);
        }

        private void finish() {
            flush(lower);
            insert(upper);
        }

        /** Writes one community's figures (and those below it); a community seen before is added to. */
        private void flush(Map<Key, Long> sums) {
            if (community.isEmpty() || flushed.add(community)) {
                insert(sums);
            } else {
                Map<Key, Long> sorted = new TreeMap<>(ORDER);
                sorted.putAll(sums);
                RegionTallies.this.add(topic, sorted);
                sums.clear();
            }
        }

        private void insert(Map<Key, Long> sums) {
            sums.values().removeIf(n -> n == 0);
            List<Map.Entry<Key, Long>> rows = new ArrayList<>(sums.entrySet());
            for (int i = 0; i < rows.size(); i += INSERT_ROWS) {
                List<Map.Entry<Key, Long>> chunk = rows.subList(i, Math.min(rows.size(), i + INSERT_ROWS));
                List<Object> args = new ArrayList<>(chunk.size() * 5);
                for (Map.Entry<Key, Long> e : chunk) {
                    args.add(topic);
                    args.add(e.getKey().regionPath());
                    args.add(e.getKey().dim());
                    args.add(e.getKey().val());
                    args.add(e.getValue());
                }
                jdbc.update("insert into region_tally (topic, region_path, dim, val, n) values "
                        + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?)")), args.toArray());
            }
            sums.clear();
        }

        private final java.util.Set<String> flushed = new java.util.HashSet<>();
    }
}
