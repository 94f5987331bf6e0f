package org.civicgrid.recognition.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CandidateRepository extends JpaRepository<Candidate, Long> {

    List<Candidate> findByCampaignIdOrderBySortOrderAscIdAsc(long campaignId);

    List<Candidate> findByCampaignIdInOrderBySortOrderAscIdAsc(Collection<Long> campaignIds);

    long countByCampaignId(long campaignId);
}
