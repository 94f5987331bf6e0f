package org.civicgrid.rivers.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RiverProjectRepository extends JpaRepository<RiverProject, Long> {

    List<RiverProject> findByRegionPathLikeOrderByProjectTypeAscPlanYearAscNameAsc(String scope);
}
