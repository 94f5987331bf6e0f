package org.civicgrid.recognition.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.civicgrid.recognition.VotingFloodedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 防刷票 — token buckets (Bucket4j) per account and per client address: each vote attempt takes a token, and
 * a bucket refills whole once per period (so "20 a minute" means at most 20 in any bucket minute);
 * an empty bucket refuses with the time until the next one. Buckets live in this instance's memory, so
 * with several instances each enforces its own share; idle buckets are dropped when there are many.
 */
@Component
public class FloodGuard {

    private static final int MAX_BUCKETS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perAccount;
    private final int perAddress;
    private final Duration period;

    FloodGuard(@Value("${civicgrid.voting.flood.per-account:20}") int perAccount,
            @Value("${civicgrid.voting.flood.per-address:200}") int perAddress,
            @Value("${civicgrid.voting.flood.period:PT1M}") Duration period) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.period = period;
    }

    /** @throws VotingFloodedException when the account or the address has used up its votes for now */
    public void admit(long accountId, String clientAddress) {
        take("account:" + accountId, perAccount, "account");
        if (clientAddress != null && !clientAddress.isBlank()) {
            take("address:" + clientAddress, perAddress, "address");
        }
    }

    private void take(String key, int capacity, String who) {
        if (buckets.size() > MAX_BUCKETS) {
            buckets.entrySet().removeIf(e -> e.getValue().getAvailableTokens()
                    >= (e.getKey().startsWith("account:") ? perAccount : perAddress));
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, period).build()).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            throw new VotingFloodedException(who, seconds);
        }
    }
}
