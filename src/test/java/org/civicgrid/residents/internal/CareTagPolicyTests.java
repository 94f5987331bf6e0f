package org.civicgrid.residents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.civicgrid.residents.CareTag;
import org.junit.jupiter.api.Test;

class CareTagPolicyTests {

    @Test
    void a_left_behind_child_is_under_eighteen() {
        assertThat(CareTagPolicy.misfit(Set.of(CareTag.LEFT_BEHIND_CHILD), 17)).isEmpty();
        assertThat(CareTagPolicy.misfit(Set.of(CareTag.LEFT_BEHIND_CHILD), 18)).contains(CareTag.LEFT_BEHIND_CHILD);
    }

    @Test
    void an_elderly_person_living_alone_is_sixty_or_over() {
        assertThat(CareTagPolicy.misfit(Set.of(CareTag.ELDERLY_ALONE), 60)).isEmpty();
        assertThat(CareTagPolicy.misfit(Set.of(CareTag.ELDERLY_ALONE), 59)).contains(CareTag.ELDERLY_ALONE);
    }

    @Test
    void the_other_tags_fit_any_age_and_an_unknown_age_fits_every_tag() {
        assertThat(CareTagPolicy.misfit(Set.of(CareTag.DISABLED, CareTag.LOW_INCOME, CareTag.HOMEBOUND_PARTY_MEMBER), 5))
                .isEmpty();
        assertThat(CareTagPolicy.misfit(Set.of(CareTag.ELDERLY_ALONE, CareTag.MIGRANT_WORKER_CHILD), null)).isEmpty();
    }
}
