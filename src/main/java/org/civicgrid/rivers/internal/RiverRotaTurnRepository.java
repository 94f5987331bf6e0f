package org.civicgrid.rivers.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RiverRotaTurnRepository extends JpaRepository<RiverRotaTurn, Long> {

    List<RiverRotaTurn> findByRegionPathLikeAndWeekStartGreaterThanEqualOrderByWeekStart(String scope, LocalDate from);
}
