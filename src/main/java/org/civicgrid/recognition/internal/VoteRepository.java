package org.civicgrid.recognition.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VoteRepository extends JpaRepository<Vote, Long> {

    boolean existsByCampaignIdAndVoterIdAndRuleKey(long campaignId, long voterId, String ruleKey);

    long countByCampaignIdAndVoterId(long campaignId, long voterId);

    /** Every vote one person cast, oldest first (campaign_vote_voter_idx). */
    List<Vote> findByVoterIdOrderByCastAtAscIdAsc(long voterId);

    /** Exact counts: candidate id and number of votes. */
    @Query("select v.candidateId, count(v) from Vote v where v.campaignId = :campaignId group by v.candidateId")
    List<Object[]> tally(@Param("campaignId") long campaignId);

    @Query("select count(distinct v.voterId) from Vote v where v.campaignId = :campaignId")
    long voters(@Param("campaignId") long campaignId);

    @Query("select v.candidateId from Vote v where v.campaignId = :campaignId and v.voterId = :voterId")
    List<Long> votedFor(@Param("campaignId") long campaignId, @Param("voterId") long voterId);
}
