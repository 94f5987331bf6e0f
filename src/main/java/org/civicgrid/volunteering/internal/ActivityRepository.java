package org.civicgrid.volunteering.internal;

import java.time.Instant;

import org.civicgrid.volunteering.ActivityType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActivityRepository extends org.springframework.data.jpa.repository.JpaRepository<Activity, Long> {

    @Query("""
            select a from Activity a where (a.regionPath like :scope or :userPath like concat(a.regionPath, '%'))
              and (:type is null or a.type = :type)
              and a.endsAt >= :from
              and (:teamId is null or a.teamId = :teamId)
            """)
    Page<Activity> search(@Param("scope") String scope, @Param("userPath") String userPath, @Param("type") ActivityType type, @Param("from") Instant from,
            @Param("teamId") Long teamId, Pageable pageable);

    /**
     * Takes one place if one is left: a single conditional update, so two volunteers racing for the last
     * place cannot both get it (the loser's update matches no row).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Activity a set a.signedUp = a.signedUp + 1
             where a.id = :id and a.signedUp < a.capacity and a.status = org.civicgrid.volunteering.internal.Activity.Status.OPEN
            """)
    int takePlace(@Param("id") long id);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Activity a set a.signedUp = a.signedUp - 1 where a.id = :id and a.signedUp > 0")
    int givePlaceBack(@Param("id") long id);
}
