package org.civicgrid.courses.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    List<Attendance> findBySessionId(long sessionId);

    /** Every session one person was recorded at (present or absent), for their copy of their own data. */
    List<Attendance> findByUserId(long userId);

    /** Per session of a class: session id, people recorded, people present. */
    @Query("""
            select a.sessionId, count(a), sum(case when a.present = true then 1 else 0 end)
            from Attendance a where a.courseId = :courseId group by a.sessionId
            """)
    List<Object[]> tally(@Param("courseId") long courseId);
}
