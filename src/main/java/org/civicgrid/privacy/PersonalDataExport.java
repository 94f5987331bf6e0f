package org.civicgrid.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.audit.AuditLog;
import org.civicgrid.shared.privacy.PersonalDataSection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's copy of their own data, gathered from every module's section. The copy holds their
 * ID number and phone whole, so each download is recorded in the audit log as a view of full personal data.
 */
@Service
public class PersonalDataExport {

    /**
     * The copy.
     *
     * @param sections each module's part, keyed by the section's id, in the sections' order
     */
    public record MyData(Instant generatedAt, long userId, String username, Map<String, Object> sections) {}

    private final List<PersonalDataSection> sections;
    private final AuditLog audit;
    private final Clock clock;

    PersonalDataExport(List<PersonalDataSection> sections, AuditLog audit, Clock clock) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(PersonalDataSection::order)).toList();
        this.audit = audit;
        this.clock = clock;
    }

    /** The ids of the sections, in order: what a download holds. */
    public List<String> sectionIds() {
        return sections.stream().map(PersonalDataSection::id).toList();
    }

    /** Everything the platform holds about the signed-in user, read in one transaction. */
    @Transactional
    public MyData mine() {
        CurrentUser me = CurrentUsers.require();
        Map<String, Object> parts = new LinkedHashMap<>();
        for (PersonalDataSection section : sections) {
            parts.put(section.id(), section.collect(me.id()));
        }
        audit.recordView("User", me.id(), me.regionPath(), "downloaded a copy of their own personal data");
        return new MyData(clock.instant(), me.id(), me.username(), parts);
    }
}
