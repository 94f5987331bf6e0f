package org.civicgrid.recognition;

import java.time.Instant;
import java.util.List;

/**
 * A campaign with its candidates. The voting window is [opensAt, closesAt): a vote at opensAt counts, a
 * vote at closesAt does not.
 */
public record CampaignView(long id, long regionId, String regionPath, String title, String description,
        CampaignKind kind, Instant opensAt, Instant closesAt, VoteRule rule, int votesAllowed,
        Instant resultsPublishedAt, List<CandidateView> candidates) {

    public boolean openAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public boolean closedAt(Instant now) {
        return !now.isBefore(closesAt);
    }

    public boolean published() {
        return resultsPublishedAt != null;
    }
}
