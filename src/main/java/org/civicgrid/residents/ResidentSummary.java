package org.civicgrid.residents;

import java.time.LocalDate;
import java.util.Set;

/** A resident as lists and exports show them: ID number and phone always masked. */
public record ResidentSummary(long id, long householdId, String name, Gender gender, LocalDate birthDate,
        Integer age, String idNumber, String phone, Set<CareTag> careTags, String address, long gridId,
        String gridName, String communityName) {
}
