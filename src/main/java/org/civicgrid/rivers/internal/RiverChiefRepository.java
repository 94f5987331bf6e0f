package org.civicgrid.rivers.internal;

import java.util.Collection;
import java.util.List;

import org.civicgrid.rivers.ChiefLevel;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RiverChiefRepository extends JpaRepository<RiverChief, Long> {

    List<RiverChief> findByUsername(String username);

    List<RiverChief> findByIdIn(Collection<Long> ids);

    Page<RiverChief> findByRegionPathLikeOrderByChiefLevelAscNameAsc(String scope, Pageable pageable);

    List<RiverChief> findByRegionPathLikeAndChiefLevelInOrderByRegionPathAscNameAsc(String scope,
            Collection<ChiefLevel> levels);

    long countByRegionPathLikeAndChiefLevel(String scope, ChiefLevel level);

    /** Chiefs under a scope by region path and level: region path, level, count. */
    @org.springframework.data.jpa.repository.Query("""
            select c.regionPath, c.chiefLevel, count(c) from RiverChief c where c.regionPath like ?1
             group by c.regionPath, c.chiefLevel""")
    List<Object[]> countByRegionPathAndLevel(String scope);

    /** Official chiefs under a scope by region path, level and the day they took the post: the four and a count. */
    @org.springframework.data.jpa.repository.Query("""
            select c.regionPath, c.chiefLevel, c.since, count(c) from RiverChief c where c.regionPath like ?1
               and c.chiefLevel <> org.civicgrid.rivers.ChiefLevel.CIVILIAN
             group by c.regionPath, c.chiefLevel, c.since""")
    List<Object[]> countOfficialByRegionPathLevelAndSince(String scope);
}
