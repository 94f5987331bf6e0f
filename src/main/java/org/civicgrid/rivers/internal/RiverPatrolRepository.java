package org.civicgrid.rivers.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RiverPatrolRepository extends JpaRepository<RiverPatrol, Long> {

    Page<RiverPatrol> findByChiefIdOrderByStartedAtDesc(long chiefId, Pageable pageable);

    Page<RiverPatrol> findBySegmentIdInOrderByStartedAtDesc(Collection<Long> segmentIds, Pageable pageable);

    /** Completed patrols of these chiefs that lasted long enough, newest first, up to {@code before}. */
    @Query("""
            select p from RiverPatrol p where p.chiefId in :chiefIds and p.status = org.civicgrid.rivers.PatrolStatus.COMPLETED
               and p.startedAt < :before order by p.startedAt desc""")
    List<RiverPatrol> findCompletedBefore(Collection<Long> chiefIds, Instant before);

    @Query("""
            select count(p) from RiverPatrol p where p.regionPath like :scope
               and p.status = org.civicgrid.rivers.PatrolStatus.COMPLETED and p.startedAt >= :from and p.startedAt < :to""")
    long countCompleted(String scope, Instant from, Instant to);

    /**
     * Completed patrols started in {@code from}–{@code to} (exclusive) by the official chiefs under a scope: the
     * chief's region path, level and the patrol's duration — for regions below those whose figures are kept.
     */
    @Query("""
            select c.regionPath, c.chiefLevel, p.durationSeconds from RiverPatrol p, RiverChief c
             where c.id = p.chiefId and c.regionPath like :scope and c.chiefLevel <> org.civicgrid.rivers.ChiefLevel.CIVILIAN
               and p.status = org.civicgrid.rivers.PatrolStatus.COMPLETED and p.startedAt >= :from and p.startedAt < :to""")
    List<Object[]> completedByChiefsUnder(String scope, Instant from, Instant to);
}
