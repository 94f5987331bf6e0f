package org.civicgrid.residents.internal;

import org.civicgrid.shared.crypto.PersonalDataCipher;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.access.UserId;
import org.civicgrid.residents.CareTag;
import org.civicgrid.residents.Gender;
import org.civicgrid.residents.IdNumberPolicy;
import org.civicgrid.residents.PhonePolicy;
import org.civicgrid.residents.RefusedInput.FieldRefusal;
import org.civicgrid.residents.ResidentFields;
import org.springframework.stereotype.Component;

/**
 * Checks and normalises what a worker typed about a resident — the ID number by {@link IdNumberPolicy}
 * (and the birth date and gender against it), the phone by {@link PhonePolicy}, the care tags by
 * {@link CareTagPolicy} — and computes the ID number's lookup hash.
 */
@Component
public class ResidentRecords {

    static final int NAME_MAX = 50;
    static final int NOTES_MAX = 2000;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final PersonalDataCipher cipher;
    private final AccountManagement accounts;

    ResidentRecords(PersonalDataCipher cipher, AccountManagement accounts) {
        this.cipher = cipher;
        this.accounts = accounts;
    }

    /** The lookup hash of an ID number as typed (normalised first). */
    public String hashOf(String idNumber) {
        String n = IdNumberPolicy.normalise(idNumber);
        return n == null || n.isEmpty() ? null : cipher.lookupHash(n);
    }

    /** @return the record to store, or empty with the reasons added to {@code refusals} */
    public Optional<PersonalRecord> check(ResidentFields f, LocalDate today, List<FieldRefusal> refusals) {
        int before = refusals.size();
        String name = trimmed(f.name());
        if (name == null) {
            refusals.add(new FieldRefusal("name", "name.required", "the name is required"));
        } else if (name.length() > NAME_MAX) {
            refusals.add(new FieldRefusal("name", "name.too-long", "at most " + NAME_MAX + " characters"));
        }
        String idNumber = IdNumberPolicy.normalise(trimmed(f.idNumber()));
        Gender gender = f.gender();
        LocalDate birthDate = f.birthDate();
        if (idNumber != null) {
            Optional<IdNumberPolicy.Refusal> refusal = IdNumberPolicy.refusal(idNumber, today);
            if (refusal.isPresent()) {
                refusals.add(new FieldRefusal("id_number", refusal.get().code(), refusal.get().message()));
            } else {
                LocalDate carried = IdNumberPolicy.birthDate(idNumber).orElseThrow();
                if (birthDate != null && !birthDate.equals(carried)) {
                    refusals.add(new FieldRefusal("birth_date", "birth-date.mismatch",
                            "the birth date differs from the one in the ID number (" + carried + ")"));
                }
                birthDate = carried;
                Gender carriedGender = IdNumberPolicy.gender(idNumber);
                if (gender != null && gender != carriedGender) {
                    refusals.add(new FieldRefusal("gender", "gender.mismatch",
                            "the gender differs from the one the ID number records"));
                }
                gender = carriedGender;
            }
        }
        if (gender == null && idNumber == null) {
            refusals.add(new FieldRefusal("gender", "gender.required", "the gender is required without an ID number"));
        }
        if (birthDate == null && idNumber == null) {
            refusals.add(new FieldRefusal("birth_date", "birth-date.required",
                    "the birth date is required without an ID number"));
        } else if (birthDate != null && (birthDate.isAfter(today) || birthDate.isBefore(EARLIEST))) {
            refusals.add(new FieldRefusal("birth_date", "birth-date.implausible",
                    "the birth date must lie between 1900 and today"));
        }
        String phone = PhonePolicy.normalise(trimmed(f.phone()));
        if (phone != null && PhonePolicy.refusal(phone).isPresent()) {
            refusals.add(new FieldRefusal("phone", PhonePolicy.REFUSAL_CODE, PhonePolicy.REFUSAL_MESSAGE));
        }
        Set<CareTag> tags = f.careTags() == null || f.careTags().isEmpty() ? EnumSet.noneOf(CareTag.class)
                : EnumSet.copyOf(f.careTags());
        if (birthDate != null && !birthDate.isAfter(today)) {
            int age = Period.between(birthDate, today).getYears();
            CareTagPolicy.misfit(tags, age).ifPresent(tag -> refusals.add(new FieldRefusal("care_tags",
                    tag == CareTag.ELDERLY_ALONE ? "care-tags.elderly-age" : "care-tags.child-age",
                    tag + " does not fit a resident aged " + age)));
        }
        String notes = trimmed(f.notes());
        if (notes != null && notes.length() > NOTES_MAX) {
            refusals.add(new FieldRefusal("notes", "notes.too-long", "at most " + NOTES_MAX + " characters"));
        }
        String healthNotes = trimmed(f.healthNotes());
        if (healthNotes != null && healthNotes.length() > NOTES_MAX) {
            refusals.add(new FieldRefusal("health_notes", "notes.too-long", "at most " + NOTES_MAX + " characters"));
        }
        if (f.userId() != null && accounts.findById(new UserId(f.userId())).isEmpty()) {
            refusals.add(new FieldRefusal("user_id", "user.unknown", "no such user account"));
        }
        if (refusals.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new PersonalRecord(name, gender, birthDate, idNumber,
                idNumber == null ? null : cipher.lookupHash(idNumber), phone, tags, notes, healthNotes, f.userId()));
    }

    static String trimmed(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
