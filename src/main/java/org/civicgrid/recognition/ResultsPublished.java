package org.civicgrid.recognition;

import java.time.Instant;

/** A campaign's results went public after its window closed. */
public record ResultsPublished(long campaignId, String title, String regionPath, Instant at) {
}
