package org.civicgrid.rivers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.Role;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.rivers.internal.RiverChief;
import org.civicgrid.rivers.internal.RiverPatrolPoint;
import org.civicgrid.rivers.internal.RiverPolicy;
import org.civicgrid.rivers.internal.RiverTrack;
import org.junit.jupiter.api.Test;

/** The registry's and patrols' rules, both ways. */
class RiverPolicyTests {

    @Test
    void a_reach_inside_a_village_needs_all_four_levels_and_a_district_reach_two() {
        assertThat(RiverPolicy.applicableLevels(RegionLevel.COMMUNITY))
                .containsExactly(ChiefLevel.CITY, ChiefLevel.COUNTY, ChiefLevel.TOWNSHIP, ChiefLevel.VILLAGE);
        assertThat(RiverPolicy.applicableLevels(RegionLevel.DISTRICT)).containsExactly(ChiefLevel.CITY, ChiefLevel.COUNTY);
        assertThat(RiverPolicy.applicableLevels(RegionLevel.CITY)).containsExactly(ChiefLevel.CITY);
    }

    @Test
    void a_chief_answers_only_for_segments_inside_their_region() {
        assertThat(RiverPolicy.chiefMayAnswerFor("/1/2/", ChiefLevel.COUNTY, "/1/2/5/")).isTrue();
        assertThat(RiverPolicy.chiefMayAnswerFor("/1/2/", ChiefLevel.COUNTY, "/1/3/")).isFalse();
    }

    @Test
    void only_the_chief_patrols_but_an_official_above_may_enter_a_patrol_afterwards() {
        RiverChief chief = new RiverChief("曾德明", ChiefLevel.VILLAGE, null, "zdm", 9, "/1/2/9/", null, Instant.now());
        CurrentUser self = new CurrentUser(1, "zdm", "曾", Set.of(Role.RIVER_CHIEF), 9, "/1/2/9/");
        CurrentUser official = new CurrentUser(2, "lk", "区", Set.of(Role.DISTRICT_OFFICIAL), 2, "/1/2/");
        CurrentUser elsewhere = new CurrentUser(3, "ht", "荷", Set.of(Role.DISTRICT_OFFICIAL), 3, "/1/3/");
        assertThat(RiverPolicy.mayPatrolAs(self, chief)).isTrue();
        assertThat(RiverPolicy.mayPatrolAs(official, chief)).isFalse();
        assertThat(RiverPolicy.mayEnterPatrolFor(official, chief)).isTrue();
        assertThat(RiverPolicy.mayEnterPatrolFor(elsewhere, chief)).isFalse();
    }

    @Test
    void the_track_length_skips_imprecise_points() {
        Instant t = Instant.now();
        List<RiverPatrolPoint> points = List.of(new RiverPatrolPoint(1, t, 27.8280, 113.0880, 5.0),
                new RiverPatrolPoint(1, t.plusSeconds(10), 27.9000, 113.2000, 500.0),
                new RiverPatrolPoint(1, t.plusSeconds(20), 27.8290, 113.0880, 5.0));
        assertThat(RiverTrack.lengthMetres(points)).isBetween(105.0, 118.0);
    }
}
