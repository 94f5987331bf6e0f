package org.civicgrid.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ScoringRulesTests {

    private final ScoringRules rules = new ScoringRules(new BigDecimal("10"), new BigDecimal("2"), new BigDecimal("20"),
            new BigDecimal("5"), new BigDecimal("25"), new BigDecimal("1"), new BigDecimal("25"), new BigDecimal("0.2"),
            new BigDecimal("15"), new BigDecimal("2"), new BigDecimal("5"));

    @Test
    void a_unit_that_never_reported_and_did_nothing_scores_zero() {
        assertThat(rules.score(false, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0)).isEqualByComparingTo("0");
    }

    @Test
    void each_factor_adds_its_points() {
        // 10 for reporting + 3 visits x 2 + 2 needs x 5 + 214,500 yuan / 10,000 x 1 + 12 h x 0.2 + 2 banners x 2
        assertThat(rules.score(true, 3, 2, new BigDecimal("214500"), new BigDecimal("12"), 2))
                .isEqualByComparingTo("53.9");
    }

    @Test
    void every_factor_is_capped_so_money_alone_cannot_buy_the_top() {
        assertThat(rules.score(true, 100, 100, new BigDecimal("50000000"), new BigDecimal("1000"), 50))
                .isEqualByComparingTo(rules.maximum());
        assertThat(rules.score(false, 0, 0, new BigDecimal("50000000"), BigDecimal.ZERO, 0)).isEqualByComparingTo("25");
    }
}
