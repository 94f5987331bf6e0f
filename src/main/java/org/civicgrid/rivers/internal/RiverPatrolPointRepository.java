package org.civicgrid.rivers.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RiverPatrolPointRepository extends JpaRepository<RiverPatrolPoint, Long> {

    List<RiverPatrolPoint> findByPatrolIdOrderByRecordedAt(long patrolId);

    @Query("select p.recordedAt from RiverPatrolPoint p where p.patrolId = :patrolId and p.recordedAt in :times")
    List<Instant> findExistingTimes(long patrolId, Collection<Instant> times);

    long countByPatrolId(long patrolId);
}
