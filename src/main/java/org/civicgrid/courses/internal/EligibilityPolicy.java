package org.civicgrid.courses.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.civicgrid.courses.CareTag;

/**
 * 报名资格 — who may take a seat, as named rules. Residence is judged from the person's home region;
 * age and care group from what the residents register knows about them ({@link ParticipantFacts}).
 * A rule whose facts are unknown is shown to the person as a stated condition but not enforced.
 */
public final class EligibilityPolicy {

    /** What is known about the person asking. Empty optionals mean "not known", never "no". */
    public record Participant(String homeRegionPath, Optional<LocalDate> birthDate, Optional<Set<CareTag>> careTags) {}

    private EligibilityPolicy() {}

    /** Lives in the class's community (or below it, e.g. in one of its grids). */
    public static Optional<String> residentOfCommunity(Course course, Participant who) {
        return who.homeRegionPath() != null && who.homeRegionPath().startsWith(course.getRegionPath()) ? Optional.empty()
                : Optional.of("the class is for residents of its community");
    }

    /** Old enough and young enough on the class's first day, when the birth date is known. */
    public static Optional<String> withinAgeRange(Course course, Participant who) {
        if (who.birthDate().isEmpty() || (course.getMinAge() == null && course.getMaxAge() == null)) {
            return Optional.empty();
        }
        int age = Period.between(who.birthDate().get(), course.getStartsOn()).getYears();
        if (course.getMinAge() != null && age < course.getMinAge()) {
            return Optional.of("the class is for people aged " + course.getMinAge() + " and over");
        }
        if (course.getMaxAge() != null && age > course.getMaxAge()) {
            return Optional.of("the class is for people aged " + course.getMaxAge() + " and under");
        }
        return Optional.empty();
    }

    /** Carries the class's care tag, when the class names one and the person's tags are known. */
    public static Optional<String> holdsCareTag(Course course, Participant who) {
        if (course.getCareTag() == null || who.careTags().isEmpty() || who.careTags().get().contains(course.getCareTag())) {
            return Optional.empty();
        }
        return Optional.of("the class is reserved for " + course.getCareTag());
    }

    /** Every rule the person fails, in the order above; empty when they may enrol. */
    public static List<String> refusals(Course course, Participant who) {
        List<String> out = new ArrayList<>();
        residentOfCommunity(course, who).ifPresent(out::add);
        withinAgeRange(course, who).ifPresent(out::add);
        holdsCareTag(course, who).ifPresent(out::add);
        return out;
    }
}
