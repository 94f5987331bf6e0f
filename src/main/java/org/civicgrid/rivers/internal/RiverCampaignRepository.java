package org.civicgrid.rivers.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RiverCampaignRepository extends JpaRepository<RiverCampaign, Long> {

    List<RiverCampaign> findByRegionPathLikeOrderByStartedOnDesc(String scope);
}
