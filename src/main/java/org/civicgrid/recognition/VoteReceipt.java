package org.civicgrid.recognition;

import java.time.Instant;

/**
 * A vote taken.
 *
 * @param votesLeft for TOTAL_N, the votes the person still has; null for the other rules
 */
public record VoteReceipt(long id, long campaignId, long candidateId, Instant castAt, Integer votesLeft) {
}
