package org.civicgrid.enforcement.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.query.Param;

public interface RoadRepository extends JpaRepository<Road, Long> {

    @Query("""
            select r from Road r where r.regionPath like :scope
              and (:name = '' or lower(r.name) like concat('%', lower(:name), '%'))
            order by r.name, r.id""")
    Page<Road> search(@Param("scope") String scope, @Param("name") String name, Pageable pageable);

    List<Road> findByIdIn(Collection<Long> ids);

    boolean existsByRegionIdAndName(long regionId, String name);
}
