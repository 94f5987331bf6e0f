package org.civicgrid.courses.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseSessionRepository extends JpaRepository<CourseSession, Long> {

    List<CourseSession> findByCourseIdOrderByStartsAt(long courseId);

    boolean existsByCourseIdAndStartsAt(long courseId, Instant startsAt);

    long countByCourseIdAndStartsAtLessThanEqual(long courseId, Instant now);
}
