package org.civicgrid.volunteering.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.civicgrid.volunteering.ActivityType;
import org.civicgrid.volunteering.SignUpStatus;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SignUpRepository extends org.springframework.data.jpa.repository.JpaRepository<SignUp, Long> {

    Optional<SignUp> findByActivityIdAndVolunteerId(long activityId, long volunteerId);

    List<SignUp> findByActivityIdOrderBySignedUpAt(long activityId);

    long countByActivityIdAndStatusNot(long activityId, SignUpStatus status);

    List<SignUp> findByVolunteerIdAndStatusOrderByCheckedInAtDesc(long volunteerId, SignUpStatus status);

    List<SignUp> findByVolunteerIdOrderBySignedUpAtDesc(long volunteerId);

    /** Completed services of these volunteers that began from `from` up to (not including) `to`, with the activity's type. */
    @Query("""
            select s.volunteerId, count(s) from SignUp s, Activity a
             where a.id = s.activityId and s.status = org.civicgrid.volunteering.SignUpStatus.COMPLETED
               and a.type = :type and s.volunteerId in :volunteers
               and s.checkedInAt >= :from and s.checkedInAt < :to
             group by s.volunteerId
            """)
    List<Object[]> countServices(@Param("volunteers") Collection<Long> volunteerIds, @Param("type") ActivityType type,
            @Param("from") Instant from, @Param("to") Instant to);

    /** Minutes served by the in-post party members of each unit, for services begun from `from` up to (not including) `to`. */
    @Query("""
            select v.unitId, coalesce(sum(s.serviceMinutes), 0) from SignUp s, Volunteer v
             where v.id = s.volunteerId and s.status = org.civicgrid.volunteering.SignUpStatus.COMPLETED
               and v.unitId in :units and s.checkedInAt >= :from and s.checkedInAt < :to
             group by v.unitId
            """)
    List<Object[]> minutesByUnit(@Param("units") Collection<Long> unitIds, @Param("from") Instant from,
            @Param("to") Instant to);
}
