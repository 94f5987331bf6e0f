package org.civicgrid.recognition;

import java.util.List;

/** Exact counts per candidate, most votes first (ties in the campaign's candidate order). */
public record Results(long campaignId, String title, long totalVotes, long voters, List<Tally> candidates) {

    public record Tally(long candidateId, String name, String category, long votes) {}
}
