package org.civicgrid.residents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.residents.RefusedInput.FieldRefusal;
import org.civicgrid.residents.internal.Callers;
import org.civicgrid.residents.internal.Household;
import org.civicgrid.residents.internal.HouseholdRepository;
import org.civicgrid.residents.internal.Paging;
import org.civicgrid.residents.internal.Resident;
import org.civicgrid.residents.internal.ResidentRepository;
import org.civicgrid.residents.internal.ResidentViews;
import org.civicgrid.residents.internal.Visit;
import org.civicgrid.residents.internal.VisitRepository;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.files.UploadStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * 走访记录 — grid workers (and community workers) write down their visits to households and residents
 * of their region, with an optional photo; a resident's page shows the history.
 */
@Service
public class VisitManagement {

    static final int FINDINGS_MAX = 2000;
    static final int FOLLOW_UP_MAX = 1000;
    /** Clocks on phones drift: a visit a few minutes "in the future" is still now. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final VisitRepository visits;
    private final ResidentRepository residents;
    private final HouseholdRepository households;
    private final ResidentViews views;
    private final UploadStore uploads;
    private final Clock clock;

    VisitManagement(VisitRepository visits, ResidentRepository residents, HouseholdRepository households,
            ResidentViews views, UploadStore uploads, Clock clock) {
        this.visits = visits;
        this.residents = residents;
        this.households = households;
        this.views = views;
        this.uploads = uploads;
        this.clock = clock;
    }

    /** A visit to one resident. @param photo optional; only images are kept */
    @Transactional
    public VisitRecord log(ResidentId residentId, LogVisit command, MultipartFile photo) {
        CurrentUser caller = Callers.visiting();
        Resident r = residents.findById(residentId.value()).filter(x -> caller.canSee(x.getRegionPath()))
                .orElseThrow(() -> new NotFoundException("Resident", residentId));
        return log(caller, r.getHousehold(), r, command, photo);
    }

    /** A visit to a whole household. */
    @Transactional
    public VisitRecord logForHousehold(HouseholdId householdId, LogVisit command, MultipartFile photo) {
        CurrentUser caller = Callers.visiting();
        return log(caller, household(caller, householdId), null, command, photo);
    }

    /** One visit in the caller's region. */
    @Transactional(readOnly = true)
    public VisitRecord get(VisitId id) {
        CurrentUser caller = Callers.browsing();
        return visits.findById(id.value()).filter(v -> caller.canSee(v.getRegionPath())).map(views::visit)
                .orElseThrow(() -> new NotFoundException("Visit", id));
    }

    /** The resident's visits and those to their whole household, newest first. */
    @Transactional(readOnly = true)
    public Page<VisitRecord> forResident(ResidentId residentId, Pageable pageable) {
        CurrentUser caller = Callers.browsing();
        Resident r = residents.findById(residentId.value()).filter(x -> caller.canSee(x.getRegionPath()))
                .orElseThrow(() -> new NotFoundException("Resident", residentId));
        return visits.findForResident(r.getId(), r.getHousehold().getId(), Paging.unsorted(pageable)).map(views::visit);
    }

    @Transactional(readOnly = true)
    public Page<VisitRecord> forHousehold(HouseholdId householdId, Pageable pageable) {
        CurrentUser caller = Callers.browsing();
        return visits.findForHousehold(household(caller, householdId).getId(), Paging.unsorted(pageable)).map(views::visit);
    }

    /** Visits in the caller's region, newest first; only the caller's own when {@code mine}. */
    @Transactional(readOnly = true)
    public Page<VisitRecord> inScope(boolean followUpOnly, boolean mine, Pageable pageable) {
        CurrentUser caller = Callers.browsing();
        return visits.findInScope(caller.scope().likePattern(), followUpOnly, mine ? caller.id() : 0,
                Paging.unsorted(pageable))
                .map(views::visit);
    }

    private VisitRecord log(CurrentUser caller, Household household, Resident resident, LogVisit command,
            MultipartFile photo) {
        Instant now = clock.instant();
        List<FieldRefusal> refusals = new ArrayList<>();
        Instant visitedAt = command.visitedAt() == null ? now : command.visitedAt();
        if (visitedAt.isAfter(now.plus(CLOCK_SKEW))) {
            refusals.add(new FieldRefusal("visited_at", "visit.future", "a visit cannot lie in the future"));
        }
        String findings = command.findings() == null ? "" : command.findings().strip();
        if (findings.isEmpty()) {
            refusals.add(new FieldRefusal("findings", "visit.findings-required", "write down what you found"));
        } else if (findings.length() > FINDINGS_MAX) {
            refusals.add(new FieldRefusal("findings", "visit.findings-too-long", "at most " + FINDINGS_MAX + " characters"));
        }
        String followUp = command.followUp() == null || command.followUp().isBlank() ? null : command.followUp().strip();
        if (command.followUpNeeded() && followUp == null) {
            refusals.add(new FieldRefusal("follow_up", "visit.follow-up-required", "say what must be followed up"));
        } else if (followUp != null && followUp.length() > FOLLOW_UP_MAX) {
            refusals.add(new FieldRefusal("follow_up", "visit.follow-up-too-long", "at most " + FOLLOW_UP_MAX + " characters"));
        }
        if (!refusals.isEmpty()) {
            throw new RefusedInput(refusals);
        }
        String stored = photo == null || photo.isEmpty() ? null : uploads.store(photo, "photo").name();
        Visit visit = visits.save(new Visit(household, resident, visitedAt, caller.id(), caller.displayName(), findings,
                command.followUpNeeded(), followUp, stored, now));
        return views.visit(visit);
    }

    private Household household(CurrentUser caller, HouseholdId id) {
        return households.findById(id.value()).filter(h -> caller.canSee(h.getRegionPath()))
                .orElseThrow(() -> new NotFoundException("Household", id));
    }


}
