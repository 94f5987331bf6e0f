package org.civicgrid.residents.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.civicgrid.residents.CareTag;
import org.civicgrid.shared.tally.RegionTallies;
import org.civicgrid.shared.tally.RegionTallies.Key;
import org.civicgrid.shared.tally.TallySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The residents' figures (topic {@value #TOPIC} of {@link RegionTallies}): households, residents, residents
 * with at least one care tag, and residents by care tag, for every region. Each registration, change and move
 * records what it moved, in the same transaction.
 */
@Component
public class ResidentTallies implements TallySource {

    public static final String TOPIC = "residents";
    public static final String HOUSEHOLDS = "households";
    public static final String RESIDENTS = "residents";
    /** Residents with at least one care tag, each once. */
    public static final String CARED = "cared";
    public static final String TAG = "tag";
    static final String ALL = "all";

    private final RegionTallies tallies;
    private final JdbcTemplate jdbc;

    ResidentTallies(RegionTallies tallies, JdbcTemplate jdbc) {
        this.tallies = tallies;
        this.jdbc = jdbc;
    }

    /** What a household counts for (nothing when absent). */
    public static Map<Key, Long> of(Household h) {
        Map<Key, Long> keys = new LinkedHashMap<>();
        if (h != null) {
            keys.put(new Key(h.getRegionPath(), HOUSEHOLDS, ALL), 1L);
        }
        return keys;
    }

    /** What a resident counts for (nothing when absent). */
    public static Map<Key, Long> of(Resident r) {
        Map<Key, Long> keys = new LinkedHashMap<>();
        if (r != null) {
            keys.put(new Key(r.getRegionPath(), RESIDENTS, ALL), 1L);
            if (!r.getCareTags().isEmpty()) {
                keys.put(new Key(r.getRegionPath(), CARED, ALL), 1L);
            }
            for (CareTag tag : r.getCareTags()) {
                keys.put(new Key(r.getRegionPath(), TAG, tag.name()), 1L);
            }
        }
        return keys;
    }

    /** Records what a write moved: from what the record counted for {@code before} to what it counts for now. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(Map<Key, Long> before, Map<Key, Long> after) {
        tallies.change(TOPIC, RegionTallies.difference(before, after));
    }

    public Map<String, Map<String, Long>> figures(String regionPath) {
        return tallies.figures(TOPIC, regionPath, java.util.List.of(HOUSEHOLDS, RESIDENTS, CARED, TAG), null, null);
    }

    public Map<String, Long> byRegion(String parentPath, java.util.Collection<String> regionPaths, String dim) {
        return tallies.byRegion(TOPIC, parentPath, regionPaths, dim, null, null, null);
    }

    /** Counts afresh after records were written in bulk (demo data); inside the loading transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void rebuild() {
        tallies.rebuild(this);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void recount(RegionTallies.Rebuild rebuild) {
        recount(jdbc, rebuild);
    }

    /** The recount over any connection (the benchmark data generator uses it too). */
    public static void recount(JdbcTemplate jdbc, RegionTallies.Rebuild rebuild) {
        JdbcTemplate reader = RegionTallies.recountReader(jdbc);
        reader.query("select region_path from household order by region_path",
                rs -> {
                    rebuild.add(rs.getString(1), HOUSEHOLDS, ALL, 1);
                });
        long[] last = {-1};
        reader.query("select r.region_path, r.id, t.tag from resident r left join resident_care_tag t on t.resident_id = r.id "
                + "order by r.region_path, r.id", rs -> {
                    String path = rs.getString(1);
                    long id = rs.getLong(2);
                    String tag = rs.getString(3);
                    if (id != last[0]) {
                        rebuild.add(path, RESIDENTS, ALL, 1);
                        if (tag != null) {
                            rebuild.add(path, CARED, ALL, 1);
                        }
                        last[0] = id;
                    }
                    if (tag != null) {
                        rebuild.add(path, TAG, tag, 1);
                    }
                });
    }
}
