package org.civicgrid.shared;

/** The caller has used up a rate limit; {@link #retryAfterSeconds()} says when to come back (HTTP 429). */
public class TooManyRequestsException extends DomainException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(String limit, long retryAfterSeconds) {
        super(429, "too-many-requests", "Too many requests",
                "Too many requests (" + limit + "); try again in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        with("retry_after", this.retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
