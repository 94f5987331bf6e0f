package org.civicgrid.rivers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.rivers.RiverViews.WaterBodySummary;
import org.civicgrid.rivers.internal.RiverChiefRepository;
import org.civicgrid.rivers.internal.RiverDutyPolicy;
import org.civicgrid.rivers.internal.RiverDutyRule;
import org.civicgrid.rivers.internal.RiverDutyRuleRepository;
import org.civicgrid.rivers.internal.RiverPatrolRepository;
import org.civicgrid.rivers.internal.RiverProblemRepository;
import org.civicgrid.rivers.internal.RiverProjectRepository;
import org.civicgrid.rivers.internal.RiverSection;
import org.civicgrid.rivers.internal.RiverSectionRepository;
import org.civicgrid.rivers.internal.RiverSegmentRepository;
import org.civicgrid.rivers.internal.RiverTallies;
import org.civicgrid.rivers.internal.RiverWaterBody;
import org.civicgrid.rivers.internal.RiverWaterBodyRepository;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.tally.RegionTallies;
import org.civicgrid.shared.time.TimeConfiguration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 河长办看板 — the river-chief office's figures for one region: rivers, chiefs by level, patrols this month and
 * year, problems found and closed, water-quality classes, projects by stage, and the patrol duty of a period
 * (patrols done against what the duty rules ask); drill down city → district → river.
 */
@Service
public class RiverBoard {

    /** Figures for one region. */
    public record Figures(long waterBodies, Map<ChiefLevel, Long> chiefsByLevel, long patrolsThisMonth,
            long patrolsThisYear, long problemsFound, long problemsClosed, Map<WaterClass, Long> sectionsByClass,
            Map<ProjectStage, Long> projectsByStage, long projectsOverdue) {

        public long officialChiefs() {
            return chiefsByLevel.entrySet().stream().filter(e -> e.getKey().isOfficial()).mapToLong(Map.Entry::getValue).sum();
        }

        public long openProblems() {
            return problemsFound - problemsClosed;
        }
    }

    /**
     * 巡河履职 of a period: the official chiefs in post, the patrols their duty rules asked of them
     * ({@link RiverDutyPolicy#required}) and the patrols they made that count toward it ({@link RiverDutyPolicy#counts}).
     */
    public record PatrolDuty(long chiefs, long required, long done) {

        public static final PatrolDuty NONE = new PatrolDuty(0, 0, 0);

        public PatrolDuty plus(PatrolDuty other) {
            return new PatrolDuty(chiefs + other.chiefs, required + other.required, done + other.done);
        }

        /** Patrols done as a percentage of those asked, one decimal; null when none were asked. */
        public Double percent() {
            return required == 0 ? null : Math.round(done * 1000.0 / required) / 10.0;
        }
    }

    /** The patrol duty of a region by chief level, and of each of its children (all levels together). */
    public record DutyFigures(Map<ChiefLevel, PatrolDuty> byLevel, Map<String, PatrolDuty> byChild) {

        public PatrolDuty total() {
            return byLevel.values().stream().reduce(PatrolDuty.NONE, PatrolDuty::plus);
        }
    }

    /** A child region's line in the drill-down. */
    public record ChildLine(long regionId, String name, Figures figures) {}

    /** The board: the region, its figures, its children's, and — below the city — its rivers. */
    public record View(long regionId, String regionName, List<RegionRef> lineage, Figures figures,
            List<ChildLine> children, List<WaterBodySummary> rivers, Reported reported) {}

    /** Figures as the newspaper reported them (the seed), shown beside what the records count. */
    public record Reported(long rivers, long chiefs, long patrols, long civilianChiefs, String source) {}

    private final RiverWaterBodyRepository bodies;
    private final RiverChiefRepository chiefs;
    private final RiverPatrolRepository patrols;
    private final RiverProblemRepository problems;
    private final RiverSectionRepository sections;
    private final RiverProjectRepository projects;
    private final RiverManagement registry;
    private final Regions regions;
    private final Clock clock;
    private final RiverTallies tallies;
    private final RiverSegmentRepository segments;
    private final RiverDutyRuleRepository rules;
    private final Reported reported;

    RiverBoard(RiverWaterBodyRepository bodies, RiverChiefRepository chiefs, RiverPatrolRepository patrols,
            RiverProblemRepository problems, RiverSectionRepository sections, RiverProjectRepository projects,
            RiverManagement registry, Regions regions, Clock clock, RiverTallies tallies, RiverSegmentRepository segments,
            RiverDutyRuleRepository rules) {
        this.tallies = tallies;
        this.rules = rules;
        this.segments = segments;
        this.bodies = bodies;
        this.chiefs = chiefs;
        this.patrols = patrols;
        this.problems = problems;
        this.sections = sections;
        this.projects = projects;
        this.registry = registry;
        this.regions = regions;
        this.clock = clock;
        this.reported = readReported();
    }

    @Transactional(readOnly = true)
    public View view(Long regionId) {
        CurrentUser caller = CurrentUsers.require();
        RegionRef region = regionId == null ? regions.get(new RegionId(caller.regionId()))
                : regions.find(new RegionId(regionId)).filter(r -> caller.canSee(r.path()))
                        .orElseThrow(() -> new NotFoundException("Region", regionId));
        List<RegionRef> kids = regions.children(region.regionId()).stream()
                .filter(child -> child.level() != org.civicgrid.region.RegionLevel.GRID).toList();
        Map<String, Figures> figures = figures(region.path(), kids.stream().map(RegionRef::path).toList());
        List<ChildLine> children = new ArrayList<>();
        for (RegionRef child : kids) {
            children.add(new ChildLine(child.id(), child.name(), figures.get(child.path())));
        }
        List<WaterBodySummary> rivers = region.level() == org.civicgrid.region.RegionLevel.CITY ? List.of()
                : bodies.findInScope(region.path() + "%", PageRequest.of(0, 100)).stream()
                        .map(b -> new WaterBodySummary(b.getId(), b.getCode(), b.getName(), b.getBodyType(), b.getLengthKm(),
                                b.getAreaKm2(), b.getBasin(), 0, 0, null)).toList();
        return new View(region.id(), region.name(), regions.lineage(region.regionId()), figures(region.path()), children,
                rivers, reported);
    }

    /** The figures for everything under {@code regionPath}. */
    @Transactional(readOnly = true)
    public Figures figures(String regionPath) {
        String scope = regionPath + "%";
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
        Instant monthStart = today.withDayOfMonth(1).atStartOfDay(TimeConfiguration.ZONE).toInstant();
        Instant yearStart = today.withDayOfYear(1).atStartOfDay(TimeConfiguration.ZONE).toInstant();
        Instant tomorrow = today.plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant();
        Map<ChiefLevel, Long> byLevel = new EnumMap<>(ChiefLevel.class);
        for (ChiefLevel level : ChiefLevel.values()) {
            byLevel.put(level, chiefs.countByRegionPathLikeAndChiefLevel(scope, level));
        }
        Map<WaterClass, Long> classes = new EnumMap<>(WaterClass.class);
        for (RiverSection s : sections.findByRegionPathLikeOrderByCode(scope)) {
            if (s.getLatestClass() != null) {
                classes.merge(s.getLatestClass(), 1L, Long::sum);
            }
        }
        Map<ProjectStage, Long> stages = new EnumMap<>(ProjectStage.class);
        long overdue = 0;
        for (Object[] row : projects.countByRegionPathAndStage(scope, today)) {
            stages.merge((ProjectStage) row[1], ((Number) row[2]).longValue(), Long::sum);
            overdue += row[3] == null ? 0 : ((Number) row[3]).longValue();
        }
        boolean kept = RegionTallies.depth(regionPath) <= RegionTallies.DAILY_DEPTH;
        long month = kept ? tallies.patrols(regionPath, today.withDayOfMonth(1), today)
                : patrols.countCompleted(scope, monthStart, tomorrow);
        long year = kept ? tallies.patrols(regionPath, today.withDayOfYear(1), today)
                : patrols.countCompleted(scope, yearStart, tomorrow);
        return new Figures(bodies.findInScope(scope, PageRequest.of(0, 1)).getTotalElements(), byLevel, month, year,
                problems.countByRegionPathLike(scope), problems.countByRegionPathLikeAndClosedTrue(scope), classes, stages,
                overdue);
    }

    /**
     * The figures of each of a region's children (the paths given), in a few grouped queries rather than a round
     * of queries per child.
     */
    @Transactional(readOnly = true)
    public Map<String, Figures> figures(String parentPath, List<String> childPaths) {
        Map<String, Figures> out = new LinkedHashMap<>();
        if (childPaths.isEmpty()) {
            return out;
        }
        String scope = parentPath + "%";
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
        Map<String, Map<ChiefLevel, Long>> levels = new HashMap<>();
        for (Object[] row : chiefs.countByRegionPathAndLevel(scope)) {
            String child = childOf((String) row[0], childPaths);
            if (child != null) {
                levels.computeIfAbsent(child, k -> new EnumMap<>(ChiefLevel.class))
                        .merge((ChiefLevel) row[1], ((Number) row[2]).longValue(), Long::sum);
            }
        }
        Map<String, Map<WaterClass, Long>> classes = new HashMap<>();
        for (RiverSection section : sections.findByRegionPathLikeOrderByCode(scope)) {
            String child = childOf(section.getRegionPath(), childPaths);
            if (child != null && section.getLatestClass() != null) {
                classes.computeIfAbsent(child, k -> new EnumMap<>(WaterClass.class)).merge(section.getLatestClass(), 1L,
                        Long::sum);
            }
        }
        Map<String, Map<ProjectStage, Long>> stages = new HashMap<>();
        Map<String, Long> overdue = new HashMap<>();
        for (Object[] row : projects.countByRegionPathAndStage(scope, today)) {
            String child = childOf((String) row[0], childPaths);
            if (child != null) {
                stages.computeIfAbsent(child, k -> new EnumMap<>(ProjectStage.class)).merge((ProjectStage) row[1],
                        ((Number) row[2]).longValue(), Long::sum);
                overdue.merge(child, row[3] == null ? 0L : ((Number) row[3]).longValue(), Long::sum);
            }
        }
        // a water body counts where it is registered and wherever one of its segments lies
        Map<String, java.util.Set<Long>> bodiesIn = new HashMap<>();
        for (List<Object[]> places : List.of(bodies.placesInScope(scope), segments.placesInScope(scope))) {
            for (Object[] row : places) {
                String child = childOf((String) row[1], childPaths);
                if (child != null) {
                    bodiesIn.computeIfAbsent(child, k -> new java.util.HashSet<>()).add(((Number) row[0]).longValue());
                }
            }
        }
        Map<String, long[]> found = new HashMap<>();
        for (Object[] row : problems.countByRegionPath(scope)) {
            String child = childOf((String) row[0], childPaths);
            if (child != null) {
                long[] n = found.computeIfAbsent(child, k -> new long[2]);
                n[0] += ((Number) row[1]).longValue();
                n[1] += row[2] == null ? 0 : ((Number) row[2]).longValue();
            }
        }
        boolean kept = RegionTallies.depth(parentPath) < RegionTallies.DAILY_DEPTH;
        Map<String, Long> month = kept ? tallies.patrols(parentPath, childPaths, today.withDayOfMonth(1), today) : null;
        Map<String, Long> year = kept ? tallies.patrols(parentPath, childPaths, today.withDayOfYear(1), today) : null;
        Instant tomorrow = today.plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant();
        for (String child : childPaths) {
            Map<ChiefLevel, Long> byLevel = new EnumMap<>(ChiefLevel.class);
            for (ChiefLevel level : ChiefLevel.values()) {
                byLevel.put(level, levels.getOrDefault(child, Map.of()).getOrDefault(level, 0L));
            }
            long patrolsMonth = kept ? month.getOrDefault(child, 0L) : patrols.countCompleted(child + "%",
                    today.withDayOfMonth(1).atStartOfDay(TimeConfiguration.ZONE).toInstant(), tomorrow);
            long patrolsYear = kept ? year.getOrDefault(child, 0L) : patrols.countCompleted(child + "%",
                    today.withDayOfYear(1).atStartOfDay(TimeConfiguration.ZONE).toInstant(), tomorrow);
            long[] problemCounts = found.getOrDefault(child, new long[2]);
            out.put(child, new Figures(bodiesIn.getOrDefault(child, java.util.Set.of()).size(), byLevel, patrolsMonth,
                    patrolsYear, problemCounts[0], problemCounts[1],
                    classes.getOrDefault(child, new EnumMap<>(WaterClass.class)),
                    stages.getOrDefault(child, new EnumMap<>(ProjectStage.class)), overdue.getOrDefault(child, 0L)));
        }
        return out;
    }

    /**
     * 巡河履职 over the days {@code from}–{@code to} (up to today) of the official chiefs at or under a region, by
     * level, and of those under each of the given children. What the duty asked comes from the chiefs (one grouped
     * query: a few thousand in a city) and the rules; the patrols that counted from the kept figures down to
     * communities, counted directly below them.
     */
    @Transactional(readOnly = true)
    public DutyFigures duty(String regionPath, List<String> childPaths, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
        LocalDate end = to.isAfter(today) ? today : to;
        Map<ChiefLevel, RiverDutyRule> ruleByLevel = new EnumMap<>(ChiefLevel.class);
        rules.findAll().forEach(r -> ruleByLevel.put(r.getChiefLevel(), r));
        Map<ChiefLevel, long[]> levels = new EnumMap<>(ChiefLevel.class);
        Map<String, long[]> children = new HashMap<>();
        for (ChiefLevel level : ruleByLevel.keySet()) {
            if (level.isOfficial()) {
                levels.put(level, new long[3]);
            }
        }
        if (end.isBefore(from)) {
            return duty(levels, children, childPaths);
        }
        for (Object[] row : chiefs.countOfficialByRegionPathLevelAndSince(regionPath + "%")) {
            ChiefLevel level = (ChiefLevel) row[1];
            LocalDate since = (LocalDate) row[2];
            RiverDutyRule rule = ruleByLevel.get(level);
            if (rule == null || since.isAfter(end)) {
                continue;
            }
            long n = ((Number) row[3]).longValue();
            long required = n * RiverDutyPolicy.required(since, rule.every(), from, end);
            add(levels.get(level), n, required, 0);
            String child = childOf((String) row[0], childPaths);
            if (child != null) {
                add(children.computeIfAbsent(child, k -> new long[3]), n, required, 0);
            }
        }
        boolean kept = RegionTallies.depth(regionPath) <= RegionTallies.DAILY_DEPTH;
        boolean childrenKept = RegionTallies.depth(regionPath) < RegionTallies.DAILY_DEPTH;
        if (kept) {
            tallies.dutyPatrols(regionPath, from, end).forEach((level, n) -> {
                if (levels.containsKey(level)) {
                    add(levels.get(level), 0, 0, n);
                }
            });
        }
        if (childrenKept && !childPaths.isEmpty()) {
            tallies.dutyPatrols(regionPath, childPaths, from, end).forEach((child, n) ->
                    add(children.computeIfAbsent(child, k -> new long[3]), 0, 0, n));
        }
        if (!kept || (!childrenKept && !childPaths.isEmpty())) {
            // below the kept figures: a community's or a grid's chiefs are few, their patrols in a period fewer
            for (Object[] row : patrols.completedByChiefsUnder(regionPath + "%",
                    from.atStartOfDay(TimeConfiguration.ZONE).toInstant(),
                    end.plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant())) {
                ChiefLevel level = (ChiefLevel) row[1];
                RiverDutyRule rule = ruleByLevel.get(level);
                if (rule == null || !RiverDutyPolicy.counts((Long) row[2], rule.getMinMinutes())) {
                    continue;
                }
                if (!kept) {
                    add(levels.get(level), 0, 0, 1);
                }
                String child = childOf((String) row[0], childPaths);
                if (!childrenKept && child != null) {
                    add(children.computeIfAbsent(child, k -> new long[3]), 0, 0, 1);
                }
            }
        }
        return duty(levels, children, childPaths);
    }

    private static DutyFigures duty(Map<ChiefLevel, long[]> levels, Map<String, long[]> children, List<String> childPaths) {
        Map<ChiefLevel, PatrolDuty> byLevel = new EnumMap<>(ChiefLevel.class);
        levels.forEach((level, n) -> byLevel.put(level, new PatrolDuty(n[0], n[1], n[2])));
        Map<String, PatrolDuty> byChild = new LinkedHashMap<>();
        for (String child : childPaths) {
            long[] n = children.getOrDefault(child, new long[3]);
            byChild.put(child, new PatrolDuty(n[0], n[1], n[2]));
        }
        return new DutyFigures(byLevel, byChild);
    }

    private static void add(long[] figures, long chiefs, long required, long done) {
        figures[0] += chiefs;
        figures[1] += required;
        figures[2] += done;
    }

    /** The child region a path lies in (at or under it), or null. */
    private static String childOf(String path, List<String> childPaths) {
        for (String child : childPaths) {
            if (path.startsWith(child)) {
                return child;
            }
        }
        return null;
    }

    public Reported reported() {
        return reported;
    }

    private static Reported readReported() {
        try (InputStream in = new ClassPathResource("data/rivers/reported-figures.json").getInputStream()) {
            JsonNode n = JsonMapper.builder().build().readTree(in);
            return new Reported(n.path("rivers").asLong(), n.path("chiefs").asLong(), n.path("patrols").asLong(),
                    n.path("civilian_chiefs").asLong(), n.path("source").asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String nameOf(RiverWaterBody b) {
        return Objects.toString(b.getName(), "");
    }
}
