package org.civicgrid.courses.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CourseRepository extends JpaRepository<Course, Long> {

    /**
     * Takes one seat if one is left: a single guarded update, so that however many requests arrive at
     * once the database hands out exactly {@code capacity} seats (the check constraint backs it up).
     *
     * @return 1 when a seat was taken, 0 when the class is full
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update course set seats_taken = seats_taken + 1 where id = :id and seats_taken < capacity",
            nativeQuery = true)
    int takeSeat(@Param("id") long id);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update course set seats_taken = seats_taken - 1 where id = :id and seats_taken > 0", nativeQuery = true)
    int releaseSeat(@Param("id") long id);

    /** Counts one more lottery entry while the draw has not happened; 0 once it has. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update course set lottery_entries = lottery_entries + 1 where id = :id and lottery_drawn_at is null",
            nativeQuery = true)
    int enterLottery(@Param("id") long id);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update course set lottery_entries = lottery_entries - 1 where id = :id and lottery_entries > 0",
            nativeQuery = true)
    int leaveLottery(@Param("id") long id);

    /** Closes the entries for the draw; only one caller (instance, job or worker) ever gets 1. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update course set lottery_drawn_at = :at where id = :id and lottery_drawn_at is null",
            nativeQuery = true)
    int markDrawn(@Param("id") long id, @Param("at") Instant at);

    @Query("""
            select c from Course c where (c.regionPath like :scope or c.regionPath in :enclosing)
              and (:q is null or c.title like :q)
              and (:current = false or c.endsOn >= :today)
            """)
    Page<Course> search(@Param("scope") String scopePattern, @Param("enclosing") Collection<String> enclosingPaths,
            @Param("q") String q, @Param("current") boolean currentOnly, @Param("today") LocalDate today,
            Pageable pageable);

    @Query("""
            select c.id from Course c where c.enrolmentRule = org.civicgrid.courses.EnrolmentRule.LOTTERY
              and c.lotteryDrawnAt is null and c.lotteryAt <= :now order by c.lotteryAt
            """)
    List<Long> lotteriesDue(@Param("now") Instant now);
}
