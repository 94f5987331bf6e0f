package org.civicgrid.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civicgrid.shared.ratelimit.RateLimits;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class RateLimitsTests {

    private final RateLimits limits = newLimits(new MockEnvironment().withProperty("civicgrid.rate-limits.vote", "3/1m"));

    private static RateLimits newLimits(MockEnvironment environment) {
        return new RateLimits(environment);
    }

    @Test
    void a_key_may_act_as_often_as_the_limit_allows_and_is_then_told_when_to_come_back() {
        limits.consume("vote", "resident1");
        limits.consume("vote", "resident1");
        limits.consume("vote", "resident1");

        assertThatThrownBy(() -> limits.consume("vote", "resident1"))
                .isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.retryAfterSeconds()).isBetween(1L, 60L);
                });
    }

    @Test
    void each_key_has_its_own_bucket() {
        for (int i = 0; i < 3; i++) {
            limits.consume("vote", "resident1");
        }

        limits.consume("vote", "resident2");
    }

    @Test
    void a_malformed_limit_in_configuration_is_refused_loudly() {
        RateLimits bad = newLimits(new MockEnvironment().withProperty("civicgrid.rate-limits.vote", "three per minute"));

        assertThatThrownBy(() -> bad.consume("vote", "x")).isInstanceOf(IllegalStateException.class);
    }
}
