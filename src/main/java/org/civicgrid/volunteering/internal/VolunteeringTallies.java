package org.civicgrid.volunteering.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.civicgrid.shared.tally.RegionTallies;
import org.civicgrid.shared.tally.RegionTallies.Key;
import org.civicgrid.shared.tally.TallySource;
import org.civicgrid.volunteering.SignUpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The volunteering figures (topic {@value #TOPIC} of {@link RegionTallies}): minutes of completed service by
 * the day of check-in, for every region down to communities. Each check-out, correction or service entered
 * afterwards records what it moved, in the same transaction.
 */
@Component
public class VolunteeringTallies implements TallySource {

    public static final String TOPIC = "volunteering";
    /** Minutes of completed service by the day the volunteer checked in. */
    public static final String MINUTES_ON = "minutes_on";

    private final RegionTallies tallies;
    private final JdbcTemplate jdbc;

    VolunteeringTallies(RegionTallies tallies, JdbcTemplate jdbc) {
        this.tallies = tallies;
        this.jdbc = jdbc;
    }

    /** What a sign-up counts for: its minutes, once it is completed. */
    public static Map<Key, Long> of(SignUp s) {
        Map<Key, Long> keys = new LinkedHashMap<>();
        if (s != null && s.getStatus() == SignUpStatus.COMPLETED && s.getServiceMinutes() != null
                && s.getCheckedInAt() != null) {
            keys.put(new Key(s.getRegionPath(), MINUTES_ON, RegionTallies.day(s.getCheckedInAt())),
                    (long) s.getServiceMinutes());
        }
        return keys;
    }

    /** Records what a step moved. Call inside the step's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(Map<Key, Long> before, SignUp after) {
        tallies.change(TOPIC, RegionTallies.difference(before, of(after)));
    }

    /** Minutes served under a region on the days {@code from}–{@code to}. */
    public long minutes(String regionPath, LocalDate from, LocalDate to) {
        return tallies.total(TOPIC, regionPath, MINUTES_ON, from, to);
    }

    /** The same for each of the given regions (the children of {@code parentPath}). */
    public Map<String, Long> minutes(String parentPath, Collection<String> regionPaths, LocalDate from, LocalDate to) {
        return tallies.byRegion(TOPIC, parentPath, regionPaths, MINUTES_ON, null, from, to);
    }

    /** Counts afresh after records were written in bulk; inside the loading transaction. */
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
        reader.query("select region_path, checked_in_at, service_minutes from volunteer_sign_up where status = ? "
                + "and service_minutes is not null and checked_in_at is not null order by region_path", rs -> {
                    rebuild.add(rs.getString(1), MINUTES_ON,
                            RegionTallies.day(rs.getObject(2, java.time.OffsetDateTime.class).toInstant()), rs.getLong(3));
                }, SignUpStatus.COMPLETED.name());
    }
}
