package org.civicgrid.rivers.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RiverSegmentRepository extends JpaRepository<RiverSegment, Long> {

    List<RiverSegment> findByWaterBodyIdOrderByName(long waterBodyId);

    /** Where the segments under a scope lie: water body id, region path. */
    @org.springframework.data.jpa.repository.Query(
            "select s.waterBodyId, s.regionPath from RiverSegment s where s.regionPath like ?1")
    List<Object[]> placesInScope(String scope);

    List<RiverSegment> findByIdIn(Collection<Long> ids);

    List<RiverSegment> findByRegionPathLikeOrderByName(String scope);
}
