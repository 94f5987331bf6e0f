package org.civicgrid.courses.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.civicgrid.courses.CareTag;
import org.springframework.stereotype.Component;

/**
 * What the residents register knows about a person: birth date and care tags. The register is being
 * built as its own module; until a user account is linked to a resident record nothing is known, and
 * the class's age and care-group rules stay stated conditions (see {@link EligibilityPolicy}). When the
 * residents module publishes a lookup, this is the one place to call it.
 */
@Component
public class ParticipantFacts {

    public Optional<LocalDate> birthDate(long userId) {
        return Optional.empty();
    }

    public Optional<Set<CareTag>> careTags(long userId) {
        return Optional.empty();
    }
}
