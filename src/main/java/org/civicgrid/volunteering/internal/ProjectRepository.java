package org.civicgrid.volunteering.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProjectRepository extends org.springframework.data.jpa.repository.JpaRepository<Project, Long> {

    @Query("select p from Project p where p.regionPath like :scope order by p.startedOn desc")
    Page<Project> search(@Param("scope") String scope, Pageable pageable);
}
