package org.civicgrid.rivers.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.civicgrid.rivers.ChiefLevel;
import org.civicgrid.rivers.PatrolStatus;
import org.civicgrid.shared.tally.RegionTallies;
import org.civicgrid.shared.tally.RegionTallies.Key;
import org.civicgrid.shared.tally.TallySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The river figures (topic {@value #TOPIC} of {@link RegionTallies}), for every region down to communities:
 * completed patrols per day they started on, where the patrolled segment lies; and, per chief level, the
 * completed patrols that count toward the chief's duty ({@link RiverDutyPolicy#counts}: long enough for the
 * level's {@link RiverDutyRule}) per day, where the chief holds the post — so that a region's patrols done can be
 * set against what the duty asks of its chiefs. A patrol counts once it is completed (ended on the phone, or
 * entered afterwards), in the same transaction. A migration that changes a duty rule empties the topic
 * ({@code delete from region_tally_topic where topic = 'rivers'}) so that it is counted afresh.
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

    /** Completed patrols of official chiefs of one level that count toward their duty, by the day they started. */
    public static String dutyOn(ChiefLevel level) {
        return "duty_" + level.name().toLowerCase(Locale.ROOT) + "_on";
    }

    /** Counts a patrol that has just been completed, by its chief under the chief's duty rule (null: none). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void completed(RiverPatrol patrol, RiverChief chief, RiverDutyRule rule) {
        if (patrol.getStatus() == PatrolStatus.COMPLETED) {
            String day = RegionTallies.day(patrol.getStartedAt());
            Map<Key, Long> keys = new LinkedHashMap<>();
            keys.put(new Key(patrol.getRegionPath(), PATROLS_ON, day), 1L);
            if (chief.getChiefLevel().isOfficial() && rule != null
                    && RiverDutyPolicy.counts(patrol.getDurationSeconds(), rule.getMinMinutes())) {
                keys.put(new Key(chief.getRegionPath(), dutyOn(chief.getChiefLevel()), day), 1L);
            }
            tallies.change(TOPIC, keys);
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

    /**
     * Patrols of the official chiefs at or under a region that started on the days {@code from}–{@code to} and count
     * toward their duty, by level (one statement; a region down to a community).
     */
    public Map<ChiefLevel, Long> dutyPatrols(String regionPath, LocalDate from, LocalDate to) {
        Map<ChiefLevel, String> dims = dutyDims();
        Map<String, Map<String, Long>> figures = tallies.figures(TOPIC, regionPath, dims.values(), from, to);
        Map<ChiefLevel, Long> out = new EnumMap<>(ChiefLevel.class);
        dims.forEach((level, dim) -> out.put(level, figures.getOrDefault(dim, Map.of()).values().stream()
                .mapToLong(Long::longValue).sum()));
        return out;
    }

    /** The same, all levels together, for each of the given regions (the children of {@code parentPath}). */
    public Map<String, Long> dutyPatrols(String parentPath, Collection<String> regionPaths, LocalDate from, LocalDate to) {
        Map<String, Long> out = new HashMap<>();
        for (String dim : dutyDims().values()) {
            tallies.byRegion(TOPIC, parentPath, regionPaths, dim, null, from, to).forEach((path, n) -> out.merge(path, n,
                    Long::sum));
        }
        return out;
    }

    private static Map<ChiefLevel, String> dutyDims() {
        Map<ChiefLevel, String> dims = new EnumMap<>(ChiefLevel.class);
        for (ChiefLevel level : ChiefLevel.values()) {
            if (level.isOfficial()) {
                dims.put(level, dutyOn(level));
            }
        }
        return dims;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void recount(RegionTallies.Rebuild rebuild) {
        recount(jdbc, rebuild);
    }

    /**
     * The recount over any connection (the benchmark data generator uses it too): each completed patrol where its
     * segment lies, and — when its chief has a duty rule — where its chief holds the post, in one pass in the order
     * of region paths.
     */
    public static void recount(JdbcTemplate jdbc, RegionTallies.Rebuild rebuild) {
        JdbcTemplate reader = RegionTallies.recountReader(jdbc);
        reader.query("select p.region_path, cast(null as varchar(20)) as chief_level, p.started_at, "
                + "cast(null as bigint) as duration_seconds, 0 as min_minutes from river_patrol p where p.status = ? "
                + "union all select c.region_path, c.chief_level, p.started_at, p.duration_seconds, r.min_minutes "
                + "from river_patrol p join river_chief c on c.id = p.chief_id "
                + "join river_duty_rule r on r.chief_level = c.chief_level where p.status = ? order by 1", rs -> {
                    String day = RegionTallies.day(rs.getObject(3, OffsetDateTime.class).toInstant());
                    String level = rs.getString(2);
                    if (level == null) {
                        rebuild.add(rs.getString(1), PATROLS_ON, day, 1);
                    } else if (ChiefLevel.valueOf(level).isOfficial()
                            && RiverDutyPolicy.counts(rs.getObject(4, Long.class), rs.getInt(5))) {
                        rebuild.add(rs.getString(1), dutyOn(ChiefLevel.valueOf(level)), day, 1);
                    }
                }, PatrolStatus.COMPLETED.name(), PatrolStatus.COMPLETED.name());
    }
}
