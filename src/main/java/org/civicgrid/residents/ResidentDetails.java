package org.civicgrid.residents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A resident's page. {@code personalDataWhole} tells whether the ID number, phone and health notes are
 * whole (and the view was audited) or masked; masked details carry no health notes at all.
 */
public record ResidentDetails(long id, long householdId, String name, Gender gender, LocalDate birthDate,
        Integer age, String idNumber, String phone, boolean personalDataWhole, Set<CareTag> careTags, String notes,
        String healthNotes, Long userId, String address, Long compoundId, String compoundName, long gridId,
        String gridName, long communityId, String communityName, long regionId, long version, Instant createdAt,
        Instant updatedAt) {
}
