package org.civicgrid.shared.ratelimit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.civicgrid.shared.TooManyRequestsException;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * Named rate limits (Bucket4j token buckets) for floods: sign-in, tokens, reports, votes, enrolments.
 * A limit is written {@code <count>/<duration>}, e.g. {@code 10/1m}, and set with
 * {@code civicgrid.rate-limits.<name>}; each key (an account, an address) has its own bucket. Buckets
 * live in each instance's memory: behind a load balancer every instance enforces the limit on what it
 * sees, which is what a flood limit needs.
 */
@Service
public class RateLimits {

    private static final Pattern SPEC = Pattern.compile("(\\d+)/(\\d+)([smhd])");
    private static final int MAX_KEYS = 200_000;

    /**
     * The limits every deployment starts with; each one is meant never to be noticed in real use. Reports and
     * photos: a resident files a few a day, a grid worker dozens, and a community office may send everyone's
     * through one address (NAT), so the staff and address limits are far above any working day.
     */
    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("login", "10/1m"),
            Map.entry("token", "20/1m"),
            Map.entry("report", "60/1h"),
            Map.entry("report-staff", "1000/1h"),
            Map.entry("report-address", "1200/1h"),
            Map.entry("report-public", "120/1h"),
            Map.entry("photo", "120/1h"),
            Map.entry("photo-staff", "1200/1h"),
            Map.entry("photo-address", "2400/1h"),
            Map.entry("vote", "30/1m"),
            Map.entry("vote-address", "300/1m"),
            Map.entry("enrol", "30/1m"),
            Map.entry("enrol-address", "300/1m"));

    private final Environment environment;
    private final Map<String, Bandwidth> limits = new ConcurrentHashMap<>();
    private final Map<String, Bucket> buckets = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                    return size() > MAX_KEYS;
                }
            });

    public RateLimits(Environment environment) {
        this.environment = environment;
    }

    /**
     * Takes one token from the bucket of {@code key} under limit {@code name}.
     *
     * @throws TooManyRequestsException when the bucket is empty
     */
    public void consume(String name, String key) {
        ConsumptionProbe probe = bucket(name, key).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1;
            throw new TooManyRequestsException(name, seconds);
        }
    }

    /** Forgets every bucket and reads the limits from the configuration again (tests). */
    public void reset() {
        buckets.clear();
        limits.clear();
    }

    private Bucket bucket(String name, String key) {
        Bandwidth limit = limits.computeIfAbsent(name, this::limit);
        return buckets.computeIfAbsent(name + "\u0000" + key, k -> Bucket.builder().addLimit(limit).build());
    }

    private Bandwidth limit(String name) {
        String spec = environment.getProperty("civicgrid.rate-limits." + name, DEFAULTS.getOrDefault(name, "60/1m"));
        Matcher m = SPEC.matcher(spec.trim());
        if (!m.matches()) {
            throw new IllegalStateException("civicgrid.rate-limits." + name + " must look like 10/1m: " + spec);
        }
        long count = Long.parseLong(m.group(1));
        long amount = Long.parseLong(m.group(2));
        Duration period = switch (m.group(3)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        return Bandwidth.builder().capacity(count).refillGreedy(count, period).build();
    }
}
