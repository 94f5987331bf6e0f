package org.civicgrid.rivers.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import org.civicgrid.rivers.PatrolStatus;
import org.civicgrid.shared.tally.RegionTallies;
import org.civicgrid.shared.tally.RegionTallies.Key;
import org.civicgrid.shared.tally.TallySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The river figures (topic {@value #TOPIC} of {@link RegionTallies}): completed patrols per day they started
 * on, for every region down to communities. A patrol counts once it is completed (ended on the phone, or
 * entered afterwards), in the same transaction.
 */
@Component
public class RiverTallies implements TallySource {

    public static final String TOPIC = "rivers";
    /** Completed patrols by the day they started. */
    public static final String PATROLS_ON = "patrols_on";
    static final String ALL = "all";

    private final RegionTallies tallies;
    private final JdbcTemplate jdbc;

    RiverTallies(RegionTallies tallies, JdbcTemplate jdbc) {
        this.tallies = tallies;
        this.jdbc = jdbc;
    }

    /** Counts a patrol that has just been completed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void completed(RiverPatrol patrol) {
        if (patrol.getStatus() == PatrolStatus.COMPLETED) {
            tallies.change(TOPIC, Map.of(new Key(patrol.getRegionPath(), PATROLS_ON,
                    RegionTallies.day(patrol.getStartedAt())), 1L));
        }
    }

    /** Completed patrols under a region that started on the days {@code from}–{@code to}. */
    public long patrols(String regionPath, LocalDate from, LocalDate to) {
        return tallies.total(TOPIC, regionPath, PATROLS_ON, from, to);
    }

    /** The same for each of the given regions (the children of {@code parentPath}). */
    public Map<String, Long> patrols(String parentPath, Collection<String> regionPaths, LocalDate from, LocalDate to) {
        return tallies.byRegion(TOPIC, parentPath, regionPaths, PATROLS_ON, null, from, to);
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
        reader.query("select region_path, started_at from river_patrol where status = ? order by region_path", rs -> {
            rebuild.add(rs.getString(1), PATROLS_ON,
                    RegionTallies.day(rs.getObject(2, java.time.OffsetDateTime.class).toInstant()), 1);
        }, PatrolStatus.COMPLETED.name());
    }
}
