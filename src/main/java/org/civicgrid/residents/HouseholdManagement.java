package org.civicgrid.residents;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.region.RegionRef;
import org.civicgrid.residents.RefusedInput.FieldRefusal;
import org.civicgrid.residents.internal.Callers;
import org.civicgrid.residents.internal.Household;
import org.civicgrid.residents.internal.HouseholdRepository;
import org.civicgrid.residents.internal.Paging;
import org.civicgrid.residents.internal.Placement;
import org.civicgrid.residents.internal.Placements;
import org.civicgrid.residents.internal.Resident;
import org.civicgrid.residents.internal.ResidentRepository;
import org.civicgrid.residents.internal.ResidentTallies;
import org.civicgrid.residents.internal.ResidentViews;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.tally.RegionTallies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 住户 — households in the caller's region: where they live and who lives there. */
@Service
public class HouseholdManagement {

    static final int ADDRESS_MAX = 200;
    static final int NOTES_MAX = 1000;

    private final HouseholdRepository households;
    private final ResidentRepository residents;
    private final Placements placements;
    private final ResidentViews views;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ResidentTallies tallies;

    HouseholdManagement(HouseholdRepository households, ResidentRepository residents, Placements placements,
            ResidentViews views, ApplicationEventPublisher events, Clock clock, ResidentTallies tallies) {
        this.tallies = tallies;
        this.households = households;
        this.residents = residents;
        this.placements = placements;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<HouseholdDetails> search(HouseholdCriteria criteria, Pageable pageable) {
        CurrentUser caller = Callers.browsing();
        Page<Household> page = households.findAll(matching(caller, criteria),
                Paging.sorted(pageable, Set.of("address", "id", "updatedAt"), Sort.by("address", "id")));
        Map<Long, Long> members = residents.membersOf(page.getContent().stream().map(Household::getId).toList());
        return page.map(h -> views.household(h, members.getOrDefault(h.getId(), 0L)));
    }

    /** @throws NotFoundException when there is no such household in the caller's region */
    @Transactional(readOnly = true)
    public HouseholdDetails get(HouseholdId id) {
        CurrentUser caller = Callers.browsing();
        Household h = visible(caller, id);
        return views.household(h, residents.membersOf(List.of(h.getId())).getOrDefault(h.getId(), 0L));
    }

    @Transactional
    public HouseholdDetails register(HouseholdFields fields) {
        Checked c = check(Callers.editing(), fields);
        Household h = households.saveAndFlush(new Household(c.placement(), c.address(), c.notes(), clock.instant()));
        tallies.changed(Map.of(), ResidentTallies.of(h));
        return views.household(h, 0);
    }

    /** Moving a household to another grid or compound moves its residents with it. */
    @Transactional
    public HouseholdDetails update(HouseholdId id, HouseholdFields fields, Long expectedVersion) {
        CurrentUser caller = Callers.editing();
        Household h = visible(caller, id);
        if (expectedVersion != null && expectedVersion != h.getVersion()) {
            throw ResidentManagement.changedMeanwhile(h.getVersion());
        }
        Checked c = check(caller, fields);
        Map<RegionTallies.Key, Long> before = ResidentTallies.of(h);
        boolean moved = h.change(c.placement(), c.address(), c.notes(), clock.instant());
        households.saveAndFlush(h);
        tallies.changed(before, ResidentTallies.of(h));
        List<Resident> members = residents.findByHousehold(h.getId());
        for (Resident r : members) {
            if (moved) {
                Map<RegionTallies.Key, Long> was = ResidentTallies.of(r);
                r.followHousehold();
                tallies.changed(was, ResidentTallies.of(r));
            }
            // the address is part of every member's search entry
            events.publishEvent(views.searchEntry(r));
        }
        return views.household(h, members.size());
    }

    /** The grids the caller may place a household in (or filter by). */
    public List<RegionRef> grids() {
        return placements.grids(Callers.browsing().scope());
    }

    /** The compounds the caller may place a household in. */
    public List<RegionRef> compounds() {
        return placements.compounds(Callers.browsing().scope());
    }

    private record Checked(Placement placement, String address, String notes) {}

    /** @throws RefusedInput listing every field that breaks a rule */
    private Checked check(CurrentUser caller, HouseholdFields fields) {
        List<FieldRefusal> refusals = new ArrayList<>();
        String address = address(fields, refusals);
        String notes = notes(fields, refusals);
        Optional<Placement> placement = placements.resolve(fields.compoundId(), fields.gridId(), caller.scope(), refusals);
        if (!refusals.isEmpty()) {
            throw new RefusedInput(refusals);
        }
        return new Checked(placement.get(), address, notes);
    }

    private static String address(HouseholdFields fields, List<FieldRefusal> refusals) {
        String address = fields.address() == null ? "" : fields.address().strip();
        if (address.isEmpty()) {
            refusals.add(new FieldRefusal("address", "address.required", "the address is required"));
        } else if (address.length() > ADDRESS_MAX) {
            refusals.add(new FieldRefusal("address", "address.too-long", "at most " + ADDRESS_MAX + " characters"));
        }
        return address;
    }

    private static String notes(HouseholdFields fields, List<FieldRefusal> refusals) {
        String notes = fields.notes() == null || fields.notes().isBlank() ? null : fields.notes().strip();
        if (notes != null && notes.length() > NOTES_MAX) {
            refusals.add(new FieldRefusal("notes", "notes.too-long", "at most " + NOTES_MAX + " characters"));
        }
        return notes;
    }

    private Household visible(CurrentUser caller, HouseholdId id) {
        return households.findById(id.value()).filter(h -> caller.canSee(h.getRegionPath()))
                .orElseThrow(() -> new NotFoundException("Household", id));
    }

    private static Specification<Household> matching(CurrentUser caller, HouseholdCriteria c) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.like(root.get("regionPath"), caller.scope().likePattern()));
            if (c != null && c.address() != null && !c.address().isBlank()) {
                String needle = c.address().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                where.add(cb.like(root.get("address"), "%" + needle + "%", '\\'));
            }
            if (c != null && c.gridId() != null) {
                where.add(cb.equal(root.get("gridId"), c.gridId()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }


}
