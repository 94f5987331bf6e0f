package org.civicgrid.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;

import org.civicgrid.courses.internal.LotteryDraw;
import org.junit.jupiter.api.Test;

class LotteryDrawTests {

    private static final List<Long> ENTRANTS = LongStream.rangeClosed(101, 130).boxed().toList();

    @Test
    void the_same_seed_and_entrants_always_give_the_same_order() {
        assertThat(LotteryDraw.order(ENTRANTS, 20230508L)).isEqualTo(LotteryDraw.order(ENTRANTS, 20230508L));
    }

    @Test
    void the_order_does_not_depend_on_the_order_entries_arrived_in() {
        List<Long> shuffled = new ArrayList<>(ENTRANTS);
        Collections.reverse(shuffled);

        assertThat(LotteryDraw.order(shuffled, 7L)).isEqualTo(LotteryDraw.order(ENTRANTS, 7L));
    }

    @Test
    void the_draw_is_a_permutation_of_the_entrants() {
        assertThat(LotteryDraw.order(ENTRANTS, 99L)).containsExactlyInAnyOrderElementsOf(ENTRANTS);
    }

    @Test
    void another_seed_gives_another_order() {
        assertThat(LotteryDraw.order(ENTRANTS, 1L)).isNotEqualTo(LotteryDraw.order(ENTRANTS, 2L));
    }

    @Test
    void the_algorithm_is_pinned_so_old_draws_stay_checkable() {
        // Fisher–Yates from the end with java.util.Random(42): re-computing a 2023 draw must give the 2023 answer.
        assertThat(LotteryDraw.order(List.of(1L, 2L, 3L, 4L, 5L, 6L), 42L)).containsExactly(2L, 1L, 5L, 6L, 4L, 3L);
    }

    @Test
    void the_fingerprint_names_the_entrant_list_whatever_its_order() {
        List<Long> reversed = new ArrayList<>(ENTRANTS);
        Collections.reverse(reversed);

        assertThat(LotteryDraw.fingerprint(reversed)).isEqualTo(LotteryDraw.fingerprint(ENTRANTS)).hasSize(64);
        assertThat(LotteryDraw.fingerprint(ENTRANTS.subList(1, 30))).isNotEqualTo(LotteryDraw.fingerprint(ENTRANTS));
    }
}
