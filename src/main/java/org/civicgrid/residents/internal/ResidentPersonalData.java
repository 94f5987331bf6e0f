package org.civicgrid.residents.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.civicgrid.audit.AuditLog;
import org.civicgrid.residents.CareTag;
import org.civicgrid.residents.Gender;
import org.civicgrid.residents.HouseholdDetails;
import org.civicgrid.shared.privacy.PersonalDataSection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user's own resident record (居民档案) in their copy of their data, when a worker linked it to their
 * account: the record whole, where their household lives (not the other members), every visit to them or
 * their whole household, and each time staff opened the record whole. Null when no record is linked.
 */
@Component
class ResidentPersonalData implements PersonalDataSection {

    /** The record as the community keeps it, ID number, phone and health notes whole. */
    record Details(long id, String name, Gender gender, LocalDate birthDate, String idNumber, String phone,
            Set<CareTag> careTags, String notes, String healthNotes, Instant createdAt, Instant updatedAt) {}

    /** Where the household lives; nothing about its other members. */
    record Residence(long id, String address, String compoundName, String gridName, String communityName) {}

    /** @param wholeHousehold true for a visit to the household as a whole rather than to the resident */
    record RecordedVisit(long id, Instant visitedAt, String visitorName, boolean wholeHousehold, String findings,
            boolean followUpNeeded, String followUp, String photoUrl) {}

    /** Somebody opened the record with the ID number, phone and health notes whole. */
    record RecordView(Instant at, String viewer, String summary) {}

    /** Visits newest first; views of the record newest first. */
    record MyResidentRecord(Details details, Residence household, List<RecordedVisit> visits,
            List<RecordView> viewsOfRecord) {}

    private static final int PAGE = 500;

    private final ResidentRepository residents;
    private final VisitRepository visits;
    private final ResidentViews views;
    private final AuditLog audit;

    ResidentPersonalData(ResidentRepository residents, VisitRepository visits, ResidentViews views, AuditLog audit) {
        this.residents = residents;
        this.visits = visits;
        this.views = views;
        this.audit = audit;
    }

    @Override
    public String id() {
        return "resident";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional(readOnly = true)
    public MyResidentRecord collect(long userId) {
        return residents.findByUserId(userId).map(this::record).orElse(null);
    }

    private MyResidentRecord record(Resident r) {
        Details details = new Details(r.getId(), r.getName(), r.getGender(), r.getBirthDate(), r.getIdNumber(),
                r.getPhone(), r.getCareTags(), r.getNotes(), r.getHealthNotes(), r.getCreatedAt(), r.getUpdatedAt());
        HouseholdDetails h = views.household(r.getHousehold(), 0);
        Residence household = new Residence(h.id(), h.address(), h.compoundName(), h.gridName(), h.communityName());
        return new MyResidentRecord(details, household, visits(r), viewsOf(r));
    }

    private List<RecordedVisit> visits(Resident r) {
        List<RecordedVisit> all = new ArrayList<>();
        Page<Visit> page;
        int number = 0;
        do {
            page = visits.findForResident(r.getId(), r.getHousehold().getId(), PageRequest.of(number++, PAGE));
            page.forEach(v -> all.add(new RecordedVisit(v.getId(), v.getVisitedAt(), v.getVisitorName(),
                    v.getResident() == null, v.getFindings(), v.isFollowUpNeeded(), v.getFollowUp(),
                    v.getPhoto() == null ? null : "/files/" + v.getPhoto())));
        } while (page.hasNext());
        return all;
    }

    private List<RecordView> viewsOf(Resident r) {
        return audit.historyOf("Resident", r.getId(), Integer.MAX_VALUE).stream()
                .filter(e -> "VIEW".equals(e.action()))
                .map(e -> new RecordView(e.occurredAt(), e.actor(), e.summary())).toList();
    }
}
