package org.civicgrid.rivers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.rivers.RiverCommands.AddSegment;
import org.civicgrid.rivers.RiverCommands.AppointChief;
import org.civicgrid.rivers.RiverCommands.RegisterWaterBody;
import org.civicgrid.rivers.RiverCommands.ReportProblem;
import org.civicgrid.rivers.RiverViews.ChiefRef;
import org.civicgrid.rivers.RiverViews.ChiefView;
import org.civicgrid.rivers.RiverViews.ProblemView;
import org.civicgrid.rivers.RiverViews.SectionView;
import org.civicgrid.rivers.RiverViews.SegmentView;
import org.civicgrid.rivers.RiverViews.WaterBodyDetail;
import org.civicgrid.rivers.RiverViews.WaterBodySummary;
import org.civicgrid.rivers.internal.RiverChief;
import org.civicgrid.rivers.internal.RiverChiefAssignment;
import org.civicgrid.rivers.internal.RiverChiefAssignmentRepository;
import org.civicgrid.rivers.internal.RiverChiefRepository;
import org.civicgrid.rivers.internal.RiverPatrol;
import org.civicgrid.rivers.internal.RiverPatrolRepository;
import org.civicgrid.rivers.internal.RiverPolicy;
import org.civicgrid.rivers.internal.RiverProblem;
import org.civicgrid.rivers.internal.RiverProblemRepository;
import org.civicgrid.rivers.internal.RiverSearchSource;
import org.civicgrid.rivers.internal.RiverSection;
import org.civicgrid.rivers.internal.RiverSectionRepository;
import org.civicgrid.rivers.internal.RiverSegment;
import org.civicgrid.rivers.internal.RiverSegmentRepository;
import org.civicgrid.rivers.internal.RiverWaterBody;
import org.civicgrid.rivers.internal.RiverWaterBodyRepository;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.InvalidInputException.FieldError;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.geo.GeoJson;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 一河一档 — the registry of water bodies, segments and chiefs, and the problems found on them. Every read is
 * scoped to the caller's region: a record outside it is not found.
 */
@Service
public class RiverManagement {

    private final RiverWaterBodyRepository bodies;
    private final RiverSegmentRepository segments;
    private final RiverChiefRepository chiefs;
    private final RiverChiefAssignmentRepository assignments;
    private final RiverProblemRepository problems;
    private final RiverSectionRepository sections;
    private final RiverPatrolRepository patrols;
    private final Regions regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RiverManagement(RiverWaterBodyRepository bodies, RiverSegmentRepository segments, RiverChiefRepository chiefs,
            RiverChiefAssignmentRepository assignments, RiverProblemRepository problems,
            RiverSectionRepository sections, RiverPatrolRepository patrols, Regions regions,
            ApplicationEventPublisher events, Clock clock) {
        this.bodies = bodies;
        this.segments = segments;
        this.chiefs = chiefs;
        this.assignments = assignments;
        this.problems = problems;
        this.sections = sections;
        this.patrols = patrols;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    // ---- registry: writes (the river-chief office, i.e. officials) ----

    @Transactional
    public long registerWaterBody(RegisterWaterBody command) {
        CurrentUser caller = requireOffice();
        List<FieldError> errors = new ArrayList<>();
        String code = trim(command.code());
        String name = trim(command.name());
        if (code == null || code.length() > 40) {
            errors.add(new FieldError("code", "1–40 characters"));
        }
        if (name == null || name.length() > 100) {
            errors.add(new FieldError("name", "1–100 characters"));
        }
        if (command.type() == null) {
            errors.add(new FieldError("type", "required"));
        }
        RegionRef region = regionInScope(command.regionId() == null ? caller.regionId() : command.regionId(), caller,
                "region_id", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (bodies.findByCode(code).isPresent()) {
            throw codeTaken(code);
        }
        try {
            RiverWaterBody body = bodies.saveAndFlush(new RiverWaterBody(code, name, command.type(), command.lengthKm(),
                    command.areaKm2(), trim(command.basin()), trim(command.description()), region.id(), region.path(),
                    clock.instant()));
            events.publishEvent(RiverSearchSource.entry(body));
            return body.getId();
        } catch (DataIntegrityViolationException e) {
            throw codeTaken(code);
        }
    }

    @Transactional
    public long addSegment(AddSegment command) {
        CurrentUser caller = requireOffice();
        RiverWaterBody body = visibleBody(command.waterBodyId(), caller);
        List<FieldError> errors = new ArrayList<>();
        String name = trim(command.name());
        if (name == null || name.length() > 100) {
            errors.add(new FieldError("name", "1–100 characters"));
        }
        RegionRef region = regionInScope(command.regionId(), caller, "region_id", errors);
        Geometry geometry = null;
        if (command.geometry() != null) {
            try {
                geometry = GeoJson.read(command.geometry());
                String kind = geometry.getGeometryType();
                if (!Set.of("LineString", "MultiLineString", "Polygon", "MultiPolygon").contains(kind)) {
                    errors.add(new FieldError("geometry", "a LineString or Polygon"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("geometry", "not valid GeoJSON"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Point centre = geometry == null ? null : geometry.getInteriorPoint();
        Double lat = centre != null ? centre.getY() : region.lat();
        Double lng = centre != null ? centre.getX() : region.lng();
        try {
            return segments.saveAndFlush(new RiverSegment(body.getId(), name, command.lengthKm(), command.geometry(), lat,
                    lng, region.id(), region.path())).getId();
        } catch (DataIntegrityViolationException e) {
            throw (ConflictException) new ConflictException("segment-name-taken", "Segment exists",
                    "This water body already has a segment called " + name).with("name", name);
        }
    }

    @Transactional
    public long appointChief(AppointChief command) {
        CurrentUser caller = requireOffice();
        List<FieldError> errors = new ArrayList<>();
        String name = trim(command.name());
        if (name == null || name.length() > 100) {
            errors.add(new FieldError("name", "1–100 characters"));
        }
        if (command.level() == null) {
            errors.add(new FieldError("level", "required"));
        }
        RegionRef region = regionInScope(command.regionId(), caller, "region_id", errors);
        if (region != null && command.level() != null && command.level().isOfficial()
                && region.level() != command.level().regionLevel()) {
            errors.add(new FieldError("region_id", "a " + command.level() + " chief answers for a "
                    + command.level().regionLevel() + " region"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDate since = command.since() != null ? command.since() : LocalDate.now(clock);
        return chiefs.save(new RiverChief(name, command.level(), trim(command.position()), trim(command.username()),
                region.id(), region.path(), since, clock.instant())).getId();
    }

    /** 分配河段 — one chief per level on a segment; a second one is refused (409). */
    @Transactional
    public void assign(long segmentId, long chiefId) {
        CurrentUser caller = requireOffice();
        RiverSegment segment = visibleSegment(segmentId, caller);
        RiverChief chief = visibleChief(chiefId, caller);
        if (!RiverPolicy.chiefMayAnswerFor(chief.getRegionPath(), chief.getChiefLevel(), segment.getRegionPath())) {
            throw new InvalidInputException("chief_id", "the chief's region does not contain the segment");
        }
        if (assignments.existsBySegmentIdAndChiefId(segmentId, chiefId)) {
            return;
        }
        try {
            assignments.saveAndFlush(new RiverChiefAssignment(segmentId, chiefId, chief.getChiefLevel(),
                    LocalDate.now(clock)));
        } catch (DataIntegrityViolationException e) {
            throw (ConflictException) new ConflictException("segment-level-taken", "Level already has a chief",
                    "This segment already has a " + chief.getChiefLevel() + " chief").with("level",
                    chief.getChiefLevel().name());
        }
    }

    // ---- registry: reads ----

    @Transactional(readOnly = true)
    public Page<WaterBodySummary> waterBodies(Pageable pageable) {
        CurrentUser caller = CurrentUsers.require();
        String scope = caller.scope().likePattern();
        Page<RiverWaterBody> page = bodies.findInScope(scope, pageable);
        return page.map(b -> {
            List<RiverSegment> segs = segments.findByWaterBodyIdOrderByName(b.getId()).stream()
                    .filter(s -> caller.canSee(s.getRegionPath())).toList();
            long open = problems.findByWaterBodyIdAndClosedFalseAndRegionPathLikeOrderByFoundAtDesc(b.getId(), scope).size();
            WaterClass latest = sections.findByWaterBodyIdOrderByCode(b.getId()).stream()
                    .filter(s -> caller.canSee(s.getRegionPath())).map(RiverSection::getLatestClass)
                    .filter(Objects::nonNull).reduce(WaterClass::worst).orElse(null);
            return new WaterBodySummary(b.getId(), b.getCode(), b.getName(), b.getBodyType(), b.getLengthKm(),
                    b.getAreaKm2(), b.getBasin(), segs.size(), open, latest);
        });
    }

    @Transactional(readOnly = true)
    public WaterBodyDetail waterBody(long id) {
        CurrentUser caller = CurrentUsers.require();
        RiverWaterBody b = visibleBody(id, caller);
        List<RiverSegment> segs = segments.findByWaterBodyIdOrderByName(id).stream()
                .filter(s -> caller.canSee(s.getRegionPath())).toList();
        List<ProblemView> open = problems.findByWaterBodyIdAndClosedFalseAndRegionPathLikeOrderByFoundAtDesc(id,
                caller.scope().likePattern()).stream().map(this::problemView).toList();
        List<SectionView> secs = sections.findByWaterBodyIdOrderByCode(id).stream()
                .filter(s -> caller.canSee(s.getRegionPath())).map(s -> sectionView(s, b)).toList();
        return new WaterBodyDetail(b.getId(), b.getCode(), b.getName(), b.getBodyType(), b.getLengthKm(), b.getAreaKm2(),
                b.getBasin(), b.getDescription(), segmentViews(segs), open, secs);
    }

    @Transactional(readOnly = true)
    public SegmentView segment(long id) {
        return segmentViews(List.of(visibleSegment(id, CurrentUsers.require()))).get(0);
    }

    @Transactional(readOnly = true)
    public Page<ChiefView> chiefs(Pageable pageable) {
        CurrentUser caller = CurrentUsers.require();
        return chiefs.findByRegionPathLikeOrderByChiefLevelAscNameAsc(caller.scope().likePattern(), pageable)
                .map(c -> chiefView(c, false));
    }

    @Transactional(readOnly = true)
    public ChiefView chief(long id) {
        return chiefView(visibleChief(id, CurrentUsers.require()), true);
    }

    /** The chief records linked to the signed-in user (a chief who signs in sees their own segments). */
    @Transactional(readOnly = true)
    public List<ChiefView> myChiefRecords() {
        CurrentUser caller = CurrentUsers.require();
        return chiefs.findByUsername(caller.username()).stream().map(c -> chiefView(c, true)).toList();
    }

    /** Segments in scope as a GeoJSON FeatureCollection for the map, coloured by the worst latest class. */
    @Transactional(readOnly = true)
    public String segmentMap() {
        CurrentUser caller = CurrentUsers.require();
        List<RiverSegment> segs = segments.findByRegionPathLikeOrderByName(caller.scope().likePattern());
        Map<Long, RiverWaterBody> byId = bodies.findByIdIn(segs.stream().map(RiverSegment::getWaterBodyId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(RiverWaterBody::getId, Function.identity()));
        Map<Long, WaterClass> classBySegment = new LinkedHashMap<>();
        for (RiverSegment s : segs) {
            sections.findBySegmentIdOrderByCode(s.getId()).stream().map(RiverSection::getLatestClass)
                    .filter(Objects::nonNull).reduce(WaterClass::worst).ifPresent(c -> classBySegment.put(s.getId(), c));
        }
        StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        for (RiverSegment s : segs) {
            if (s.getGeometryGeojson() == null) {
                continue;
            }
            RiverWaterBody b = byId.get(s.getWaterBodyId());
            WaterClass c = classBySegment.get(s.getId());
            if (!first) {
                out.append(',');
            }
            first = false;
            out.append("{\"type\":\"Feature\",\"geometry\":").append(s.getGeometryGeojson())
                    .append(",\"properties\":{\"name\":").append(json(b.getName() + " · " + s.getName()))
                    .append(",\"detail\":").append(json(c == null ? "" : c.name()))
                    .append(",\"label\":").append(json(c == null ? "" : c.name()))
                    .append(",\"href\":").append(json("/rivers/" + b.getId()))
                    .append(",\"color\":").append(json(c == null ? "#1565c0" : c.color())).append("}}");
        }
        return out.append("]}").toString();
    }

    // ---- problems ----

    /** 上报问题 — records a problem on a segment and asks casework for a case. */
    @Transactional
    public ProblemView reportProblem(ReportProblem command) {
        CurrentUser caller = CurrentUsers.require();
        RiverSegment segment = visibleSegment(command.segmentId(), caller);
        if (!RiverPolicy.mayReportProblems(caller, chiefs.findByUsername(caller.username()).size())) {
            throw new ForbiddenException("Only river chiefs and officials report river problems");
        }
        List<FieldError> errors = new ArrayList<>();
        String description = trim(command.description());
        if (command.category() == null || command.category() == ProblemCategory.WATER_QUALITY_DROP) {
            errors.add(new FieldError("category", "choose what was found"));
        }
        if (description == null || description.length() > 2000) {
            errors.add(new FieldError("description", "1–2000 characters"));
        }
        if ((command.lat() == null) != (command.lng() == null)) {
            errors.add(new FieldError("lat", "give both latitude and longitude, or neither"));
        }
        if (command.areaM2() != null && command.areaM2().signum() < 0) {
            errors.add(new FieldError("area_m2", "must not be negative"));
        }
        if (command.patrolId() != null) {
            RiverPatrol patrol = patrols.findById(command.patrolId()).orElse(null);
            if (patrol == null || patrol.getSegmentId() != segment.getId()) {
                errors.add(new FieldError("patrol_id", "not a patrol of this segment"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        RiverProblem problem = problems.save(new RiverProblem(command.patrolId(), segment,
                command.category().caseCategoryCode(), description, command.areaM2(), command.lat(), command.lng(),
                trim(command.address()), command.foundAt() != null ? command.foundAt() : clock.instant(),
                caller.username()));
        RiverWaterBody body = bodies.findById(segment.getWaterBodyId()).orElseThrow();
        events.publishEvent(new PatrolProblemFound(problem.getId(), body.getId(), segment.getId(), command.patrolId(),
                PatrolProblemFound.refOf(problem.getId()), problem.getCategoryCode(),
                body.getName() + " " + segment.getName() + ": " + description
                        + (command.areaM2() != null ? " (" + command.areaM2().stripTrailingZeros().toPlainString() + " m²)" : ""),
                command.lat(), command.lng(), problem.getAddress(), segment.getRegionId(), caller.username()));
        return problemView(problem);
    }

    @Transactional(readOnly = true)
    public Page<ProblemView> problems(Pageable pageable) {
        CurrentUser caller = CurrentUsers.require();
        return problems.findByRegionPathLikeOrderByFoundAtDesc(caller.scope().likePattern(), pageable)
                .map(this::problemView);
    }

    @Transactional(readOnly = true)
    public ProblemView problem(long id) {
        CurrentUser caller = CurrentUsers.require();
        return problems.findById(id).filter(p -> caller.canSee(p.getRegionPath())).map(this::problemView)
                .orElseThrow(() -> new NotFoundException("River problem", id));
    }

    // ---- views and helpers ----

    List<SegmentView> segmentViews(List<RiverSegment> segs) {
        if (segs.isEmpty()) {
            return List.of();
        }
        Map<Long, List<RiverChiefAssignment>> bySegment = assignments.findBySegmentIdIn(
                segs.stream().map(RiverSegment::getId).toList()).stream()
                .collect(Collectors.groupingBy(RiverChiefAssignment::getSegmentId));
        Map<Long, RiverChief> chiefById = chiefs.findByIdIn(bySegment.values().stream().flatMap(List::stream)
                .map(RiverChiefAssignment::getChiefId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(RiverChief::getId, Function.identity()));
        Map<Long, RiverWaterBody> bodyById = bodies.findByIdIn(segs.stream().map(RiverSegment::getWaterBodyId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(RiverWaterBody::getId, Function.identity()));
        List<SegmentView> out = new ArrayList<>();
        for (RiverSegment s : segs) {
            List<ChiefRef> refs = bySegment.getOrDefault(s.getId(), List.of()).stream()
                    .map(a -> chiefById.get(a.getChiefId())).filter(Objects::nonNull)
                    .sorted(Comparator.comparing(RiverChief::getChiefLevel).thenComparing(RiverChief::getName))
                    .map(c -> new ChiefRef(c.getId(), c.getName(), c.getChiefLevel(), c.getPosition())).toList();
            EnumSet<ChiefLevel> missing = EnumSet.noneOf(ChiefLevel.class);
            RegionRef region = regions.get(new RegionId(s.getRegionId()));
            for (ChiefLevel level : RiverPolicy.applicableLevels(region.level())) {
                if (refs.stream().noneMatch(r -> r.level() == level)) {
                    missing.add(level);
                }
            }
            out.add(new SegmentView(s.getId(), s.getWaterBodyId(), bodyById.get(s.getWaterBodyId()).getName(),
                    s.getName(), s.getLengthKm(), s.getRegionId(), region.name(), s.getGeometryGeojson(), refs,
                    List.copyOf(missing)));
        }
        return out;
    }

    private ChiefView chiefView(RiverChief c, boolean withSegments) {
        List<SegmentView> segs = List.of();
        if (withSegments) {
            List<Long> ids = assignments.findByChiefId(c.getId()).stream().map(RiverChiefAssignment::getSegmentId).toList();
            segs = segmentViews(segments.findByIdIn(ids).stream()
                    .sorted(Comparator.comparing(RiverSegment::getWaterBodyId).thenComparing(RiverSegment::getName)).toList());
        }
        return new ChiefView(c.getId(), c.getName(), c.getChiefLevel(), c.getPosition(), c.getUsername(), c.getRegionId(),
                regions.nameOf(c.getRegionId()), c.getSince(), segs);
    }

    ProblemView problemView(RiverProblem p) {
        RiverSegment s = segments.findById(p.getSegmentId()).orElseThrow();
        RiverWaterBody b = bodies.findById(p.getWaterBodyId()).orElseThrow();
        return new ProblemView(p.getId(), p.getPatrolId(), b.getId(), b.getName(), s.getId(), s.getName(),
                ProblemCategory.ofCode(p.getCategoryCode()).orElse(ProblemCategory.OTHER), p.getCategoryCode(),
                p.getDescription(), p.getAreaM2(), p.getLat(), p.getLng(), p.getAddress(), p.getFoundAt(),
                p.getReportedBy(), p.getCaseId(), p.getCaseStatus(), p.isClosed());
    }

    static SectionView sectionView(RiverSection s, RiverWaterBody b) {
        return new SectionView(s.getId(), b.getId(), b.getName(), s.getCode(), s.getName(), s.getLat(), s.getLng(),
                s.getTargetClass(), s.getLatestClass(), s.getLatestGrade(), s.getLatestAt());
    }

    RiverWaterBody visibleBody(long id, CurrentUser caller) {
        return bodies.findById(id).filter(b -> caller.canSee(b.getRegionPath())
                || segments.findByWaterBodyIdOrderByName(id).stream().anyMatch(s -> caller.canSee(s.getRegionPath())))
                .orElseThrow(() -> new NotFoundException("Water body", id));
    }

    RiverSegment visibleSegment(long id, CurrentUser caller) {
        return segments.findById(id).filter(s -> caller.canSee(s.getRegionPath()))
                .orElseThrow(() -> new NotFoundException("River segment", id));
    }

    RiverChief visibleChief(long id, CurrentUser caller) {
        return chiefs.findById(id).filter(c -> caller.canSee(c.getRegionPath()))
                .orElseThrow(() -> new NotFoundException("River chief", id));
    }

    private RegionRef regionInScope(Long regionId, CurrentUser caller, String field, List<FieldError> errors) {
        RegionRef region = regionId == null ? null
                : regions.find(new RegionId(regionId)).filter(r -> caller.canSee(r.path())).orElse(null);
        if (region == null) {
            errors.add(new FieldError(field, "not a region inside yours"));
        }
        return region;
    }

    private static CurrentUser requireOffice() {
        CurrentUser caller = CurrentUsers.require();
        if (!caller.isOfficial()) {
            throw new ForbiddenException("Only the river-chief office (officials) keeps the registry");
        }
        return caller;
    }

    private static ConflictException codeTaken(String code) {
        return (ConflictException) new ConflictException("water-body-code-taken", "Code taken",
                "Another water body has the code " + code).with("code", code);
    }

    static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '<' -> b.append("\\u003c");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
