package org.civicgrid.rivers.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RiverChiefAssignmentRepository extends JpaRepository<RiverChiefAssignment, Long> {

    List<RiverChiefAssignment> findBySegmentIdIn(Collection<Long> segmentIds);

    List<RiverChiefAssignment> findByChiefId(long chiefId);

    List<RiverChiefAssignment> findByChiefIdIn(Collection<Long> chiefIds);

    boolean existsBySegmentIdAndChiefId(long segmentId, long chiefId);
}
