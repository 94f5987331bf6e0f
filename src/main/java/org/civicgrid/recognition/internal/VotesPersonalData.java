package org.civicgrid.recognition.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civicgrid.shared.privacy.PersonalDataSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The votes a person cast, in their copy of their data: which campaign, which candidate (a candidate's name
 * is public), when, and the network address the vote came from. Never anyone else's votes or the tallies.
 */
@Component
class VotesPersonalData implements PersonalDataSection {

    /** @param clientAddress the address the vote was sent from, as recorded against flooding */
    record CastVote(long campaignId, String campaignTitle, long candidateId, String candidateName, Instant castAt,
            String clientAddress) {}

    private final VoteRepository votes;
    private final CampaignRepository campaigns;
    private final CandidateRepository candidates;

    VotesPersonalData(VoteRepository votes, CampaignRepository campaigns, CandidateRepository candidates) {
        this.votes = votes;
        this.campaigns = campaigns;
        this.candidates = candidates;
    }

    @Override
    public String id() {
        return "votes";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CastVote> collect(long userId) {
        List<Vote> own = votes.findByVoterIdOrderByCastAtAscIdAsc(userId);
        Map<Long, Campaign> campaign = campaigns.findAllById(own.stream().map(Vote::getCampaignId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Campaign::getId, Function.identity()));
        Map<Long, Candidate> candidate = candidates.findAllById(own.stream().map(Vote::getCandidateId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Candidate::getId, Function.identity()));
        return own.stream().map(v -> new CastVote(v.getCampaignId(), campaign.get(v.getCampaignId()).getTitle(),
                v.getCandidateId(), candidate.get(v.getCandidateId()).getName(), v.getCastAt(), v.getClientAddress()))
                .toList();
    }
}
