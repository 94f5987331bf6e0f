package org.civicgrid.rivers.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RiverWaterBodyRepository extends JpaRepository<RiverWaterBody, Long> {

    /** Water bodies with at least one segment in scope (a city river reaches into every district it crosses). */
    @Query("""
            select b from RiverWaterBody b where b.regionPath like :scope
               or exists (select s.id from RiverSegment s where s.waterBodyId = b.id and s.regionPath like :scope)
            order by b.code""")
    Page<RiverWaterBody> findInScope(String scope, Pageable pageable);

    /** Where the water bodies under a scope are registered: id, region path. */
    @Query("select b.id, b.regionPath from RiverWaterBody b where b.regionPath like ?1")
    java.util.List<Object[]> placesInScope(String scope);

    Optional<RiverWaterBody> findByCode(String code);

    /** The next water bodies after this id, in id order (a rebuild of the search index reads them so). */
    @Query("select b from RiverWaterBody b where b.id > ?1 order by b.id")
    List<RiverWaterBody> after(long id, Pageable page);

    List<RiverWaterBody> findByIdIn(java.util.Collection<Long> ids);
}
