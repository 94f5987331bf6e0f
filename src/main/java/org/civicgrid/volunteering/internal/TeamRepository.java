package org.civicgrid.volunteering.internal;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TeamRepository extends org.springframework.data.jpa.repository.JpaRepository<Team, Long> {

    @Query("select t from Team t where t.regionPath like :scope order by t.name")
    Page<Team> search(@Param("scope") String scope, Pageable pageable);

    List<Team> findByUnitId(long unitId);

    @Query("select t from Team t where :volunteer member of t.members order by t.name")
    List<Team> withMember(@Param("volunteer") long volunteerId);
}
