package org.civicgrid.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.Role;
import org.civicgrid.cases.internal.CaseActor;
import org.civicgrid.cases.internal.CaseEffects;
import org.civicgrid.cases.internal.CaseFile;
import org.civicgrid.cases.internal.CaseFileRepository;
import org.civicgrid.cases.internal.CaseSpot;
import org.civicgrid.cases.internal.CaseStep;
import org.civicgrid.cases.internal.CaseTallies;
import org.civicgrid.cases.internal.CaseWorkflow;
import org.civicgrid.region.GridLocation;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.DomainException;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.InvalidInputException.FieldError;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.events.CaseRequest;
import org.civicgrid.shared.files.UploadStore;
import org.civicgrid.shared.files.UploadedFile;
import org.civicgrid.shared.tally.RegionTallies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases from report to close: report, the queue, the case with its timeline, every transition of the
 * workflow (checked by role, then by state), rating, merging duplicates, and the requests other modules
 * publish. Everything is inside the caller's region: a case outside it is not found; a resident sees
 * only the cases they reported.
 */
@Service
public class CaseManagement {

    private static final Logger log = LoggerFactory.getLogger(CaseManagement.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<CaseStatus> OPEN = List.of(CaseStatus.REPORTED, CaseStatus.REGISTERED,
            CaseStatus.DISPATCHED, CaseStatus.HANDLED, CaseStatus.VERIFIED);
    private static final int MAX_PHOTOS = 9;

    /** The attribute key under which an Open311 client's {@code media_url} is kept. */
    public static final String MEDIA_URL = "media_url";
    private static final Set<Role> CASE_WORKERS = Set.of(Role.PLATFORM_ADMIN, Role.CITY_OFFICIAL,
            Role.DISTRICT_OFFICIAL, Role.STREET_OFFICIAL, Role.COMMUNITY_WORKER, Role.GRID_WORKER, Role.UNIT_LIAISON,
            Role.RIVER_CHIEF, Role.ENFORCEMENT_OFFICER);

    private final CaseFileRepository cases;
    private final CaseCatalogue catalogue;
    private final CaseEffects effects;
    private final CaseTallies tallies;
    private final Regions regions;
    private final AccountManagement accounts;
    private final UploadStore uploads;
    private final Clock clock;
    private final double duplicateMeters;
    private final Duration duplicateWindow;
    private final Duration dueSoon;

    CaseManagement(CaseFileRepository cases, CaseCatalogue catalogue, CaseEffects effects, CaseTallies tallies,
            Regions regions, AccountManagement accounts, UploadStore uploads, Clock clock,
            @Value("${civicgrid.cases.duplicate.distance-meters:100}") double duplicateMeters,
            @Value("${civicgrid.cases.duplicate.window:P7D}") Duration duplicateWindow,
            @Value("${civicgrid.cases.due-soon:PT4H}") Duration dueSoon) {
        this.cases = cases;
        this.catalogue = catalogue;
        this.effects = effects;
        this.tallies = tallies;
        this.regions = regions;
        this.accounts = accounts;
        this.uploads = uploads;
        this.clock = clock;
        this.duplicateMeters = duplicateMeters;
        this.duplicateWindow = duplicateWindow;
        this.dueSoon = dueSoon;
    }

    // ---- report ---------------------------------------------------------------------------------

    /**
     * 上报 — the signed-in user reports a case at a point; the grid is the one containing the point.
     *
     * @throws DomainException 400 {@code outside-grids} when the point lies outside every grid
     */
    @Transactional
    public CaseView report(NewCase command) {
        CurrentUser me = CurrentUsers.require();
        CategoryView category = validCategory(command.categoryCode());
        List<FieldError> errors = new ArrayList<>();
        String description = checkText(command.description(), "description", 4000, true, errors);
        String address = checkText(command.address(), "address", 300, false, errors);
        if (command.lat() == null || command.lng() == null || !validPoint(command.lat(), command.lng())) {
            errors.add(new FieldError(command.lat() == null ? "lat" : "lng", "a point (lat, lng) is required"));
        }
        checkPhotos(command.photos(), "photos", errors);
        String attributes = checkAttributes(category, command.attributes(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CaseFile.Place place = placeOf(command.lat(), command.lng(), address);
        CaseSource source = sourceFor(me, command.source());
        Role actingAs = source == CaseSource.GRID_WORKER ? Role.GRID_WORKER : mainRole(me);
        CaseFile c = open(category, command.categoryCode(), description, place, source, null,
                command.urgency() == null ? CaseUrgency.NORMAL : command.urgency(), CaseActor.of(me, actingAs),
                command.anonymous(), command.photos(), attributes, null);
        return view(c, me, true);
    }

    /**
     * A report from the public through Open311: nobody is signed in, and a point outside every grid or an
     * address alone files the case at the city level for the intake clerk to place.
     *
     * @return the new case's id and its Open311 token
     */
    @Transactional
    public PublicReceipt reportPublicly(NewCase command, String contactName) {
        CategoryView category = catalogue.lookup(command.categoryCode()).filter(CategoryView::active)
                .orElseThrow(() -> new InvalidInputException("service_code", "unknown service_code"));
        List<FieldError> errors = new ArrayList<>();
        String description = checkText(command.description(), "description", 4000, false, errors);
        String address = checkText(command.address(), "address_string", 300, false, errors);
        boolean hasPoint = command.lat() != null && command.lng() != null;
        if (hasPoint && !validPoint(command.lat(), command.lng())) {
            errors.add(new FieldError("lat", "not a valid point"));
        }
        if (!hasPoint && address == null) {
            errors.add(new FieldError("lat", "a location is required: lat and long, or address_string"));
        }
        String attributes = checkAttributes(category, command.attributes(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Optional<GridLocation> grid = hasPoint ? regions.locate(command.lat(), command.lng()) : Optional.empty();
        CaseFile.Place place = grid.map(g -> place(command.lat(), command.lng(), address, g))
                .orElseGet(() -> regionPlace(hasPoint ? command.lat() : null, hasPoint ? command.lng() : null, address,
                        regions.root()));
        String text = description == null ? category.name() : description;
        String name = contactName == null || contactName.isBlank() ? "Open311" : contactName.trim();
        CaseActor reporter = new CaseActor(null, "open311", name.length() > 100 ? name.substring(0, 100) : name, null);
        CaseFile c = open(category, command.categoryCode(), text, place, CaseSource.RESIDENT, null,
                command.urgency() == null ? CaseUrgency.NORMAL : command.urgency(), reporter, true, command.photos(),
                attributes, UUID.randomUUID().toString());
        return new PublicReceipt(c.getId(), c.getOpen311Token());
    }

    /** The id and Open311 token of a case filed by the public. */
    public record PublicReceipt(long caseId, String token) {}

    /** 转办 — every {@link CaseRequest} another module publishes becomes a case (once per source reference). */
    @ApplicationModuleListener
    void on(CaseRequest request) {
        openFor(request);
    }

    /** Opens the case a request asks for (or returns the one already opened for its reference). */
    @Transactional
    public CaseId openFor(CaseRequest request) {
        if (request.sourceRef() != null) {
            List<CaseFile> existing = cases.findBySourceRef(request.sourceRef());
            if (!existing.isEmpty()) {
                return new CaseId(existing.get(0).getId());
            }
        }
        CategoryView category = catalogue.resolve(request.categoryCode());
        if (!category.code().equals(request.categoryCode())) {
            log.debug("Case request {} with code {} filed under {}", request.sourceRef(), request.categoryCode(),
                    category.code());
        }
        Optional<GridLocation> grid = request.lat() != null && request.lng() != null
                ? regions.locate(request.lat(), request.lng()) : Optional.empty();
        RegionRef region = request.regionId() == null ? null : regions.find(new RegionId(request.regionId())).orElse(null);
        if (grid.isPresent() && region != null && !grid.get().gridPath().startsWith(region.path())) {
            grid = Optional.empty(); // the point disagrees with the region: trust the region
        }
        CaseFile.Place place = grid.map(g -> place(request.lat(), request.lng(), request.address(), g))
                .orElseGet(() -> regionPlace(request.lat(), request.lng(), request.address(),
                        region != null ? region : regions.root()));
        CaseActor reporter = Optional.ofNullable(request.reportedBy()).flatMap(accounts::findByUsername)
                .map(u -> new CaseActor(u.id(), u.username(), u.displayName(), null))
                .orElse(new CaseActor(null, request.reportedBy() == null ? "system" : request.reportedBy(), null, null));
        String description = request.description() == null || request.description().isBlank() ? category.name()
                : request.description().length() > 4000 ? request.description().substring(0, 4000) : request.description();
        CaseFile c = open(category, request.categoryCode(), description, place,
                CaseSource.parse(request.source(), CaseSource.HOTLINE), request.sourceRef(), CaseUrgency.NORMAL,
                reporter, false, List.of(), null, null);
        return new CaseId(c.getId());
    }

    /** Stores a photo for a report or a step; only images, size-limited, checked from the bytes. */
    public UploadedFile uploadPhoto(MultipartFile file) {
        CurrentUsers.require();
        return uploads.store(file, "photo");
    }

    // ---- read -----------------------------------------------------------------------------------

    /** The case with its timeline; outside the caller's reach it is not found. */
    @Transactional(readOnly = true)
    public CaseView get(CaseId id) {
        CurrentUser me = CurrentUsers.require();
        return view(visible(me, id.value(), true), me);
    }

    /** 案件队列 — cases inside the caller's region (a resident: the ones they reported), newest first. */
    @Transactional(readOnly = true)
    public Page<CaseSummary> queue(CaseFilter filter, Pageable pageable) {
        CurrentUser me = CurrentUsers.require();
        Instant now = clock.instant();
        Specification<CaseFile> spec = scoped(me).and(filtered(filter == null ? CaseFilter.ALL : filter, me, now));
        Pageable page = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by(Sort.Order.desc("reportedAt"), Sort.Order.desc("id")));
        // the page's rows without a count; the total from the figures where they hold it, else counted
        Slice<CaseFile> slice = cases.findBy(spec, q -> q.sortBy(page.getSort()).slice(page));
        long total = !slice.hasNext() ? page.getOffset() + slice.getNumberOfElements()
                : kept(filter == null ? CaseFilter.ALL : filter, me).orElseGet(() -> cases.count(spec));
        return new PageImpl<>(slice.getContent(), page, total).map(c -> summary(c, now));
    }

    /**
     * How many cases the queue holds, from the case figures ({@link CaseTallies}), when the filter is one they
     * keep: the caller's region (or a region inside it) with at most one of status, open, source or category.
     */
    private OptionalLong kept(CaseFilter f, CurrentUser me) {
        if (!worksOnCases(me) || f.gridId() != null || f.overdue() != null || (f.q() != null && !f.q().isBlank())
                || f.from() != null || f.to() != null) {
            return OptionalLong.empty();
        }
        boolean category = f.categoryCode() != null && !f.categoryCode().isBlank();
        long given = java.util.stream.Stream.of(f.status(), f.open(), f.source(), category ? "" : null)
                .filter(java.util.Objects::nonNull).count();
        if (given > 1) {
            return OptionalLong.empty();
        }
        String path = me.scope().pathPrefix();
        if (f.regionId() != null) {
            String region = regions.find(new RegionId(f.regionId())).map(RegionRef::path).orElse(null);
            if (region == null || !(region.startsWith(path) || path.startsWith(region))) {
                return OptionalLong.of(0);
            }
            path = region.length() > path.length() ? region : path;
        }
        if (f.source() != null) {
            return OptionalLong.of(tallies.byValue(path, CaseTallies.SOURCE).getOrDefault(f.source().name(), 0L));
        }
        if (category) {
            Optional<CategoryView> cat = catalogue.find(f.categoryCode());
            Set<String> codes = cat.isPresent() && cat.get().level() == 1
                    ? catalogue.categories().stream().filter(x -> cat.get().code().equals(x.parentCode()))
                            .map(CategoryView::code).collect(java.util.stream.Collectors.toSet())
                    : Set.of(catalogue.lookup(f.categoryCode()).map(CategoryView::code).orElse(f.categoryCode()));
            return OptionalLong.of(tallies.byValue(path, CaseTallies.CATEGORY).entrySet().stream()
                    .filter(e -> codes.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum());
        }
        Map<String, Long> byStatus = tallies.byValue(path, CaseTallies.STATUS);
        return OptionalLong.of(byStatus.entrySet().stream().filter(e -> f.status() != null
                ? e.getKey().equals(f.status().name())
                : f.open() == null || f.open() == CaseStatus.valueOf(e.getKey()).isOpen())
                .mapToLong(Map.Entry::getValue).sum());
    }

    /** The cases the signed-in user reported, newest first. */
    @Transactional(readOnly = true)
    public Page<CaseSummary> mine(Pageable pageable) {
        CurrentUser me = CurrentUsers.require();
        Instant now = clock.instant();
        Specification<CaseFile> spec = (root, q, cb) -> cb.equal(root.get("reporterId"), me.id());
        return cases.findAll(spec, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("reportedAt"), Sort.Order.desc("id")))).map(c -> summary(c, now));
    }

    /**
     * Cases as the public sees them (Open311, the public map): no personal data. Filters are optional;
     * {@code ids} wins over the others, as the GeoReport spec says.
     */
    @Transactional(readOnly = true)
    public List<PublicCase> publicCases(Collection<Long> ids, String categoryCode, Instant from, Instant to,
            Boolean open, int limit) {
        Specification<CaseFile> spec = (root, q, cb) -> cb.isNull(root.get("mergedIntoId"));
        if (ids != null && !ids.isEmpty()) {
            spec = spec.and((root, q, cb) -> root.get("id").in(ids));
        } else {
            if (categoryCode != null) {
                String code = catalogue.lookup(categoryCode).map(CategoryView::code).orElse(categoryCode);
                spec = spec.and((root, q, cb) -> cb.equal(root.get("categoryCode"), code));
            }
            if (from != null) {
                spec = spec.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("reportedAt"), from));
            }
            if (to != null) {
                spec = spec.and((root, q, cb) -> cb.lessThanOrEqualTo(root.get("reportedAt"), to));
            }
            if (open != null) {
                spec = spec.and((root, q, cb) -> open ? root.get("status").in(OPEN) : cb.not(root.get("status").in(OPEN)));
            }
        }
        spec = spec.and((root, q, cb) -> cb.notEqual(root.get("status"), CaseStatus.REJECTED));
        return cases.findAll(spec, PageRequest.of(0, Math.max(1, Math.min(limit, 1000)),
                Sort.by(Sort.Order.desc("reportedAt"), Sort.Order.desc("id")))).map(this::publicCase).getContent();
    }

    @Transactional(readOnly = true)
    public Optional<PublicCase> publicCase(long id) {
        return cases.findById(id).filter(c -> c.getStatus() != CaseStatus.REJECTED).map(this::publicCase);
    }

    /** The case an Open311 token stands for. */
    @Transactional(readOnly = true)
    public Optional<Long> caseForToken(String token) {
        return token == null ? Optional.empty() : cases.findByOpen311Token(token).map(CaseFile::getId);
    }

    // ---- workflow -------------------------------------------------------------------------------

    /**
     * Takes one step of the workflow. Outside the caller's region → 404; a role that may not take the
     * action → 403; a state that does not allow it → 409 {@code illegal-transition}.
     */
    @Transactional
    public CaseView transition(CaseId id, CaseTransition t) {
        CurrentUser me = CurrentUsers.require();
        if (t == null || t.action() == null || !t.action().isTransition()) {
            throw new InvalidInputException("action", "one of " + CaseAction.TRANSITIONS);
        }
        CaseFile c = visible(me, id.value(), true);
        CaseAction action = t.action();
        Role role = CaseWorkflow.actingRole(action, me.roles()).orElseThrow(() -> new ForbiddenException(
                "A " + mainRole(me) + " may not " + action.name().toLowerCase().replace('_', ' ') + " a case"));
        if (!CaseWorkflow.stateAllows(action, c.getStatus())) {
            throw c.illegal(action);
        }
        List<FieldError> errors = new ArrayList<>();
        String comment = checkText(t.comment(), "comment", 2000, CaseWorkflow.needsComment(action), errors);
        checkPhotos(t.photos(), "photos", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CaseActor actor = CaseActor.of(me, role);
        Instant now = clock.instant();
        Map<RegionTallies.Key, Long> counted = CaseTallies.of(c);
        CaseStep step = switch (action) {
            case REGISTER -> c.register(actor, comment, t.photos(), now);
            case REJECT -> c.reject(actor, comment, t.photos(), now);
            case DISPATCH -> {
                DepartmentView d = t.departmentId() != null
                        ? catalogue.department(t.departmentId()).filter(DepartmentView::active)
                                .orElseThrow(() -> new InvalidInputException("department_id", "no such department"))
                        : catalogue.route(c.getCategoryCode(), c.getRegionPath()).orElseThrow(
                                () -> new InvalidInputException("department_id", "no routing rule: choose a department"));
                yield c.dispatch(actor, d.id(), d.name(), comment, t.photos(), now);
            }
            case HANDLE -> c.handle(actor, comment, t.photos(), now);
            case VERIFY -> c.verify(actor, comment, t.photos(), now);
            case SEND_BACK -> c.sendBack(actor, comment, t.photos(), now);
            case CLOSE -> c.close(actor, comment, t.photos(), now);
            case SUPERVISE -> c.supervise(actor, comment, t.photos(), levelAbove(c), now);
            case REOPEN -> c.reopen(actor, comment, t.photos(), now);
            default -> throw new InvalidInputException("action", "one of " + CaseAction.TRANSITIONS);
        };
        cases.saveAndFlush(c);
        tallies.changed(counted, c);
        effects.stepped(c, step, false);
        return view(c, me);
    }

    /** 评价 — the resident who reported a closed case rates it 1–5, once. */
    @Transactional
    public CaseView rate(CaseId id, int stars, String comment) {
        CurrentUser me = CurrentUsers.require();
        CaseFile c = visible(me, id.value(), true);
        if (c.getReporterId() == null || c.getReporterId() != me.id()) {
            throw new ForbiddenException("Only the person who reported the case rates it");
        }
        List<FieldError> errors = new ArrayList<>();
        String text = checkText(comment, "comment", 500, false, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CaseStep step = c.rate(CaseActor.of(me, Role.RESIDENT), stars, text, clock.instant());
        cases.save(c);
        effects.stepped(c, step, true);
        return view(c, me);
    }

    /** 合并 — closes {@code duplicate} as a duplicate of {@code kept}; both must lie in the caller's region. */
    @Transactional
    public CaseView merge(CaseId duplicate, CaseId kept, String comment) {
        CurrentUser me = CurrentUsers.require();
        CaseFile dup = visible(me, duplicate.value(), true);
        Role role = CaseWorkflow.actingRole(CaseAction.MERGE, me.roles())
                .orElseThrow(() -> new ForbiddenException("Only staff merge cases"));
        CaseFile keep = visible(me, kept.value(), true);
        if (keep.getMergedIntoId() != null || keep.getId().equals(dup.getId())) {
            throw new InvalidInputException("kept_case_id", "choose another case to keep");
        }
        if (!CaseWorkflow.stateAllows(CaseAction.MERGE, dup.getStatus())) {
            throw dup.illegal(CaseAction.MERGE);
        }
        List<FieldError> errors = new ArrayList<>();
        String text = checkText(comment, "comment", 2000, false, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<RegionTallies.Key, Long> counted = CaseTallies.of(dup);
        CaseStep step = dup.mergeInto(keep.getId(), CaseActor.of(me, role), text, clock.instant());
        cases.saveAndFlush(dup);
        tallies.changed(counted, dup);
        effects.stepped(dup, step, false);
        return view(dup, me);
    }

    // ---- deadlines (the scheduled job) ----------------------------------------------------------

    /**
     * 督办 — supervises every open case past its deadline that has not been supervised in the last day,
     * raising it to the region above its last supervision, and flags cases due soon. Safe to run on
     * several instances at once: each case is changed under its version, and a case just supervised is
     * not due again for a day.
     *
     * @return the number of cases supervised
     */
    public int superviseOverdue() {
        Instant now = clock.instant();
        int supervised = 0;
        for (Long id : cases.overdueToSupervise(OPEN, now, now.minus(Duration.ofDays(1)), PageRequest.of(0, 500))) {
            try {
                if (effects.inTransaction(() -> superviseOne(id, now))) {
                    supervised++;
                }
            } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                log.debug("Case {} changed while being supervised; the next run looks again", id);
            }
        }
        for (Long id : cases.dueSoonUnflagged(OPEN, now, now.plus(dueSoon), PageRequest.of(0, 500))) {
            try {
                effects.inTransaction(() -> flagOne(id, now));
            } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                log.debug("Case {} changed while being flagged", id);
            }
        }
        return supervised;
    }

    private boolean superviseOne(long id, Instant now) {
        CaseFile c = cases.findById(id).orElse(null);
        if (c == null || !c.isOverdue(now)
                || (c.getSupervisedAt() != null && c.getSupervisedAt().isAfter(now.minus(Duration.ofDays(1))))) {
            return false;
        }
        long above = levelAbove(c);
        String regionName = regions.nameOf(above);
        Map<RegionTallies.Key, Long> counted = CaseTallies.of(c);
        CaseStep step = c.supervise(CaseActor.SYSTEM, "超期自动督办，提级至" + regionName, List.of(), above, now);
        cases.saveAndFlush(c);
        tallies.changed(counted, c);
        effects.stepped(c, step, false);
        return true;
    }

    private boolean flagOne(long id, Instant now) {
        CaseFile c = cases.findById(id).orElse(null);
        if (c == null || c.getDueSoonFlaggedAt() != null || !c.getStatus().isOpen()) {
            return false;
        }
        c.flagDueSoon(now);
        cases.saveAndFlush(c);
        effects.dueSoon(c);
        return true;
    }

    // ---- internals ------------------------------------------------------------------------------

    private CaseFile open(CategoryView category, String requestedCode, String description, CaseFile.Place place,
            CaseSource source, String sourceRef, CaseUrgency urgency, CaseActor reporter, boolean anonymous,
            List<String> photos, String attributes, String token) {
        Instant now = clock.instant();
        Instant deadline = catalogue.deadline(now, category.code(), urgency);
        CaseFile c = new CaseFile(category.code(), requestedCode, description, place, source, sourceRef, urgency,
                reporter, anonymous, photos, attributes, now, deadline, token);
        if (place.lat() != null && place.lng() != null) {
            nearestOpen(category.code(), place.lat(), place.lng(), now).ifPresent(other -> c.possibleDuplicateOf(other.id()));
        }
        cases.saveAndFlush(c);
        tallies.changed(Map.of(), c);
        effects.stepped(c, c.getSteps().get(0), false);
        return c;
    }

    private Optional<CaseSpot> nearestOpen(String categoryCode, double lat, double lng, Instant now) {
        double dLat = duplicateMeters / 111_320d;
        double dLng = duplicateMeters / (111_320d * Math.max(0.1, Math.cos(Math.toRadians(lat))));
        return cases.nearby(categoryCode, now.minus(duplicateWindow), lat - dLat, lat + dLat, lng - dLng, lng + dLng,
                PageRequest.of(0, 50)).stream()
                .filter(c -> OPEN.contains(c.status()) && metres(lat, lng, c.lat(), c.lng()) <= duplicateMeters)
                .min(Comparator.<CaseSpot>comparingDouble(c -> metres(lat, lng, c.lat(), c.lng()))
                        .thenComparing(CaseSpot::id, Comparator.reverseOrder())); // at one spot, the latest report
    }

    static double metres(double lat1, double lng1, double lat2, double lng2) {
        double r = 6_371_000d;
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = Math.toRadians(lat2 - lat1);
        double dl = Math.toRadians(lng2 - lng1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * r * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    private CaseFile.Place placeOf(double lat, double lng, String address) {
        GridLocation grid = regions.locate(lat, lng).orElseThrow(() -> new DomainException(400, "outside-grids",
                "Outside every grid", "The point (" + lat + ", " + lng + ") lies outside every grid of the platform; "
                        + "choose a point inside the city's grids").with("lat", lat).with("lng", lng));
        return place(lat, lng, address, grid);
    }

    private CaseFile.Place place(Double lat, Double lng, String address, GridLocation grid) {
        Map<RegionLevel, Long> above = new LinkedHashMap<>();
        for (RegionRef r : regions.lineage(new RegionId(grid.gridId()))) {
            above.put(r.level(), r.id());
        }
        return new CaseFile.Place(lat, lng, address, grid.gridId(), above.get(RegionLevel.COMMUNITY),
                above.get(RegionLevel.STREET), above.get(RegionLevel.DISTRICT), grid.gridId(), grid.gridPath());
    }

    private CaseFile.Place regionPlace(Double lat, Double lng, String address, RegionRef region) {
        Map<RegionLevel, Long> above = new LinkedHashMap<>();
        for (RegionRef r : regions.lineage(region.regionId())) {
            above.put(r.level(), r.id());
        }
        return new CaseFile.Place(lat, lng, address, above.get(RegionLevel.GRID), above.get(RegionLevel.COMMUNITY),
                above.get(RegionLevel.STREET), above.get(RegionLevel.DISTRICT), region.id(), region.path());
    }

    /** The region supervision goes to next: the parent of the last supervising region (or of the community). */
    private long levelAbove(CaseFile c) {
        Long from = c.getSupervisionRegionId() != null ? c.getSupervisionRegionId()
                : c.getCommunityId() != null ? c.getCommunityId() : c.getRegionId();
        return regions.find(new RegionId(from)).map(r -> r.parentId() == null ? r.id() : r.parentId()).orElse(from);
    }

    private CategoryView validCategory(String code) {
        return catalogue.lookup(code).filter(CategoryView::active)
                .orElseThrow(() -> new InvalidInputException("category_code", "not a category of the catalogue"));
    }

    private static boolean validPoint(double lat, double lng) {
        return lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180;
    }

    private static String checkText(String value, String field, int max, boolean required, List<FieldError> errors) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "required"));
            }
            return null;
        }
        if (v.length() > max) {
            errors.add(new FieldError(field, "at most " + max + " characters"));
        }
        return v;
    }

    private void checkPhotos(List<String> photos, String field, List<FieldError> errors) {
        if (photos == null) {
            return;
        }
        if (photos.size() > MAX_PHOTOS) {
            errors.add(new FieldError(field, "at most " + MAX_PHOTOS + " photos"));
        }
        for (String p : photos) {
            if (!UploadStore.isStoredName(p) || uploads.open(p).isEmpty()) {
                errors.add(new FieldError(field, "upload the photo first: " + p + " is not a stored photo"));
            }
        }
    }

    private static String checkAttributes(CategoryView category, Map<String, String> given, List<FieldError> errors) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (CategoryAttribute a : category.attributes()) {
            String v = given == null ? null : given.get(a.code());
            if (v == null || v.isBlank()) {
                if (a.required()) {
                    errors.add(new FieldError("attribute[" + a.code() + "]", "required"));
                }
                continue;
            }
            if (!a.values().isEmpty() && a.values().stream().noneMatch(x -> x.key().equals(v))) {
                errors.add(new FieldError("attribute[" + a.code() + "]", "not one of the listed values"));
            }
            kept.put(a.code(), v.length() > 200 ? v.substring(0, 200) : v);
        }
        String media = given == null ? null : given.get(MEDIA_URL);
        if (media != null && !media.isBlank()) {
            if (media.length() > 500 || !(media.startsWith("https://") || media.startsWith("http://"))) {
                errors.add(new FieldError("media_url", "an http(s) URL of at most 500 characters"));
            } else {
                kept.put(MEDIA_URL, media.trim());
            }
        }
        return kept.isEmpty() ? null : JSON.writeValueAsString(kept);
    }

    private static CaseSource sourceFor(CurrentUser me, CaseSource asked) {
        if (asked != null && me.isStaff()) {
            return asked;
        }
        if (me.has(Role.GRID_WORKER)) {
            return CaseSource.GRID_WORKER;
        }
        if (me.has(Role.RIVER_CHIEF)) {
            return CaseSource.RIVER_PATROL;
        }
        if (me.has(Role.UNIT_LIAISON)) {
            return CaseSource.PAIRED_UNIT;
        }
        if (me.has(Role.ENFORCEMENT_OFFICER)) {
            return CaseSource.ENFORCEMENT;
        }
        return me.isStaff() ? CaseSource.HOTLINE : CaseSource.RESIDENT;
    }

    private static Role mainRole(CurrentUser me) {
        return me.roles().stream().sorted().findFirst().orElse(Role.RESIDENT);
    }

    private static boolean worksOnCases(CurrentUser me) {
        return me.hasAny(CASE_WORKERS);
    }

    private CaseFile visible(CurrentUser me, long id, boolean withSteps) {
        Optional<CaseFile> found = withSteps ? cases.findWithSteps(id) : cases.findById(id);
        return found.filter(c -> mayRead(me, c)).orElseThrow(() -> new NotFoundException("Case", id));
    }

    private static boolean mayRead(CurrentUser me, CaseFile c) {
        return (worksOnCases(me) && me.canSee(c.getRegionPath()))
                || (c.getReporterId() != null && c.getReporterId() == me.id());
    }

    private static Specification<CaseFile> scoped(CurrentUser me) {
        if (worksOnCases(me)) {
            String like = me.scope().likePattern();
            return (root, q, cb) -> cb.like(root.get("regionPath"), like);
        }
        return (root, q, cb) -> cb.equal(root.get("reporterId"), me.id());
    }

    private Specification<CaseFile> filtered(CaseFilter f, CurrentUser me, Instant now) {
        return (root, q, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (f.status() != null) {
                p.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.categoryCode() != null && !f.categoryCode().isBlank()) {
                Optional<CategoryView> cat = catalogue.find(f.categoryCode());
                if (cat.isPresent() && cat.get().level() == 1) {
                    List<String> children = catalogue.categories().stream()
                            .filter(x -> cat.get().code().equals(x.parentCode())).map(CategoryView::code).toList();
                    p.add(root.get("categoryCode").in(children.isEmpty() ? List.of("-") : children));
                } else {
                    p.add(cb.equal(root.get("categoryCode"),
                            catalogue.lookup(f.categoryCode()).map(CategoryView::code).orElse(f.categoryCode())));
                }
            }
            if (f.gridId() != null) {
                p.add(cb.equal(root.get("gridId"), f.gridId()));
            }
            if (f.source() != null) {
                p.add(cb.equal(root.get("source"), f.source()));
            }
            if (f.regionId() != null) {
                String path = regions.find(new RegionId(f.regionId())).map(RegionRef::path).orElse("/none/");
                p.add(cb.like(root.get("regionPath"), path + "%"));
            }
            if (Boolean.TRUE.equals(f.overdue())) {
                p.add(root.get("status").in(OPEN));
                p.add(cb.lessThan(root.get("deadline"), now));
            } else if (Boolean.FALSE.equals(f.overdue())) {
                p.add(cb.or(cb.not(root.get("status").in(OPEN)), cb.greaterThanOrEqualTo(root.get("deadline"), now)));
            }
            if (f.open() != null) {
                p.add(f.open() ? root.get("status").in(OPEN) : cb.not(root.get("status").in(OPEN)));
            }
            if (f.from() != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("reportedAt"), f.from()));
            }
            if (f.to() != null) {
                p.add(cb.lessThan(root.get("reportedAt"), f.to()));
            }
            if (f.q() != null && !f.q().isBlank()) {
                String like = "%" + f.q().trim().toLowerCase().replace("%", "").replace("_", "") + "%";
                p.add(cb.or(cb.like(cb.lower(root.get("description")), like), cb.like(cb.lower(root.get("address")), like)));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    private CaseSummary summary(CaseFile c, Instant now) {
        String name = catalogue.find(c.getCategoryCode()).map(CategoryView::name).orElse(c.getCategoryCode());
        String d = c.getDescription();
        return new CaseSummary(c.getId(), c.getCategoryCode(), name, d.length() > 120 ? d.substring(0, 120) + "…" : d,
                c.getStatus(), c.getUrgency(), c.getSource(), c.getAddress(), c.getLat(), c.getLng(), c.getGridId(),
                c.getRegionId(), c.getReportedAt(), c.getDeadline(), c.isOverdue(now), dueSoon(c, now),
                c.getDepartmentName(), c.getSupervisionCount(), c.getDuplicateOfId(), c.getMergedIntoId());
    }

    private boolean dueSoon(CaseFile c, Instant now) {
        return c.getStatus().isOpen() && c.getDeadline() != null && !now.isAfter(c.getDeadline())
                && now.plus(dueSoon).isAfter(c.getDeadline());
    }

    private PublicCase publicCase(CaseFile c) {
        String name = catalogue.find(c.getCategoryCode()).map(CategoryView::name).orElse(c.getCategoryCode());
        String note = c.getMergedIntoId() != null ? "合并至 #" + c.getMergedIntoId()
                : c.getStatus() == CaseStatus.CLOSED ? "已结案" : null;
        String media = c.getAttributesJson() == null ? null
                : JSON.readValue(c.getAttributesJson(), new TypeReference<Map<String, String>>() {}).get(MEDIA_URL);
        return new PublicCase(c.getId(), c.getCategoryCode(), name, c.getDescription(), c.getStatus(), note,
                c.getDepartmentName(), c.getReportedAt(), c.getUpdatedAt(), c.getDeadline(), c.getAddress(), c.getLat(),
                c.getLng(), c.getPhotos(), media);
    }

    private CaseView view(CaseFile c, CurrentUser me) {
        return view(c, me, false);
    }

    /** The case as {@code me} may see it; a case {@code justOpened} cannot have duplicates filed against it yet. */
    private CaseView view(CaseFile c, CurrentUser me, boolean justOpened) {
        Instant now = clock.instant();
        CategoryView category = catalogue.find(c.getCategoryCode()).orElse(null);
        String gridName = c.getGridId() == null ? null
                : regions.find(new RegionId(c.getGridId())).map(RegionRef::name).orElse(null);
        Optional<DepartmentView> routed = catalogue.route(c.getCategoryCode(), c.getRegionPath());
        List<CaseSummary> duplicates = new ArrayList<>();
        if (c.getDuplicateOfId() != null) {
            cases.findById(c.getDuplicateOfId()).filter(o -> mayRead(me, o)).ifPresent(o -> duplicates.add(summary(o, now)));
        }
        if (!justOpened) {
            cases.duplicatesOf(c.getId(), PageRequest.of(0, 20)).stream().filter(o -> mayRead(me, o))
                    .forEach(o -> duplicates.add(summary(o, now)));
        }
        boolean worker = worksOnCases(me) && me.canSee(c.getRegionPath());
        boolean mine = c.getReporterId() != null && c.getReporterId() == me.id();
        Set<CaseAction> allowed = worker ? CaseWorkflow.allowed(c.getStatus(), me.roles()) : Set.of();
        Map<String, String> attributes = c.getAttributesJson() == null ? Map.of()
                : JSON.readValue(c.getAttributesJson(), new TypeReference<Map<String, String>>() {});
        return new CaseView(c.getId(), c.getCategoryCode(), category == null ? c.getCategoryCode() : category.name(),
                category == null ? null : category.kind(), c.getDescription(), c.getStatus(), c.getUrgency(),
                c.getSource(), worker ? c.getSourceRef() : null, c.getLat(), c.getLng(), c.getAddress(), c.getGridId(),
                gridName, c.getRegionId(), c.getRegionPath(), worker || mine ? c.getReporterName() : null,
                c.isAnonymous(), c.getPhotos(), attributes, c.getReportedAt(), c.getDeadline(), c.isOverdue(now),
                dueSoon(c, now), c.getDepartmentId(), c.getDepartmentName(), c.getDispatchedAt(), c.getHandledAt(),
                c.getClosedAt(), c.getClosedOnTime(), c.getReworkCount(), c.getSupervisionCount(),
                c.getSupervisionRegionId(), c.getDuplicateOfId(), c.getMergedIntoId(), c.getRating(),
                c.getRatingComment(), routed.map(DepartmentView::id).orElse(null),
                routed.map(DepartmentView::name).orElse(null), duplicates, allowed,
                mine && c.getStatus() == CaseStatus.CLOSED && c.getRating() == null && c.getMergedIntoId() == null,
                worker && c.getStatus().isOpen() && CaseWorkflow.roleMay(CaseAction.MERGE, me.roles()),
                c.getSteps().stream().map(CaseStep::toView).toList(), c.getVersion());
    }
}
