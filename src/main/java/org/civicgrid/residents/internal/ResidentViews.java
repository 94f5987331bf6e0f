package org.civicgrid.residents.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.residents.HouseholdDetails;
import org.civicgrid.residents.PersonalDataMask;
import org.civicgrid.residents.ResidentDetails;
import org.civicgrid.residents.ResidentSummary;
import org.civicgrid.residents.VisitRecord;
import org.civicgrid.shared.events.SearchableChanged;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the module's entities into the records other code sees — masked unless told otherwise — and
 * into the search index's entry for a resident (never with the ID number or phone whole).
 */
@Component
public class ResidentViews {

    /** Search kind of residents. */
    public static final String SEARCH_KIND = "resident";

    private final Regions regions;
    private final MessageSource messages;
    private final Clock clock;

    ResidentViews(Regions regions, MessageSource messages, Clock clock) {
        this.regions = regions;
        this.messages = messages;
        this.clock = clock;
    }

    public ResidentSummary summary(Resident r) {
        Household h = r.getHousehold();
        return new ResidentSummary(r.getId(), h.getId(), r.getName(), r.getGender(), r.getBirthDate(),
                r.ageOn(today()), PersonalDataMask.idNumber(r.getIdNumber()), PersonalDataMask.phone(r.getPhone()),
                r.getCareTags(), h.getAddress(), r.getGridId(), name(r.getGridId()),
                community(r.getGridId()).map(RegionRef::name).orElse(null));
    }

    /** @param whole true only when the caller may see the personal data whole (and the view is audited) */
    public ResidentDetails details(Resident r, boolean whole) {
        Household h = r.getHousehold();
        Optional<RegionRef> community = community(r.getGridId());
        return new ResidentDetails(r.getId(), h.getId(), r.getName(), r.getGender(), r.getBirthDate(),
                r.ageOn(today()), whole ? r.getIdNumber() : PersonalDataMask.idNumber(r.getIdNumber()),
                whole ? r.getPhone() : PersonalDataMask.phone(r.getPhone()), whole, r.getCareTags(), r.getNotes(),
                whole ? r.getHealthNotes() : null, r.getUserId(), h.getAddress(), h.getCompoundId(),
                h.getCompoundId() == null ? null : name(h.getCompoundId()), r.getGridId(), name(r.getGridId()),
                community.map(RegionRef::id).orElse(0L), community.map(RegionRef::name).orElse(null),
                r.getRegionId(), r.getVersion(), r.getCreatedAt(), r.getUpdatedAt());
    }

    public HouseholdDetails household(Household h, long members) {
        Optional<RegionRef> community = community(h.getGridId());
        return new HouseholdDetails(h.getId(), h.getAddress(), h.getCompoundId(),
                h.getCompoundId() == null ? null : name(h.getCompoundId()), h.getGridId(), name(h.getGridId()),
                community.map(RegionRef::id).orElse(0L), community.map(RegionRef::name).orElse(null), h.getNotes(),
                members, h.getRegionId(), h.getVersion(), h.getCreatedAt(), h.getUpdatedAt());
    }

    public VisitRecord visit(Visit v) {
        Resident r = v.getResident();
        return new VisitRecord(v.getId(), v.getHousehold().getId(), r == null ? null : r.getId(),
                r == null ? null : r.getName(), v.getHousehold().getAddress(), v.getVisitedAt(), v.getVisitorId(),
                v.getVisitorName(), v.getFindings(), v.isFollowUpNeeded(), v.getFollowUp(), v.getPhoto(),
                v.getCreatedAt());
    }

    /**
     * The search index's entry: name and masked number as the title; no ID number, phone or health notes. The
     * notes are in the text: everyone who may search (officials and community workers) reads them on the
     * resident's page too. Dated when the resident or their household (whose address is in the text) last
     * changed, so a rebuild writes the entry the last event wrote.
     */
    public SearchableChanged searchEntry(Resident r) {
        String masked = PersonalDataMask.idNumber(r.getIdNumber());
        String gender = messages.getMessage("residents.gender." + r.getGender(), null, Locale.SIMPLIFIED_CHINESE);
        Integer age = r.ageOn(today());
        String title = r.getName() + " · " + (masked != null ? masked : gender + (age == null ? "" : " " + age + "岁"));
        String tags = r.getCareTags().stream().sorted()
                .map(t -> messages.getMessage("residents.tag." + t, null, Locale.SIMPLIFIED_CHINESE))
                .collect(Collectors.joining(" "));
        String text = String.join(" ", r.getName(), gender, r.getHousehold().getAddress(),
                community(r.getGridId()).map(RegionRef::name).orElse(""), name(r.getGridId()), tags,
                r.getNotes() == null ? "" : r.getNotes()).replaceAll("\\s+", " ").trim();
        Instant changed = r.getHousehold().getUpdatedAt().isAfter(r.getUpdatedAt()) ? r.getHousehold().getUpdatedAt()
                : r.getUpdatedAt();
        return new SearchableChanged(SEARCH_KIND, String.valueOf(r.getId()), r.getRegionPath(), title, text,
                "/residents/" + r.getId(), changed, false);
    }

    public String regionName(long id) {
        return name(id);
    }

    private String name(long regionId) {
        return regions.nameOf(regionId);
    }

    private Optional<RegionRef> community(long gridId) {
        return regions.ancestorAt(new RegionId(gridId), RegionLevel.COMMUNITY);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
