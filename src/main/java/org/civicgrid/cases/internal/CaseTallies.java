package org.civicgrid.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.civicgrid.cases.CaseStatus;
import org.civicgrid.shared.tally.RegionTallies;
import org.civicgrid.shared.tally.RegionTallies.Key;
import org.civicgrid.shared.tally.TallySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case figures (topic {@value #TOPIC} of {@link RegionTallies}): for every region, how many cases at or
 * under it stand in each status, belong to each category and came from each source, how many open cases have
 * been supervised, and per day how many were reported (and count towards the on-time rate), how many of those
 * closed on time, and how many open cases fall due. Every write of a case records what it moved, in the same
 * transaction, so the dashboard and the queue's totals read a few rows per region instead of counting millions
 * of cases.
 */
@Component
public class CaseTallies implements TallySource {

    public static final String TOPIC = "cases";

    public static final String STATUS = "status";
    public static final String CATEGORY = "category";
    public static final String SOURCE = "source";
    public static final String SUPERVISED = "supervised";
    /** Cases reported that day that count towards the on-time rate (not rejected, not merged). */
    public static final String REPORTED_ON = "reported_on";
    /** Of those, the ones closed on time. */
    public static final String ON_TIME_ON = "on_time_on";
    /** Open cases whose deadline falls on that day. */
    public static final String OPEN_DUE_ON = "open_due_on";

    /** What a case counts for, taken from the case or from a row (the recount reads rows, not entities). */
    record Facts(String regionPath, String status, String category, String source, int supervisionCount,
            Instant reportedAt, Instant deadline, Boolean closedOnTime, Long mergedIntoId) {}

    private final RegionTallies tallies;
    private final JdbcTemplate jdbc;

    CaseTallies(RegionTallies tallies, JdbcTemplate jdbc) {
        this.tallies = tallies;
        this.jdbc = jdbc;
    }

    // ---- what a case counts for -----------------------------------------------------------------

    /** What a case counts for as it stands, at its own region: each key once. An absent case counts for nothing. */
    public static Map<Key, Long> of(CaseFile c) {
        if (c == null) {
            return new LinkedHashMap<>();
        }
        return of(new Facts(c.getRegionPath(), c.getStatus().name(), c.getCategoryCode(), c.getSource().name(),
                c.getSupervisionCount(), c.getReportedAt(), c.getDeadline(), c.getClosedOnTime(), c.getMergedIntoId()));
    }

    static Map<Key, Long> of(Facts c) {
        Map<Key, Long> keys = new LinkedHashMap<>();
        String path = c.regionPath();
        boolean open = CaseStatus.valueOf(c.status()).isOpen();
        keys.put(new Key(path, STATUS, c.status()), 1L);
        keys.put(new Key(path, CATEGORY, c.category()), 1L);
        keys.put(new Key(path, SOURCE, c.source()), 1L);
        if (open && c.supervisionCount() > 0) {
            keys.put(new Key(path, SUPERVISED, "open"), 1L);
        }
        // the on-time rate's cases: those reported, less the rejected and the merged (as the evaluation counts)
        if (!c.status().equals(CaseStatus.REJECTED.name()) && c.mergedIntoId() == null) {
            String day = RegionTallies.day(c.reportedAt());
            keys.put(new Key(path, REPORTED_ON, day), 1L);
            if (Boolean.TRUE.equals(c.closedOnTime())) {
                keys.put(new Key(path, ON_TIME_ON, day), 1L);
            }
        }
        if (open && c.deadline() != null) {
            keys.put(new Key(path, OPEN_DUE_ON, RegionTallies.day(c.deadline())), 1L);
        }
        return keys;
    }

    // ---- writing and reading ----------------------------------------------------------------------

    /**
     * Records what a case's write changed, from what it counted for {@code before}. Call inside the write's
     * transaction: if it rolls back, so do the figures.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(Map<Key, Long> before, CaseFile after) {
        tallies.change(TOPIC, RegionTallies.difference(before, of(after)));
    }

    /** The figures of one region (cases at or under it), daily ones limited to {@code from}–{@code to} (null: all). */
    public Map<String, Map<String, Long>> figures(String regionPath, Collection<String> dims, LocalDate from, LocalDate to) {
        return tallies.figures(TOPIC, regionPath, dims, from, to);
    }

    /** Counts by value in one dimension for one region (cases at or under it). */
    public Map<String, Long> byValue(String regionPath, String dim) {
        return tallies.byValue(TOPIC, regionPath, dim);
    }

    /** For each of the given regions, the cases at or under it with one of the given values of one dimension. */
    public Map<String, Long> byRegion(String parentPath, Collection<String> regionPaths, String dim,
            Collection<String> values) {
        return tallies.byRegion(TOPIC, parentPath, regionPaths, dim, values, null, null);
    }

    // ---- counting afresh ------------------------------------------------------------------------------

    @Override
    public String topic() {
        return TOPIC;
    }

    /** Every case's figures, read in the order of region paths (so one community's figures are in memory at a time). */
    @Override
    public void recount(RegionTallies.Rebuild rebuild) {
        recount(jdbc, rebuild);
    }

    /** Counts afresh after cases were written in bulk (demo data); inside the loading transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void rebuild() {
        tallies.rebuild(this);
    }

    /** The recount over any connection (the benchmark data generator uses it too). */
    public static void recount(JdbcTemplate jdbc, RegionTallies.Rebuild rebuild) {
        JdbcTemplate reader = RegionTallies.recountReader(jdbc);
        reader.query("select region_path, status, category_code, source, supervision_count, reported_at, deadline, "
                + "closed_on_time, merged_into_id from case_file order by region_path", rs -> {
                    Facts facts = new Facts(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            instant(rs.getObject(6, OffsetDateTime.class)), instant(rs.getObject(7, OffsetDateTime.class)),
                            (Boolean) rs.getObject(8), rs.getObject(9, Long.class));
                    of(facts).forEach((key, n) -> rebuild.add(key.regionPath(), key.dim(), key.val(), n));
                });
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
