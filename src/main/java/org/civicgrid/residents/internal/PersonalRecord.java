package org.civicgrid.residents.internal;

import java.time.LocalDate;
import java.util.Set;

import org.civicgrid.residents.CareTag;
import org.civicgrid.residents.Gender;

/** A resident's checked and normalised fields, ready to store (the ID number with its lookup hash). */
public record PersonalRecord(String name, Gender gender, LocalDate birthDate, String idNumber, String idNumberHash,
        String phone, Set<CareTag> careTags, String notes, String healthNotes, Long userId) {
}
