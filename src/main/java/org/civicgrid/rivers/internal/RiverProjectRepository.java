package org.civicgrid.rivers.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RiverProjectRepository extends JpaRepository<RiverProject, Long> {

    List<RiverProject> findByRegionPathLikeOrderByProjectTypeAscPlanYearAscNameAsc(String scope);

    /**
     * Projects under a scope by region path and stage: region path, stage, count, and how many of them are past
     * their deadline on {@code today} and not done ({@link RiverProject#isOverdue}).
     */
    @Query("""
            select p.regionPath, p.stage, count(p), sum(case when p.stage <> org.civicgrid.rivers.ProjectStage.DONE
                   and p.deadline < :today then 1 else 0 end)
              from RiverProject p where p.regionPath like :scope group by p.regionPath, p.stage""")
    List<Object[]> countByRegionPathAndStage(String scope, LocalDate today);
}
