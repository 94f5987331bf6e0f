package org.civicgrid.residents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.UserId;
import org.civicgrid.audit.AuditLog;
import org.civicgrid.residents.RefusedInput.FieldRefusal;
import org.civicgrid.residents.internal.Callers;
import org.civicgrid.residents.internal.Household;
import org.civicgrid.residents.internal.HouseholdRepository;
import org.civicgrid.residents.internal.Paging;
import org.civicgrid.residents.internal.PersonalRecord;
import org.civicgrid.residents.internal.Resident;
import org.civicgrid.residents.internal.ResidentAccessPolicy;
import org.civicgrid.residents.internal.ResidentRecords;
import org.civicgrid.residents.internal.ResidentRepository;
import org.civicgrid.residents.internal.ResidentTallies;
import org.civicgrid.residents.internal.ResidentViews;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.tally.RegionTallies;
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
 * 居民档案 — residents in the caller's region: officials browse them, community and grid workers keep
 * them. Lists always mask the ID number and phone; a resident's own page shows them whole to the
 * community and grid workers of the record's region, and that view goes into the audit log.
 */
@Service
public class ResidentManagement {

    /** Most rows one export may hold. */
    public static final int EXPORT_LIMIT = 10_000;
    private static final Set<String> SORTABLE = Set.of("name", "birthDate", "id", "updatedAt");
    private static final Sort DEFAULT_SORT = Sort.by("name", "id");

    private final ResidentRepository residents;
    private final HouseholdRepository households;
    private final ResidentRecords records;
    private final ResidentViews views;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ResidentTallies tallies;

    ResidentManagement(ResidentRepository residents, HouseholdRepository households, ResidentRecords records,
            ResidentViews views, AuditLog audit, ApplicationEventPublisher events, Clock clock, ResidentTallies tallies) {
        this.tallies = tallies;
        this.residents = residents;
        this.households = households;
        this.records = records;
        this.views = views;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A page of residents in the caller's region, masked. */
    @Transactional(readOnly = true)
    public Page<ResidentSummary> search(ResidentCriteria criteria, Pageable pageable) {
        CurrentUser caller = Callers.browsing();
        return residents.findAll(matching(caller, criteria), Paging.sorted(pageable, SORTABLE, DEFAULT_SORT))
                .map(views::summary);
    }

    /** Every resident the list shows (up to {@value #EXPORT_LIMIT}), masked, for the Excel export. */
    @Transactional(readOnly = true)
    public List<ResidentSummary> export(ResidentCriteria criteria) {
        CurrentUser caller = Callers.browsing();
        return residents.findAll(matching(caller, criteria), PageRequest.of(0, EXPORT_LIMIT, DEFAULT_SORT))
                .map(views::summary).getContent();
    }

    /** The residents of one household in the caller's region, masked. */
    @Transactional(readOnly = true)
    public List<ResidentSummary> members(HouseholdId household) {
        CurrentUser caller = Callers.browsing();
        Household h = households.findById(household.value()).filter(x -> caller.canSee(x.getRegionPath()))
                .orElseThrow(() -> new NotFoundException("Household", household));
        return residents.findByHousehold(h.getId()).stream().map(views::summary).toList();
    }

    /** One resident as lists show them, masked (no personal data shown whole, so nothing to audit). */
    @Transactional(readOnly = true)
    public ResidentSummary summary(ResidentId id) {
        return views.summary(visible(Callers.browsing(), id));
    }

    /**
     * One resident. The community and grid workers of the resident's region get the ID number, phone and
     * health notes whole, and the view is recorded in the audit log; everyone else gets them masked.
     */
    @Transactional
    public ResidentDetails get(ResidentId id) {
        CurrentUser caller = Callers.browsing();
        Resident r = visible(caller, id);
        boolean whole = ResidentAccessPolicy.seesWholePersonalData(caller, r.getRegionPath());
        if (whole) {
            audit.recordView("Resident", r.getId(), r.getRegionPath(), "viewed ID number, phone and health notes of "
                    + r.getName());
        }
        return views.details(r, whole);
    }

    /** The resident linked to a user account, if any (no scope check: for the user's own data). */
    @Transactional(readOnly = true)
    public Optional<ResidentId> residentOf(UserId user) {
        return residents.findByUserId(user.value()).map(r -> new ResidentId(r.getId()));
    }

    @Transactional
    public ResidentDetails register(ResidentFields fields) {
        CurrentUser caller = Callers.editing();
        List<FieldRefusal> refusals = new ArrayList<>();
        Optional<Household> household = household(caller, fields.householdId(), refusals);
        Optional<PersonalRecord> record = records.check(fields, today(), refusals);
        if (!refusals.isEmpty()) {
            throw new RefusedInput(refusals);
        }
        requireUnique(record.get(), null);
        Resident r = new Resident(household.get(), record.get(), clock.instant());
        save(r, record.get());
        tallies.changed(Map.of(), ResidentTallies.of(r));
        return views.details(r, true);
    }

    /** @param expectedVersion the version the caller edited, or null not to check */
    @Transactional
    public ResidentDetails update(ResidentId id, ResidentFields fields, Long expectedVersion) {
        CurrentUser caller = Callers.editing();
        Resident r = visible(caller, id);
        if (expectedVersion != null && expectedVersion != r.getVersion()) {
            throw changedMeanwhile(r.getVersion());
        }
        List<FieldRefusal> refusals = new ArrayList<>();
        Optional<Household> household = household(caller, fields.householdId(), refusals);
        Optional<PersonalRecord> record = records.check(fields, today(), refusals);
        if (!refusals.isEmpty()) {
            throw new RefusedInput(refusals);
        }
        requireUnique(record.get(), r.getId());
        Map<RegionTallies.Key, Long> before = ResidentTallies.of(r);
        r.record(household.get(), record.get(), clock.instant());
        save(r, record.get());
        tallies.changed(before, ResidentTallies.of(r));
        return views.details(r, true);
    }

    private void save(Resident r, PersonalRecord record) {
        try {
            residents.saveAndFlush(r);
        } catch (DataIntegrityViolationException e) {
            // a concurrent registration of the same number or account won the race
            throw record.userId() != null && residents.findByUserId(record.userId()).isPresent()
                    ? userLinked(record.userId()) : idNumberRegistered();
        }
        events.publishEvent(views.searchEntry(r));
    }

    private void requireUnique(PersonalRecord record, Long self) {
        if (record.idNumberHash() != null && residents.findByIdNumberHash(record.idNumberHash())
                .filter(other -> !other.getId().equals(self)).isPresent()) {
            throw idNumberRegistered();
        }
        if (record.userId() != null && residents.findByUserId(record.userId())
                .filter(other -> !other.getId().equals(self)).isPresent()) {
            throw userLinked(record.userId());
        }
    }

    private static ConflictException idNumberRegistered() {
        return new ConflictException("id-number-registered", "ID number already registered",
                "A resident with this ID number is already registered");
    }

    private static ConflictException userLinked(long userId) {
        return (ConflictException) new ConflictException("user-already-linked", "Account already linked",
                "This user account already belongs to another resident").with("user_id", userId);
    }

    static ConflictException changedMeanwhile(long currentVersion) {
        return (ConflictException) new ConflictException("changed-meanwhile", "Changed meanwhile",
                "Someone else changed this record after you opened it; reload and try again")
                .with("current_version", currentVersion);
    }

    private Optional<Household> household(CurrentUser caller, Long householdId, List<FieldRefusal> refusals) {
        Optional<Household> h = householdId == null ? Optional.empty()
                : households.findById(householdId).filter(x -> caller.canSee(x.getRegionPath()));
        if (h.isEmpty()) {
            refusals.add(new FieldRefusal("household_id", "household.unknown", "no such household in your area"));
        }
        return h;
    }

    private Resident visible(CurrentUser caller, ResidentId id) {
        return residents.findById(id.value()).filter(r -> caller.canSee(r.getRegionPath()))
                .orElseThrow(() -> new NotFoundException("Resident", id));
    }

    private Specification<Resident> matching(CurrentUser caller, ResidentCriteria c) {
        ResidentCriteria criteria = c == null ? ResidentCriteria.none() : c;
        String idNumberHash = records.hashOf(criteria.idNumber());
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.like(root.get("regionPath"), caller.scope().likePattern()));
            if (criteria.name() != null && !criteria.name().isBlank()) {
                where.add(cb.like(root.get("name"), "%" + escape(criteria.name().strip()) + "%", '\\'));
            }
            if (criteria.careTag() != null) {
                where.add(cb.isMember(criteria.careTag(), root.get("careTags")));
            }
            if (criteria.gridId() != null) {
                where.add(cb.equal(root.get("gridId"), criteria.gridId()));
            }
            if (criteria.householdId() != null) {
                where.add(cb.equal(root.get("household").get("id"), criteria.householdId()));
            }
            if (idNumberHash != null) {
                where.add(cb.equal(root.get("idNumberHash"), idNumberHash));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }



    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
