package org.civicgrid.rivers.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RiverProblemRepository extends JpaRepository<RiverProblem, Long> {

    List<RiverProblem> findByWaterBodyIdAndClosedFalseAndRegionPathLikeOrderByFoundAtDesc(long waterBodyId, String scope);

    List<RiverProblem> findBySegmentIdInAndClosedFalseOrderByFoundAtDesc(Collection<Long> segmentIds);

    List<RiverProblem> findByPatrolIdOrderByFoundAt(long patrolId);

    Page<RiverProblem> findByRegionPathLikeOrderByFoundAtDesc(String scope, Pageable pageable);

    long countByRegionPathLike(String scope);

    long countByRegionPathLikeAndClosedTrue(String scope);

    /** Problems under a scope by region path: region path, found, closed. */
    @org.springframework.data.jpa.repository.Query("""
            select p.regionPath, count(p), sum(case when p.closed = true then 1 else 0 end) from RiverProblem p
             where p.regionPath like ?1 group by p.regionPath""")
    java.util.List<Object[]> countByRegionPath(String scope);
}
