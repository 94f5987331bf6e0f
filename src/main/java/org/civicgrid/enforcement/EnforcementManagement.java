package org.civicgrid.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.Role;
import org.civicgrid.access.UserSummary;
import org.civicgrid.enforcement.RecordOperation.Tally;
import org.civicgrid.enforcement.internal.EnforcementPolicy;
import org.civicgrid.enforcement.internal.Operation;
import org.civicgrid.enforcement.internal.OperationRepository;
import org.civicgrid.enforcement.internal.OperationText;
import org.civicgrid.enforcement.internal.OperationViews;
import org.civicgrid.enforcement.internal.Road;
import org.civicgrid.enforcement.internal.RoadRepository;
import org.civicgrid.enforcement.internal.TallyLine;
import org.civicgrid.enforcement.internal.ViolationType;
import org.civicgrid.enforcement.internal.ViolationTypeRepository;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.InvalidInputException.FieldError;
import org.civicgrid.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records joint enforcement operations and their tallies, hands tally lines to casework, and reads them
 * back — always inside the caller's region (an operation outside it is not found).
 */
@Service
public class EnforcementManagement {

    /** Search kind under which operations are published to the search index. */
    public static final String SEARCH_KIND = "enforcement";

    /** Filters of the operation list; null or blank means any. */
    public record OperationCriteria(String q, LocalDate from, LocalDate to, Long roadId) {

        public static final OperationCriteria ALL = new OperationCriteria(null, null, null, null);
    }

    private static final int MAX_TALLIES = 100;

    private final OperationRepository operations;
    private final RoadRepository roads;
    private final ViolationTypeRepository types;
    private final AccountManagement accounts;
    private final Regions regions;
    private final OperationViews views;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnforcementManagement(OperationRepository operations, RoadRepository roads, ViolationTypeRepository types,
            AccountManagement accounts, Regions regions, OperationViews views, ApplicationEventPublisher events,
            Clock clock) {
        this.operations = operations;
        this.roads = roads;
        this.types = types;
        this.accounts = accounts;
        this.regions = regions;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    /** 录入 — an officer (or an official) records an operation with its first tally lines. */
    @Transactional
    public OperationDetail record(RecordOperation command) {
        CurrentUser caller = CurrentUsers.require();
        if (!EnforcementPolicy.mayRecord(caller)) {
            throw new ForbiddenException("Only enforcement officers and officials record operations");
        }
        List<FieldError> errors = new ArrayList<>();
        String number = trim(command.number());
        if (number == null || number.length() > 100) {
            errors.add(new FieldError("number", "1–100 characters"));
        }
        LocalDate today = LocalDate.now(clock);
        if (command.date() == null) {
            errors.add(new FieldError("date", "required"));
        } else if (command.date().isAfter(today) || command.date().getYear() < 2000) {
            errors.add(new FieldError("date", "an operation is recorded on or after the day it took place"));
        }
        RegionRef region = command.regionId() == null ? regions.get(new RegionId(caller.regionId()))
                : regions.find(new RegionId(command.regionId())).filter(r -> caller.canSee(r.path())).orElse(null);
        if (region == null) {
            errors.add(new FieldError("region_id", "not a region inside yours"));
        }
        List<Road> chosenRoads = chosenRoads(command.roadIds(), caller, region, errors);
        List<String> departments = departments(command.departments(), errors);
        UserSummary lead = leadOfficer(command.leadOfficer(), caller, region, errors);
        String notes = trim(command.notes());
        if (notes != null && notes.length() > 2000) {
            errors.add(new FieldError("notes", "at most 2000 characters"));
        }
        List<Tally> tallies = command.tallies() == null ? List.of()
                : command.tallies().stream().filter(Objects::nonNull).toList();
        if (tallies.size() > MAX_TALLIES) {
            errors.add(new FieldError("tallies", "at most " + MAX_TALLIES + " lines"));
        }
        Set<Long> roadIds = chosenRoads.stream().map(Road::getId).collect(Collectors.toCollection(LinkedHashSet::new));
        List<ViolationType> tallyTypes = new ArrayList<>();
        for (int i = 0; i < tallies.size(); i++) {
            tallyTypes.add(checkTally(tallies.get(i), roadIds, "tallies[" + i + "].", errors));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (operations.existsByRegionIdAndNumber(region.id(), number)) {
            throw numberTaken(number);
        }
        Operation operation = new Operation(number, command.date(), region.id(), region.path(), roadIds, departments,
                lead.id(), lead.username(), lead.displayName(), notes, caller.username(), clock.instant());
        for (int i = 0; i < tallies.size(); i++) {
            Tally t = tallies.get(i);
            operation.tally(tallyTypes.get(i), t.roadId(), t.count(), t.action(), trim(t.note()), clock.instant());
        }
        try {
            operations.saveAndFlush(operation);
        } catch (DataIntegrityViolationException e) {
            throw numberTaken(number);
        }
        return changed(operation);
    }

    @Transactional(readOnly = true)
    public OperationDetail get(long id) {
        return views.detail(readable(id));
    }

    /** Operations inside the caller's region, newest first unless the page asks otherwise. */
    @Transactional(readOnly = true)
    public Page<OperationSummary> search(OperationCriteria criteria, Pageable pageable) {
        CurrentUser caller = requireReader();
        Page<Operation> page = operations.findAll(specification(caller, criteria), pageable);
        Map<Long, Map<String, Long>> counts = countsByType(page.getContent().stream().map(Operation::getId).toList());
        Map<Long, Road> roadsById = views.roadsOf(page.getContent());
        return page.map(o -> summary(o, counts.getOrDefault(o.getId(), Map.of()), roadsById));
    }

    /** Every operation matching the filters, up to {@code limit}, for an export. */
    @Transactional(readOnly = true)
    public List<OperationSummary> export(OperationCriteria criteria, int limit) {
        return search(criteria, PageRequest.of(0, limit, Sort.by(Sort.Order.desc("operationDate"),
                Sort.Order.desc("id")))).getContent();
    }

    /** Adds one tally line to an operation. */
    @Transactional
    public TallyLineView addTally(long operationId, Tally tally) {
        Operation operation = writable(operationId);
        List<FieldError> errors = new ArrayList<>();
        ViolationType type = checkTally(tally, operation.getRoadIds(), "", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        TallyLine line = operation.tally(type, tally.roadId(), tally.count(), tally.action(), trim(tally.note()),
                clock.instant());
        operations.flush();
        changed(operation);
        return OperationViews.lineView(line, views.roadsOf(List.of(operation)));
    }

    /** Removes a line recorded by mistake (not one already handed to casework). */
    @Transactional
    public void removeTally(long operationId, long lineId) {
        Operation operation = writable(operationId);
        operation.removeLine(lineId, clock.instant());
        operations.flush();
        changed(operation);
    }

    /**
     * 转为案件 — hands a tally line to casework: publishes {@link EnforcementFollowUpRequested}, which
     * casework turns into a case and reports on through {@code CaseStatusChanged}.
     *
     * @param remark what the officers want done, added to the case description (optional)
     */
    @Transactional
    public TallyLineView requestFollowUp(long operationId, long lineId, String remark) {
        CurrentUser caller = CurrentUsers.require();
        Operation operation = writable(operationId);
        String extra = trim(remark);
        if (extra != null && extra.length() > 1000) {
            throw new InvalidInputException("remark", "at most 1000 characters");
        }
        TallyLine line = operation.requestFollowUp(lineId, caller.username(), clock.instant());
        operations.flush();
        Map<Long, Road> roadsById = views.roadsOf(List.of(operation));
        List<Road> where = line.getRoadId() != null ? List.of(roadsById.get(line.getRoadId()))
                : operation.getRoadIds().stream().map(roadsById::get).filter(Objects::nonNull).toList();
        Road anchor = where.stream().filter(r -> r.getCenterLat() != null).findFirst().orElse(null);
        String address = where.stream().map(Road::getName).collect(Collectors.joining("、"));
        events.publishEvent(new EnforcementFollowUpRequested(operation.getId(), line.getId(),
                EnforcementFollowUpRequested.refOf(line.getId()), line.getViolationType().getCaseCategoryCode(),
                OperationText.followUpDescription(operation, line, address, extra),
                anchor == null ? null : anchor.getCenterLat(), anchor == null ? null : anchor.getCenterLng(),
                address, operation.getRegionId(), caller.username()));
        return OperationViews.lineView(line, roadsById);
    }

    /** Enforcement officers who may lead an operation recorded by the caller (for the form's choice). */
    @Transactional(readOnly = true)
    public List<UserSummary> leadOfficerCandidates() {
        CurrentUser caller = CurrentUsers.require();
        Map<Long, UserSummary> found = new LinkedHashMap<>();
        List<RegionRef> places = new ArrayList<>(regions.lineage(new RegionId(caller.regionId())));
        for (RegionLevel level : List.of(RegionLevel.DISTRICT, RegionLevel.STREET)) {
            places.addAll(regions.within(caller.regionPath(), level));
        }
        for (RegionRef place : new LinkedHashSet<>(places)) {
            accounts.holdersOf(Role.ENFORCEMENT_OFFICER, place.regionId()).forEach(u -> found.putIfAbsent(u.id(), u));
        }
        return List.copyOf(found.values());
    }

    private Operation readable(long id) {
        CurrentUser caller = requireReader();
        return operations.findById(id).filter(o -> caller.canSee(o.getRegionPath()))
                .orElseThrow(() -> new NotFoundException("Operation", id));
    }

    private Operation writable(long id) {
        CurrentUser caller = CurrentUsers.require();
        Operation operation = operations.findById(id).filter(o -> caller.canSee(o.getRegionPath()))
                .orElseThrow(() -> new NotFoundException("Operation", id));
        if (!EnforcementPolicy.mayRecord(caller)) {
            throw new ForbiddenException("Only enforcement officers and officials change operations");
        }
        return operation;
    }

    private static CurrentUser requireReader() {
        CurrentUser caller = CurrentUsers.require();
        if (!EnforcementPolicy.mayRead(caller)) {
            throw new ForbiddenException("Only enforcement officers, officials and community workers read operations");
        }
        return caller;
    }

    private List<Road> chosenRoads(List<Long> ids, CurrentUser caller, RegionRef region, List<FieldError> errors) {
        Set<Long> wanted = ids == null ? Set.of() : ids.stream().filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (wanted.isEmpty()) {
            errors.add(new FieldError("road_ids", "choose at least one road"));
            return List.of();
        }
        if (wanted.size() > 50) {
            errors.add(new FieldError("road_ids", "at most 50 roads"));
            return List.of();
        }
        Map<Long, Road> found = roads.findByIdIn(wanted).stream()
                .filter(r -> caller.canSee(r.getRegionPath()))
                .collect(Collectors.toMap(Road::getId, Function.identity()));
        List<Road> out = new ArrayList<>();
        for (Long id : wanted) {
            Road road = found.get(id);
            if (road == null) {
                errors.add(new FieldError("road_ids", "road " + id + " is not a road inside your region"));
            } else if (region != null && !related(road.getRegionPath(), region.path())) {
                errors.add(new FieldError("road_ids", road.getName() + " is not in " + region.name()));
            } else {
                out.add(road);
            }
        }
        return out;
    }

    private static boolean related(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    private static List<String> departments(List<String> names, List<FieldError> errors) {
        List<String> out = names == null ? List.of() : names.stream().map(EnforcementManagement::trim)
                .filter(Objects::nonNull).distinct().toList();
        if (out.isEmpty()) {
            errors.add(new FieldError("departments", "name at least one department taking part"));
        } else if (out.size() > EnforcementPolicy.MAX_DEPARTMENTS) {
            errors.add(new FieldError("departments", "at most " + EnforcementPolicy.MAX_DEPARTMENTS + " departments"));
        } else if (out.stream().anyMatch(d -> d.length() > 100)) {
            errors.add(new FieldError("departments", "a department's name has at most 100 characters"));
        }
        return out;
    }

    private UserSummary leadOfficer(String username, CurrentUser caller, RegionRef region, List<FieldError> errors) {
        String name = trim(username);
        if (name == null && caller.has(Role.ENFORCEMENT_OFFICER)) {
            name = caller.username();
        }
        if (name == null) {
            errors.add(new FieldError("lead_officer", "name the lead officer"));
            return null;
        }
        Optional<UserSummary> officer = accounts.findByUsername(name);
        if (officer.isEmpty() || region != null
                && !EnforcementPolicy.mayLead(officer.get().roles(), officer.get().regionPath(), region.path())) {
            errors.add(new FieldError("lead_officer", "not an enforcement officer of this region"));
            return null;
        }
        return officer.get();
    }

    private ViolationType checkTally(Tally tally, Set<Long> roadIds, String prefix, List<FieldError> errors) {
        if (tally == null) {
            errors.add(new FieldError(prefix + "violation_type", "required"));
            return null;
        }
        ViolationType type = tally.violationType() == null ? null : types.findByCode(tally.violationType().trim())
                .orElse(null);
        if (type == null) {
            errors.add(new FieldError(prefix + "violation_type", "unknown violation type"));
        } else if (!type.isActive()) {
            errors.add(new FieldError(prefix + "violation_type", "this violation type is retired"));
        }
        if (!EnforcementPolicy.countIsValid(tally.count())) {
            errors.add(new FieldError(prefix + "count", "count must be zero or more"));
        }
        if (!EnforcementPolicy.roadIsOnTheOperation(tally.roadId(), roadIds)) {
            errors.add(new FieldError(prefix + "road_id", "not one of this operation's roads"));
        }
        String note = trim(tally.note());
        if (note != null && note.length() > 500) {
            errors.add(new FieldError(prefix + "note", "at most 500 characters"));
        }
        return type;
    }

    private static Specification<Operation> specification(CurrentUser caller, OperationCriteria c) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.like(root.get("regionPath"), caller.scope().likePattern()));
            if (c.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("operationDate"), c.from()));
            }
            if (c.to() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("operationDate"), c.to()));
            }
            String q = trim(c.q());
            if (q != null) {
                where.add(cb.like(cb.lower(root.get("number")), "%" + q.toLowerCase()
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", '\\'));
            }
            if (c.roadId() != null) {
                where.add(cb.isMember(c.roadId(), root.get("roadIds")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private Map<Long, Map<String, Long>> countsByType(List<Long> operationIds) {
        if (operationIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<String, Long>> out = new LinkedHashMap<>();
        for (Object[] row : operations.countsByType(operationIds)) {
            out.computeIfAbsent((Long) row[0], k -> new LinkedHashMap<>()).put((String) row[1],
                    ((Number) row[2]).longValue());
        }
        return out;
    }

    private OperationSummary summary(Operation o, Map<String, Long> byType, Map<Long, Road> roadsById) {
        return new OperationSummary(o.getId(), o.getNumber(), o.getOperationDate(), o.getRegionId(),
                regions.nameOf(o.getRegionId()), roadNames(o, roadsById), List.copyOf(o.getDepartments()), o.getLeadOfficerName(),
                byType, byType.values().stream().mapToLong(Long::longValue).sum());
    }

    private static List<String> roadNames(Operation o, Map<Long, Road> roadsById) {
        return o.getRoadIds().stream().map(roadsById::get).filter(Objects::nonNull).map(Road::getName).toList();
    }

    /** The operation as it now stands, also sent to the search index. */
    private OperationDetail changed(Operation operation) {
        OperationDetail detail = views.detail(operation);
        events.publishEvent(OperationViews.searchEntry(detail, operation.getUpdatedAt()));
        return detail;
    }

    private static ConflictException numberTaken(String number) {
        return (ConflictException) new ConflictException("operation-number-taken", "Operation number taken",
                "An operation numbered " + number + " is already recorded in this region").with("number", number);
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
