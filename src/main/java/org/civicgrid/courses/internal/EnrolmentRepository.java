package org.civicgrid.courses.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.civicgrid.courses.EnrolmentStatus;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    Optional<Enrolment> findByCourseIdAndUserId(long courseId, long userId);

    boolean existsByCourseIdAndUserId(long courseId, long userId);

    List<Enrolment> findByCourseIdAndStatusOrderByDisplayNameAscIdAsc(long courseId, EnrolmentStatus status);

    List<Enrolment> findByCourseIdAndStatus(long courseId, EnrolmentStatus status);

    List<Enrolment> findByUserIdAndCourseIdIn(long userId, Collection<Long> courseIds);

    /** Every class one person stands with, oldest request first (course_enrolment_user_idx). */
    List<Enrolment> findByUserIdOrderByRequestedAtAscIdAsc(long userId);

    long countByCourseIdAndStatus(long courseId, EnrolmentStatus status);

    /** The waiting list in order: the next in line first. */
    @Query("""
            select e from Enrolment e where e.courseId = :courseId
              and e.status = org.civicgrid.courses.EnrolmentStatus.WAITING order by e.queueNo, e.id
            """)
    List<Enrolment> waitingList(@Param("courseId") long courseId, Limit limit);

    @Query("""
            select count(e) from Enrolment e where e.courseId = :courseId
              and e.status = org.civicgrid.courses.EnrolmentStatus.WAITING and e.queueNo < :queueNo
            """)
    long aheadOf(@Param("courseId") long courseId, @Param("queueNo") long queueNo);

    /** Promotes one waiting enrolment; 0 when someone else promoted or withdrew it first. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            update course_enrolment set status = 'ENROLLED', seated_at = :at
            where id = :id and status = 'WAITING'
            """, nativeQuery = true)
    int promote(@Param("id") long id, @Param("at") Instant at);

    @Query(value = "select nextval('course_queue_seq')", nativeQuery = true)
    long nextQueueNo();
}
