package org.civicgrid.shared.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RegionTalliesTests {

    @Test
    void a_figure_rolls_up_to_every_region_above_and_a_daily_one_stops_at_the_community() {
        assertThat(RegionTallies.rollUp("/1/2/3/4/5/", "status"))
                .containsExactly("/1/", "/1/2/", "/1/2/3/", "/1/2/3/4/", "/1/2/3/4/5/");
        assertThat(RegionTallies.rollUp("/1/2/3/4/5/", "reported_on"))
                .containsExactly("/1/", "/1/2/", "/1/2/3/", "/1/2/3/4/");
        assertThat(RegionTallies.rollUp("/1/", "reported_on")).containsExactly("/1/");
        assertThat(RegionTallies.depth("/1/")).isZero();
        assertThat(RegionTallies.depth("/1/2/3/4/")).isEqualTo(3);
    }

    @Test
    void a_day_is_the_day_in_zhuzhou_not_in_greenwich() {
        assertThat(RegionTallies.day(Instant.parse("2026-06-01T15:59:59Z"))).isEqualTo("2026-06-01");
        assertThat(RegionTallies.day(Instant.parse("2026-06-01T16:00:00Z"))).isEqualTo("2026-06-02");
    }

    @Test
    void the_difference_keeps_only_what_moved() {
        RegionTallies.Key closed = new RegionTallies.Key("/1/2/", "status", "CLOSED");
        RegionTallies.Key open = new RegionTallies.Key("/1/2/", "status", "REPORTED");
        RegionTallies.Key category = new RegionTallies.Key("/1/2/", "category", "drain");
        assertThat(RegionTallies.difference(Map.of(open, 1L, category, 1L), Map.of(closed, 1L, category, 1L)))
                .containsExactly(Map.entry(closed, 1L), Map.entry(open, -1L));
    }
}
