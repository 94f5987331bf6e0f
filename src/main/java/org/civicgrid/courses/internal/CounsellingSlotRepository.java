package org.civicgrid.courses.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CounsellingSlotRepository extends JpaRepository<CounsellingSlot, Long> {

    /** Books a free slot; 0 when somebody else booked it first. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            update counselling_slot set booked_by = :userId, booked_at = :at, topic = :topic, version = version + 1
            where id = :id and booked_by is null
            """, nativeQuery = true)
    int book(@Param("id") long id, @Param("userId") long userId, @Param("at") Instant at, @Param("topic") String topic);

    /** Frees a slot the person holds; 0 when they do not hold it. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            update counselling_slot set booked_by = null, booked_at = null, topic = null, version = version + 1
            where id = :id and booked_by = :userId
            """, nativeQuery = true)
    int release(@Param("id") long id, @Param("userId") long userId);

    @Query("""
            select s from CounsellingSlot s where s.counsellorId = :counsellorId
              and s.startsAt < :to and s.endsAt > :from
            """)
    List<CounsellingSlot> overlapping(@Param("counsellorId") long counsellorId, @Param("from") Instant from,
            @Param("to") Instant to);

    @Query("""
            select s from CounsellingSlot s where (s.regionPath like :scope or s.regionPath in :enclosing)
              and s.startsAt >= :from and s.startsAt < :to order by s.startsAt, s.counsellorId
            """)
    List<CounsellingSlot> between(@Param("scope") String scopePattern, @Param("enclosing") Collection<String> enclosing,
            @Param("from") Instant from, @Param("to") Instant to);

    List<CounsellingSlot> findByBookedByAndStartsAtGreaterThanEqualOrderByStartsAt(long userId, Instant from);

    /** Every slot the person holds, past and future, earliest first (counselling_slot_booked_idx). */
    List<CounsellingSlot> findByBookedByOrderByStartsAt(long userId);

    List<CounsellingSlot> findByCounsellorIdAndStartsAtBetweenOrderByStartsAt(long counsellorId, Instant from, Instant to);
}
