package org.civicgrid.region.internal;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface RegionRepository extends ListCrudRepository<Region, Long> {

    @Query("select count(r), max(r.updatedAt) from Region r")
    List<Object[]> revision();
}
