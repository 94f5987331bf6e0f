package org.civicgrid.cases.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.Role;
import org.civicgrid.shared.TooManyRequestsException;
import org.civicgrid.shared.ratelimit.RateLimits;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ReportLimitsTests {

    private final ReportLimits limits = new ReportLimits(new RateLimits(new MockEnvironment()
            .withProperty("civicgrid.rate-limits.report", "2/1h")
            .withProperty("civicgrid.rate-limits.report-staff", "5/1h")
            .withProperty("civicgrid.rate-limits.report-address", "8/1h")
            .withProperty("civicgrid.rate-limits.photo", "1/1h")
            .withProperty("civicgrid.rate-limits.photo-staff", "3/1h")
            .withProperty("civicgrid.rate-limits.photo-address", "100/1h")));

    private static int next = 1;

    private static CurrentUser user(Role... roles) {
        int id = next++;
        return new CurrentUser(id, "u" + id, "用户" + id, Set.of(roles), 1, "/1/");
    }

    private static void times(int n, Runnable action) {
        for (int i = 0; i < n; i++) {
            action.run();
        }
    }

    @Test
    void a_resident_files_as_often_as_the_resident_limit_allows() {
        CurrentUser resident = user(Role.RESIDENT);
        times(2, () -> limits.report(resident, "10.0.0.1"));

        assertThatThrownBy(() -> limits.report(resident, "10.0.0.1")).isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void a_volunteer_who_is_also_a_resident_counts_as_a_resident() {
        CurrentUser volunteer = user(Role.VOLUNTEER, Role.RESIDENT);
        times(2, () -> limits.report(volunteer, "10.0.0.2"));

        assertThatThrownBy(() -> limits.report(volunteer, "10.0.0.2")).isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void a_grid_worker_files_under_the_larger_staff_limit() {
        CurrentUser worker = user(Role.GRID_WORKER);
        times(5, () -> limits.report(worker, "10.0.0.3"));

        assertThatThrownBy(() -> limits.report(worker, "10.0.0.3")).isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void anyone_who_works_cases_files_under_the_staff_limit() {
        for (Role role : Set.of(Role.COMMUNITY_WORKER, Role.DISTRICT_OFFICIAL, Role.RIVER_CHIEF, Role.ENFORCEMENT_OFFICER,
                Role.UNIT_LIAISON)) {
            CurrentUser staff = user(role, Role.RESIDENT);
            assertThatCode(() -> times(5, () -> limits.report(staff, "10.1.0." + staff.id())))
                    .as(role.name()).doesNotThrowAnyException();
        }
    }

    @Test
    void one_address_is_limited_whichever_accounts_file_from_it() {
        times(4, () -> {
            CurrentUser resident = user(Role.RESIDENT);
            limits.report(resident, "10.0.0.4");
            limits.report(resident, "10.0.0.4");
        });

        assertThatThrownBy(() -> limits.report(user(Role.RESIDENT), "10.0.0.4"))
                .isInstanceOf(TooManyRequestsException.class);
        assertThatCode(() -> limits.report(user(Role.RESIDENT), "10.0.0.5")).doesNotThrowAnyException();
    }

    @Test
    void photos_have_limits_of_their_own() {
        CurrentUser resident = user(Role.RESIDENT);
        limits.photo(resident, "10.0.0.6");

        assertThatThrownBy(() -> limits.photo(resident, "10.0.0.6")).isInstanceOf(TooManyRequestsException.class);
        assertThatCode(() -> limits.report(resident, "10.0.0.6")).doesNotThrowAnyException();
        CurrentUser worker = user(Role.GRID_WORKER);
        assertThatCode(() -> times(3, () -> limits.photo(worker, "10.0.0.6"))).doesNotThrowAnyException();
    }
}
