package org.civicgrid.residents;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a community or grid worker records about a resident. The birth date and gender may be left out
 * when an ID number is given (the number carries both); when both are given they must agree with it.
 *
 * @param userId the resident's own user account, if they have one (so they can see their own record)
 */
public record ResidentFields(Long householdId, String name, Gender gender, LocalDate birthDate, String idNumber,
        String phone, Set<CareTag> careTags, String notes, String healthNotes, Long userId) {
}
