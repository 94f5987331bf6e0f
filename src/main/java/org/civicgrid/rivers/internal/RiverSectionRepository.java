package org.civicgrid.rivers.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RiverSectionRepository extends JpaRepository<RiverSection, Long> {

    List<RiverSection> findByWaterBodyIdOrderByCode(long waterBodyId);

    List<RiverSection> findBySegmentIdOrderByCode(long segmentId);

    List<RiverSection> findByRegionPathLikeOrderByCode(String scope);

    Optional<RiverSection> findByCode(String code);
}
