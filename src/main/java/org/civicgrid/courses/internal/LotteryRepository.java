package org.civicgrid.courses.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LotteryRepository extends JpaRepository<Lottery, Long> {

    /** One person's line in one draw, with what the draw as a whole looked like. */
    interface OwnPick {
        long getCourseId();
        Instant getDrawnAt();
        int getEntrantCount();
        int getSeatsOffered();
        int getPosition();
        String getOutcome();
    }

    @EntityGraph(attributePaths = "picks")
    Optional<Lottery> findByCourseId(long courseId);

    /** The person's own line of every draw they entered, earliest draw first; nobody else's lines. */
    @Query("""
            select l.courseId as courseId, l.drawnAt as drawnAt, l.entrantCount as entrantCount,
                   l.seatsOffered as seatsOffered, p.position as position, p.outcome as outcome
            from Lottery l join l.picks p where p.userId = :userId order by l.drawnAt, l.id
            """)
    List<OwnPick> picksOf(@Param("userId") long userId);
}
