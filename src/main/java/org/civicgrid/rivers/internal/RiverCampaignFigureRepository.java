package org.civicgrid.rivers.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RiverCampaignFigureRepository extends JpaRepository<RiverCampaignFigure, Long> {

    List<RiverCampaignFigure> findByCampaignIdOrderBySortOrder(long campaignId);
}
