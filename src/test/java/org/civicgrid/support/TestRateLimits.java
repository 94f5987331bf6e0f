package org.civicgrid.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.civicgrid.shared.ratelimit.RateLimits;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Small rate limits for one test. The suite keeps every limit out of the way (config/application.properties:
 * all its requests come from one address and demo accounts report all day); a test of a limit sets the ones
 * it checks here, in the shared context, and {@link #close()} puts the suite's back. Every bucket starts full
 * both times. Tests run one at a time, so no other test meets the small limits.
 *
 * <pre>
 * try (TestRateLimits limits = TestRateLimits.set(context, "report", "3/1h")) { ... }
 * </pre>
 */
public final class TestRateLimits implements AutoCloseable {

    private static final String SOURCE = "test-rate-limits";

    private final ConfigurableEnvironment environment;
    private final RateLimits limits;

    private TestRateLimits(ConfigurableEnvironment environment, RateLimits limits) {
        this.environment = environment;
        this.limits = limits;
    }

    /** @param namesAndLimits pairs of a limit's name and its value, e.g. {@code "report", "3/1h"} */
    public static TestRateLimits set(ApplicationContext context, String... namesAndLimits) {
        if (namesAndLimits.length % 2 != 0) {
            throw new IllegalArgumentException("pairs of a name and a limit expected");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndLimits.length; i += 2) {
            values.put("civicgrid.rate-limits." + namesAndLimits[i], namesAndLimits[i + 1]);
        }
        ConfigurableEnvironment environment = (ConfigurableEnvironment) context.getEnvironment();
        environment.getPropertySources().remove(SOURCE);
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, values));
        RateLimits limits = context.getBean(RateLimits.class);
        limits.reset();
        return new TestRateLimits(environment, limits);
    }

    @Override
    public void close() {
        environment.getPropertySources().remove(SOURCE);
        limits.reset();
    }
}
