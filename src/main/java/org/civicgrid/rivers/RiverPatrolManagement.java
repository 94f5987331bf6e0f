package org.civicgrid.rivers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.rivers.RiverCommands.EnterPatrol;
import org.civicgrid.rivers.RiverViews.ComplianceRow;
import org.civicgrid.rivers.RiverViews.PatrolView;
import org.civicgrid.rivers.RiverViews.PointBatchResult;
import org.civicgrid.rivers.RiverViews.TrackPoint;
import org.civicgrid.rivers.internal.RiverChief;
import org.civicgrid.rivers.internal.RiverChiefAssignmentRepository;
import org.civicgrid.rivers.internal.RiverChiefRepository;
import org.civicgrid.rivers.internal.RiverDutyPolicy;
import org.civicgrid.rivers.internal.RiverDutyRule;
import org.civicgrid.rivers.internal.RiverDutyRuleRepository;
import org.civicgrid.rivers.internal.RiverPatrol;
import org.civicgrid.rivers.internal.RiverPatrolPhoto;
import org.civicgrid.rivers.internal.RiverPatrolPhotoRepository;
import org.civicgrid.rivers.internal.RiverPatrolPoint;
import org.civicgrid.rivers.internal.RiverPatrolPointRepository;
import org.civicgrid.rivers.internal.RiverPatrolRepository;
import org.civicgrid.rivers.internal.RiverPolicy;
import org.civicgrid.rivers.internal.RiverProblemRepository;
import org.civicgrid.rivers.internal.RiverSegment;
import org.civicgrid.rivers.internal.RiverSegmentRepository;
import org.civicgrid.rivers.internal.RiverTallies;
import org.civicgrid.rivers.internal.RiverTrack;
import org.civicgrid.rivers.internal.RiverWaterBodyRepository;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.InvalidInputException.FieldError;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.files.UploadStore;
import org.civicgrid.shared.files.UploadedFile;
import org.civicgrid.shared.time.TimeConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * 巡河 — a chief starts a patrol on a phone, sends track points in batches (a batch sent twice adds nothing),
 * notes and photos, and ends it; or a patrol is entered afterwards. Also the duty compliance board.
 */
@Service
public class RiverPatrolManagement {

    /** Points in one batch; a phone that was offline for long sends several. */
    public static final int MAX_BATCH = 500;

    private final RiverPatrolRepository patrols;
    private final RiverPatrolPointRepository points;
    private final RiverPatrolPhotoRepository photos;
    private final RiverChiefRepository chiefs;
    private final RiverChiefAssignmentRepository assignments;
    private final RiverSegmentRepository segments;
    private final RiverWaterBodyRepository bodies;
    private final RiverDutyRuleRepository rules;
    private final RiverProblemRepository problems;
    private final RiverManagement registry;
    private final UploadStore uploads;
    private final Regions regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RiverTallies tallies;

    RiverPatrolManagement(RiverPatrolRepository patrols, RiverPatrolPointRepository points,
            RiverPatrolPhotoRepository photos, RiverChiefRepository chiefs, RiverChiefAssignmentRepository assignments,
            RiverSegmentRepository segments, RiverWaterBodyRepository bodies, RiverDutyRuleRepository rules,
            RiverProblemRepository problems, RiverManagement registry, UploadStore uploads, Regions regions,
            ApplicationEventPublisher events, Clock clock, RiverTallies tallies) {
        this.tallies = tallies;
        this.patrols = patrols;
        this.points = points;
        this.photos = photos;
        this.chiefs = chiefs;
        this.assignments = assignments;
        this.segments = segments;
        this.bodies = bodies;
        this.rules = rules;
        this.problems = problems;
        this.registry = registry;
        this.uploads = uploads;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    /** 开始巡河 — the signed-in chief starts patrolling one of their segments. */
    @Transactional
    public PatrolView start(long segmentId) {
        CurrentUser caller = CurrentUsers.require();
        RiverSegment segment = registry.visibleSegment(segmentId, caller);
        RiverChief chief = chiefFor(caller, segment);
        RiverPatrol patrol = patrols.save(RiverPatrol.start(chief.getId(), segment, clock.instant(), caller.username()));
        return view(patrol);
    }

    /**
     * Adds a batch of track points. Idempotent: points are keyed by their instant, so a batch the phone sends again
     * after a dropped connection adds nothing new.
     */
    @Transactional
    public PointBatchResult addPoints(long patrolId, List<TrackPoint> batch) {
        CurrentUser caller = CurrentUsers.require();
        RiverPatrol patrol = ownPatrol(patrolId, caller);
        patrol.checkTracking();
        List<FieldError> errors = new ArrayList<>();
        if (batch == null || batch.isEmpty() || batch.size() > MAX_BATCH) {
            errors.add(new FieldError("points", "1–" + MAX_BATCH + " points"));
        } else {
            Instant latest = clock.instant().plus(5, ChronoUnit.MINUTES);
            for (int i = 0; i < batch.size(); i++) {
                TrackPoint p = batch.get(i);
                if (p == null || p.at() == null) {
                    errors.add(new FieldError("points[" + i + "].at", "required"));
                } else if (p.at().isBefore(patrol.getStartedAt().minus(5, ChronoUnit.MINUTES)) || p.at().isAfter(latest)) {
                    errors.add(new FieldError("points[" + i + "].at", "outside the patrol's time"));
                } else if (Math.abs(p.lat()) > 90 || Math.abs(p.lng()) > 180) {
                    errors.add(new FieldError("points[" + i + "].lat", "not a position on earth"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<Instant, TrackPoint> unique = new LinkedHashMap<>();
        for (TrackPoint p : batch) {
            unique.putIfAbsent(p.at().truncatedTo(ChronoUnit.MILLIS), p);
        }
        Set<Instant> known = new HashSet<>(points.findExistingTimes(patrolId, unique.keySet()));
        List<RiverPatrolPoint> fresh = unique.entrySet().stream().filter(e -> !known.contains(e.getKey()))
                .map(e -> new RiverPatrolPoint(patrolId, e.getKey(), e.getValue().lat(), e.getValue().lng(),
                        e.getValue().accuracy()))
                .toList();
        points.saveAll(fresh);
        patrol.pointsAdded(fresh.size());
        patrols.saveAndFlush(patrol);
        return new PointBatchResult(patrolId, batch.size(), fresh.size(), patrol.getPointCount());
    }

    @Transactional
    public PatrolView note(long patrolId, String text) {
        RiverPatrol patrol = ownPatrol(patrolId, CurrentUsers.require());
        String t = RiverManagement.trim(text);
        if (t == null || t.length() > 1000) {
            throw new InvalidInputException("note", "1–1000 characters");
        }
        patrol.note(t);
        return view(patrol);
    }

    @Transactional
    public PatrolView photo(long patrolId, MultipartFile file, String caption) {
        RiverPatrol patrol = ownPatrol(patrolId, CurrentUsers.require());
        patrol.checkTracking();
        UploadedFile stored = uploads.store(file, "photo");
        photos.save(new RiverPatrolPhoto(patrolId, stored.name(), RiverManagement.trim(caption), clock.instant()));
        return view(patrol);
    }

    /** 结束巡河 — duration from start to now, distance along the track. */
    @Transactional
    public PatrolView end(long patrolId) {
        RiverPatrol patrol = ownPatrol(patrolId, CurrentUsers.require());
        double metres = RiverTrack.lengthMetres(points.findByPatrolIdOrderByRecordedAt(patrolId));
        patrol.end(clock.instant(), metres);
        completed(patrol);
        return view(patrol);
    }

    /** 补录 — a patrol entered afterwards by the chief or an official over them. */
    @Transactional
    public PatrolView enterAfterwards(EnterPatrol command) {
        CurrentUser caller = CurrentUsers.require();
        RiverSegment segment = registry.visibleSegment(command.segmentId(), caller);
        RiverChief chief = registry.visibleChief(command.chiefId(), caller);
        if (!RiverPolicy.mayEnterPatrolFor(caller, chief)) {
            throw new ForbiddenException("Only the chief, or an official over them, enters a patrol afterwards");
        }
        if (!assignments.existsBySegmentIdAndChiefId(segment.getId(), chief.getId())) {
            throw new InvalidInputException("segment_id", "the chief does not answer for this segment");
        }
        List<FieldError> errors = new ArrayList<>();
        Instant now = clock.instant();
        if (command.startedAt() == null || command.startedAt().isAfter(now)) {
            errors.add(new FieldError("started_at", "a time in the past"));
        }
        if (command.endedAt() == null || (command.startedAt() != null && !command.endedAt().isAfter(command.startedAt()))
                || (command.endedAt() != null && command.endedAt().isAfter(now))) {
            errors.add(new FieldError("ended_at", "after the start and not in the future"));
        } else if (command.startedAt() != null && command.endedAt().isAfter(command.startedAt().plus(1, ChronoUnit.DAYS))) {
            errors.add(new FieldError("ended_at", "a patrol lasts at most a day"));
        }
        if (command.distanceKm() != null && (command.distanceKm() < 0 || command.distanceKm() > 200)) {
            errors.add(new FieldError("distance_km", "0–200 km"));
        }
        String notes = RiverManagement.trim(command.notes());
        if (notes != null && notes.length() > 4000) {
            errors.add(new FieldError("notes", "at most 4000 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        RiverPatrol patrol = patrols.save(RiverPatrol.enteredAfterwards(chief.getId(), segment, command.startedAt(),
                command.endedAt(), command.distanceKm() == null ? 0 : command.distanceKm() * 1000, notes,
                caller.username()));
        completed(patrol);
        return view(patrol);
    }

    @Transactional(readOnly = true)
    public PatrolView patrol(long id) {
        CurrentUser caller = CurrentUsers.require();
        RiverPatrol patrol = patrols.findById(id)
                .filter(p -> caller.canSee(p.getRegionPath()) || caller.username().equals(p.getRecordedBy()))
                .orElseThrow(() -> new NotFoundException("Patrol", id));
        return view(patrol);
    }

    @Transactional(readOnly = true)
    public List<RiverViews.TrackPoint> track(long id) {
        patrol(id);
        return points.findByPatrolIdOrderByRecordedAt(id).stream()
                .map(p -> new TrackPoint(p.getRecordedAt(), p.getLat(), p.getLng(), p.getAccuracyM())).toList();
    }

    @Transactional(readOnly = true)
    public Page<PatrolView> patrolsOfChief(long chiefId, Pageable pageable) {
        registry.visibleChief(chiefId, CurrentUsers.require());
        return patrols.findByChiefIdOrderByStartedAtDesc(chiefId, pageable).map(this::view);
    }

    /**
     * 履职考核 — every official chief in the caller's region (or the given region inside it) at the given levels,
     * when their next patrol was due and how many days behind they are, most behind first.
     */
    @Transactional(readOnly = true)
    public List<ComplianceRow> compliance(Long regionId, Collection<ChiefLevel> levels) {
        CurrentUser caller = CurrentUsers.require();
        String path = caller.regionPath();
        if (regionId != null) {
            RegionRef region = regions.find(new RegionId(regionId)).filter(r -> caller.canSee(r.path()))
                    .orElseThrow(() -> new NotFoundException("Region", regionId));
            path = region.path();
        }
        EnumSet<ChiefLevel> wanted = levels == null || levels.isEmpty() ? EnumSet.of(ChiefLevel.CITY, ChiefLevel.COUNTY,
                ChiefLevel.TOWNSHIP, ChiefLevel.VILLAGE) : EnumSet.copyOf(levels);
        wanted.remove(ChiefLevel.CIVILIAN);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<RiverChief> list = chiefs.findByRegionPathLikeAndChiefLevelInOrderByRegionPathAscNameAsc(path + "%", wanted);
        return compliance(list, LocalDate.now(clock.withZone(TimeConfiguration.ZONE)));
    }

    List<ComplianceRow> compliance(List<RiverChief> list, LocalDate today) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<ChiefLevel, RiverDutyRule> ruleByLevel = rules.findAll().stream()
                .collect(Collectors.toMap(RiverDutyRule::getChiefLevel, r -> r));
        Instant before = today.plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant();
        Map<Long, LocalDate> last = new HashMap<>();
        for (RiverPatrol p : patrols.findCompletedBefore(list.stream().map(RiverChief::getId).toList(), before)) {
            RiverChief c = list.stream().filter(x -> x.getId() == p.getChiefId()).findFirst().orElse(null);
            RiverDutyRule rule = c == null ? null : ruleByLevel.get(c.getChiefLevel());
            if (rule != null && !last.containsKey(p.getChiefId())
                    && RiverDutyPolicy.counts(p.getDurationSeconds(), rule.getMinMinutes())) {
                last.put(p.getChiefId(), p.getStartedAt().atZone(TimeConfiguration.ZONE).toLocalDate());
            }
        }
        List<ComplianceRow> rows = new ArrayList<>();
        for (RiverChief c : list) {
            RiverDutyRule rule = ruleByLevel.get(c.getChiefLevel());
            if (rule == null) {
                continue;
            }
            RiverDutyPolicy.Assessment a = RiverDutyPolicy.assess(c.getSince(), last.get(c.getId()), rule.every(), today);
            rows.add(new ComplianceRow(c.getId(), c.getName(), c.getChiefLevel(), c.getPosition(), c.getRegionId(),
                    regions.nameOf(c.getRegionId()), rule.getEveryPeriod(),
                    last.get(c.getId()), a.dueOn(), a.daysBehind()));
        }
        rows.sort(Comparator.comparingLong(ComplianceRow::daysBehind).reversed().thenComparing(ComplianceRow::name));
        return rows;
    }

    private void completed(RiverPatrol patrol) {
        RiverChief chief = chiefs.findById(patrol.getChiefId()).orElseThrow(() -> new NotFoundException("Chief",
                patrol.getChiefId()));
        tallies.completed(patrol, chief, rules.findById(chief.getChiefLevel()).orElse(null));
        events.publishEvent(new PatrolCompleted(patrol.getId(), patrol.getChiefId(), patrol.getSegmentId(),
                patrol.getRegionPath(), patrol.getStartedAt(), patrol.getDurationSeconds(), patrol.getDistanceMetres()));
    }

    private RiverChief chiefFor(CurrentUser caller, RiverSegment segment) {
        return chiefs.findByUsername(caller.username()).stream()
                .filter(c -> assignments.existsBySegmentIdAndChiefId(segment.getId(), c.getId()))
                .findFirst()
                .orElseThrow(() -> new ForbiddenException("Only a chief of this segment patrols it"));
    }

    private RiverPatrol ownPatrol(long id, CurrentUser caller) {
        RiverPatrol patrol = patrols.findById(id)
                .filter(p -> caller.canSee(p.getRegionPath()) || caller.username().equals(p.getRecordedBy()))
                .orElseThrow(() -> new NotFoundException("Patrol", id));
        if (!caller.username().equals(patrol.getRecordedBy())) {
            throw new ForbiddenException("Only the chief on the patrol records it");
        }
        return patrol;
    }

    PatrolView view(RiverPatrol p) {
        RiverChief chief = chiefs.findById(p.getChiefId()).orElseThrow();
        RiverSegment segment = segments.findById(p.getSegmentId()).orElseThrow();
        String body = bodies.findById(segment.getWaterBodyId()).map(b -> b.getName()).orElse("");
        List<String> photoNames = p.getId() == null ? List.of()
                : photos.findByPatrolIdOrderByUploadedAt(p.getId()).stream().map(RiverPatrolPhoto::getFileName).toList();
        List<RiverViews.ProblemView> found = p.getId() == null ? List.of()
                : problems.findByPatrolIdOrderByFoundAt(p.getId()).stream().map(registry::problemView).toList();
        return new PatrolView(p.getId(), chief.getId(), chief.getName(), segment.getId(), segment.getName(), body,
                p.getStatus(), p.getStartedAt(), p.getEndedAt(),
                p.getDurationSeconds() == null ? null : p.getDurationSeconds() / 60,
                p.getDistanceMetres() == null ? null : Math.round(p.getDistanceMetres() / 10.0) / 100.0,
                p.getPointCount(), p.getNotes(), p.isEnteredAfterwards(), photoNames, found);
    }
}
