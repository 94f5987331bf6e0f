package org.civicgrid.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.Role;
import org.civicgrid.enforcement.FollowUpStatus;
import org.junit.jupiter.api.Test;

class EnforcementPolicyTests {

    static CurrentUser user(Role... roles) {
        return new CurrentUser(1, "u", "U", Set.of(roles), 7, "/1/7/");
    }

    @Test
    void officers_and_officials_record_operations_community_workers_and_residents_do_not() {
        assertThat(EnforcementPolicy.mayRecord(user(Role.ENFORCEMENT_OFFICER))).isTrue();
        assertThat(EnforcementPolicy.mayRecord(user(Role.DISTRICT_OFFICIAL))).isTrue();
        assertThat(EnforcementPolicy.mayRecord(user(Role.COMMUNITY_WORKER))).isFalse();
        assertThat(EnforcementPolicy.mayRecord(user(Role.RESIDENT))).isFalse();
    }

    @Test
    void officers_and_staff_read_operations_grid_workers_and_residents_do_not() {
        assertThat(EnforcementPolicy.mayRead(user(Role.ENFORCEMENT_OFFICER))).isTrue();
        assertThat(EnforcementPolicy.mayRead(user(Role.COMMUNITY_WORKER))).isTrue();
        assertThat(EnforcementPolicy.mayRead(user(Role.GRID_WORKER))).isFalse();
        assertThat(EnforcementPolicy.mayRead(user(Role.RESIDENT))).isFalse();
    }

    @Test
    void only_officials_edit_the_violation_list() {
        assertThat(EnforcementPolicy.mayEditViolationTypes(user(Role.CITY_OFFICIAL))).isTrue();
        assertThat(EnforcementPolicy.mayEditViolationTypes(user(Role.ENFORCEMENT_OFFICER))).isFalse();
    }

    @Test
    void a_count_is_zero_or_more() {
        assertThat(EnforcementPolicy.countIsValid(0)).isTrue();
        assertThat(EnforcementPolicy.countIsValid(26)).isTrue();
        assertThat(EnforcementPolicy.countIsValid(-1)).isFalse();
        assertThat(EnforcementPolicy.countIsValid(null)).isFalse();
    }

    @Test
    void a_line_names_one_of_the_operations_roads_or_none() {
        assertThat(EnforcementPolicy.roadIsOnTheOperation(null, List.of(1L))).isTrue();
        assertThat(EnforcementPolicy.roadIsOnTheOperation(1L, List.of(1L, 2L))).isTrue();
        assertThat(EnforcementPolicy.roadIsOnTheOperation(3L, List.of(1L, 2L))).isFalse();
    }

    @Test
    void follow_up_is_asked_once_and_only_for_a_line_that_counted_something() {
        assertThat(EnforcementPolicy.followUpMayBeRequested(FollowUpStatus.NONE, 3)).isTrue();
        assertThat(EnforcementPolicy.followUpMayBeRequested(FollowUpStatus.NONE, 0)).isFalse();
        assertThat(EnforcementPolicy.followUpMayBeRequested(FollowUpStatus.REQUESTED, 3)).isFalse();
        assertThat(EnforcementPolicy.followUpMayBeRequested(FollowUpStatus.CLOSED, 3)).isFalse();
    }

    @Test
    void a_line_handed_to_casework_stays() {
        assertThat(EnforcementPolicy.lineMayBeRemoved(FollowUpStatus.NONE)).isTrue();
        assertThat(EnforcementPolicy.lineMayBeRemoved(FollowUpStatus.IN_PROGRESS)).isFalse();
    }

    @Test
    void the_lead_is_an_enforcement_officer_above_or_inside_the_operations_region() {
        Set<Role> officer = Set.of(Role.ENFORCEMENT_OFFICER);
        assertThat(EnforcementPolicy.mayLead(officer, "/1/7/", "/1/7/")).isTrue();
        assertThat(EnforcementPolicy.mayLead(officer, "/1/", "/1/7/")).isTrue();
        assertThat(EnforcementPolicy.mayLead(officer, "/1/7/30/", "/1/7/")).isTrue();
        assertThat(EnforcementPolicy.mayLead(officer, "/1/8/", "/1/7/")).isFalse();
        assertThat(EnforcementPolicy.mayLead(Set.of(Role.DISTRICT_OFFICIAL), "/1/7/", "/1/7/")).isFalse();
    }
}
