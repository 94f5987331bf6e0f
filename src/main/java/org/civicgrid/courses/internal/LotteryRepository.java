package org.civicgrid.courses.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LotteryRepository extends JpaRepository<Lottery, Long> {

    @EntityGraph(attributePaths = "picks")
    Optional<Lottery> findByCourseId(long courseId);
}
