package org.civicgrid.recognition;

import org.civicgrid.shared.DomainException;

/** Too many votes from one account or one address in a short time (HTTP 429 with Retry-After). */
public class VotingFloodedException extends DomainException {

    private final long retryAfterSeconds;

    public VotingFloodedException(String who, long retryAfterSeconds) {
        super(429, "too-many-requests", "Too many votes", "Too many votes from this " + who + "; try again in "
                + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
        with("retry_after_seconds", retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
