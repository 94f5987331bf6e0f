package org.civicgrid.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.civicgrid.courses.internal.Course;
import org.civicgrid.courses.internal.EligibilityPolicy;
import org.civicgrid.courses.internal.EligibilityPolicy.Participant;
import org.junit.jupiter.api.Test;

class EligibilityPolicyTests {

    private static final String XIAOHUTANG = "/1/2/3/4/";

    private static Course course(Integer minAge, Integer maxAge, CareTag tag) {
        Course c = new Course(4, XIAOHUTANG, Programme.AFTER_SCHOOL, "四点半课堂", LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 1, 15), 30, EnrolmentRule.FIRST_COME, false, null, "xiaohutang", null);
        c.restrict(minAge, maxAge, tag);
        return c;
    }

    private static Participant living(String path) {
        return new Participant(path, Optional.empty(), Optional.empty());
    }

    private static Participant born(LocalDate birthDate) {
        return new Participant(XIAOHUTANG, Optional.of(birthDate), Optional.empty());
    }

    @Test
    void a_resident_of_the_community_or_one_of_its_grids_may_enrol() {
        assertThat(EligibilityPolicy.residentOfCommunity(course(null, null, null), living(XIAOHUTANG))).isEmpty();
        assertThat(EligibilityPolicy.residentOfCommunity(course(null, null, null), living(XIAOHUTANG + "9/"))).isEmpty();
    }

    @Test
    void a_resident_of_another_community_may_not() {
        assertThat(EligibilityPolicy.residentOfCommunity(course(null, null, null), living("/1/2/3/5/"))).isPresent();
        assertThat(EligibilityPolicy.residentOfCommunity(course(null, null, null), living("/1/2/3/"))).isPresent();
    }

    @Test
    void a_child_who_is_thirteen_on_the_first_day_is_too_old_for_a_class_for_six_to_twelve() {
        Course after = course(6, 12, null);

        assertThat(EligibilityPolicy.withinAgeRange(after, born(LocalDate.of(2013, 8, 31)))).isPresent();
        assertThat(EligibilityPolicy.withinAgeRange(after, born(LocalDate.of(2013, 9, 2)))).isEmpty();
        assertThat(EligibilityPolicy.withinAgeRange(after, born(LocalDate.of(2020, 9, 2)))).isPresent();
    }

    @Test
    void an_unknown_age_is_a_stated_condition_not_a_refusal() {
        assertThat(EligibilityPolicy.withinAgeRange(course(6, 12, null), living(XIAOHUTANG))).isEmpty();
    }

    @Test
    void a_class_for_left_behind_children_refuses_a_child_known_not_to_be_one() {
        Course c = course(null, null, CareTag.LEFT_BEHIND_CHILD);
        Participant tagged = new Participant(XIAOHUTANG, Optional.empty(), Optional.of(Set.of(CareTag.LEFT_BEHIND_CHILD)));
        Participant untagged = new Participant(XIAOHUTANG, Optional.empty(), Optional.of(Set.of(CareTag.LOW_INCOME)));

        assertThat(EligibilityPolicy.holdsCareTag(c, tagged)).isEmpty();
        assertThat(EligibilityPolicy.holdsCareTag(c, untagged)).isPresent();
        assertThat(EligibilityPolicy.holdsCareTag(c, living(XIAOHUTANG))).isEmpty();
    }

    @Test
    void every_failed_rule_is_listed() {
        Course c = course(60, null, CareTag.ELDERLY_ALONE);
        Participant who = new Participant("/1/9/", Optional.of(LocalDate.of(1990, 1, 1)), Optional.of(Set.of()));

        assertThat(EligibilityPolicy.refusals(c, who)).hasSize(3);
    }
}
