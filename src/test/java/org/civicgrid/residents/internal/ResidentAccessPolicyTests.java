package org.civicgrid.residents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.Role;
import org.junit.jupiter.api.Test;

class ResidentAccessPolicyTests {

    private static final String LIJIACHONG = "/1/30/31/32/";
    private static final String HUODIAN = LIJIACHONG + "33/34/";

    private static CurrentUser user(Role role, String path) {
        return new CurrentUser(1, "u", "U", Set.of(role), 1, path);
    }

    @Test
    void the_community_worker_of_the_records_region_sees_personal_data_whole() {
        assertThat(ResidentAccessPolicy.seesWholePersonalData(user(Role.COMMUNITY_WORKER, LIJIACHONG), HUODIAN)).isTrue();
    }

    @Test
    void the_grid_worker_of_the_records_grid_sees_personal_data_whole() {
        assertThat(ResidentAccessPolicy.seesWholePersonalData(user(Role.GRID_WORKER, LIJIACHONG + "33/"), HUODIAN)).isTrue();
    }

    @Test
    void a_worker_of_another_community_does_not() {
        assertThat(ResidentAccessPolicy.seesWholePersonalData(user(Role.COMMUNITY_WORKER, "/1/2/3/4/"), HUODIAN)).isFalse();
    }

    @Test
    void officials_even_the_administrator_see_personal_data_masked() {
        assertThat(ResidentAccessPolicy.seesWholePersonalData(user(Role.PLATFORM_ADMIN, "/1/"), HUODIAN)).isFalse();
        assertThat(ResidentAccessPolicy.seesWholePersonalData(user(Role.DISTRICT_OFFICIAL, "/1/30/"), HUODIAN)).isFalse();
    }

    @Test
    void officials_browse_but_do_not_edit_or_visit() {
        CurrentUser official = user(Role.STREET_OFFICIAL, "/1/30/31/");
        assertThat(ResidentAccessPolicy.mayBrowse(official)).isTrue();
        assertThat(ResidentAccessPolicy.mayEdit(official)).isFalse();
        assertThat(ResidentAccessPolicy.mayLogVisits(official)).isFalse();
    }

    @Test
    void grid_workers_browse_edit_and_visit() {
        CurrentUser grid = user(Role.GRID_WORKER, HUODIAN);
        assertThat(ResidentAccessPolicy.mayBrowse(grid)).isTrue();
        assertThat(ResidentAccessPolicy.mayEdit(grid)).isTrue();
        assertThat(ResidentAccessPolicy.mayLogVisits(grid)).isTrue();
    }

    @Test
    void residents_river_chiefs_and_volunteers_do_not_browse_residents() {
        for (Role role : Set.of(Role.RESIDENT, Role.RIVER_CHIEF, Role.VOLUNTEER, Role.UNIT_LIAISON, Role.ENFORCEMENT_OFFICER)) {
            assertThat(ResidentAccessPolicy.mayBrowse(user(role, LIJIACHONG))).as(role.name()).isFalse();
        }
    }
}
