package org.civicgrid.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.civicgrid.shared.tally.RegionTallies;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Compares the figures a topic keeps ({@link RegionTallies}) with a count of the records themselves, for every
 * region that holds records and every region above it — the check every topic's figures must pass.
 */
@Component
public class FigureCheck {

    /** One record's contribution at its own region, as the test counts it (independently of the code under test). */
    public record Counted(String regionPath, String dim, String val, long n) {}

    /** Reads a row of the test's query into what the record counts for. */
    public interface Reader {
        List<Counted> read(ResultSet rs) throws SQLException;
    }

    private final JdbcTemplate jdbc;
    private final RegionTallies tallies;

    FigureCheck(JdbcTemplate jdbc, RegionTallies tallies) {
        this.jdbc = jdbc;
        this.tallies = tallies;
    }

    /**
     * Each figure the two disagree on, as "region dim value: kept ≠ counted"; empty when they agree.
     *
     * @param sql    the records, one row each
     * @param reader what one row counts for at its own region
     */
    public List<String> differences(String topic, List<String> dims, String sql, Reader reader) {
        List<Counted> records = new ArrayList<>();
        jdbc.query(sql, rs -> {
            records.addAll(reader.read(rs));
        });
        Set<String> regions = new TreeSet<>();
        for (Counted c : records) {
            for (int i = c.regionPath().indexOf('/', 1); i > 0; i = c.regionPath().indexOf('/', i + 1)) {
                regions.add(c.regionPath().substring(0, i + 1));
            }
        }
        Map<String, Long> counted = new TreeMap<>();
        for (Counted c : records) {
            for (String region : regions) {
                if (c.regionPath().startsWith(region) && (!c.dim().endsWith("_on") || depth(region) <= 3)) {
                    counted.merge(region + " " + c.dim() + " " + c.val(), c.n(), Long::sum);
                }
            }
        }
        counted.values().removeIf(n -> n == 0);
        Map<String, Long> kept = new TreeMap<>();
        for (String region : regions) {
            List<String> asked = dims.stream().filter(d -> !d.endsWith("_on") || depth(region) <= 3).toList();
            tallies.figures(topic, region, asked, null, null).forEach((dim, values) -> values.forEach((val, n) ->
                    kept.put(region + " " + dim + " " + val, n)));
        }
        Set<String> keys = new TreeSet<>(kept.keySet());
        keys.addAll(counted.keySet());
        return keys.stream().filter(k -> !Objects.equals(kept.get(k), counted.get(k)))
                .map(k -> k + ": " + kept.get(k) + " ≠ " + counted.get(k)).toList();
    }

    private static int depth(String path) {
        return (int) path.chars().filter(ch -> ch == '/').count() - 2;
    }
}
