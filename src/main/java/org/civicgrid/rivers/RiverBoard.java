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
import org.civicgrid.rivers.internal.RiverPatrolRepository;
import org.civicgrid.rivers.internal.RiverProblemRepository;
import org.civicgrid.rivers.internal.RiverProject;
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
 * year, problems found and closed, water-quality classes, projects by stage; drill down city → district → river.
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
    private final Reported reported;

    RiverBoard(RiverWaterBodyRepository bodies, RiverChiefRepository chiefs, RiverPatrolRepository patrols,
            RiverProblemRepository problems, RiverSectionRepository sections, RiverProjectRepository projects,
            RiverManagement registry, Regions regions, Clock clock, RiverTallies tallies, RiverSegmentRepository segments) {
        this.tallies = tallies;
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
        for (RiverProject p : projects.findByRegionPathLikeOrderByProjectTypeAscPlanYearAscNameAsc(scope)) {
            stages.merge(p.getStage(), 1L, Long::sum);
            overdue += p.isOverdue(today) ? 1 : 0;
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
        for (RiverProject project : projects.findByRegionPathLikeOrderByProjectTypeAscPlanYearAscNameAsc(scope)) {
            String child = childOf(project.getRegionPath(), childPaths);
            if (child != null) {
                stages.computeIfAbsent(child, k -> new EnumMap<>(ProjectStage.class)).merge(project.getStage(), 1L,
                        Long::sum);
                overdue.merge(child, project.isOverdue(today) ? 1L : 0L, Long::sum);
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
