package org.civicgrid.recognition;

import java.time.Instant;

/** A resident voted for a candidate. */
public record VoteCast(long campaignId, long candidateId, long voterId, Instant at) {
}
