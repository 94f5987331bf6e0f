package org.civicgrid.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

import org.civicgrid.courses.internal.LotteryDraw;

/** Whatever the entrants and the seed, the draw is a permutation, repeatable, and blind to arrival order. */
class LotteryDrawProperties {

    @Property(tries = 200)
    void the_draw_is_a_repeatable_permutation_whatever_the_order_entries_arrived_in(
            @ForAll @Size(max = 60) @UniqueElements List<Long> entrants, @ForAll long seed) {
        List<Long> arrived = new ArrayList<>(entrants);
        Collections.reverse(arrived);

        List<Long> drawn = LotteryDraw.order(entrants, seed);

        assertThat(drawn).containsExactlyInAnyOrderElementsOf(entrants);
        assertThat(LotteryDraw.order(arrived, seed)).isEqualTo(drawn);
        assertThat(LotteryDraw.fingerprint(arrived)).isEqualTo(LotteryDraw.fingerprint(Set.copyOf(entrants)));
    }
}
