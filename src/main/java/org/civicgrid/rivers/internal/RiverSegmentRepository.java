package org.civicgrid.rivers.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RiverSegmentRepository extends JpaRepository<RiverSegment, Long> {

    List<RiverSegment> findByWaterBodyIdOrderByName(long waterBodyId);

    List<RiverSegment> findByIdIn(Collection<Long> ids);

    List<RiverSegment> findByRegionPathLikeOrderByName(String scope);
}
