package org.civicgrid.volunteering.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VolunteerRepository extends org.springframework.data.jpa.repository.JpaRepository<Volunteer, Long> {

    Optional<Volunteer> findByUserId(long userId);

    @Query("""
            select v from Volunteer v where v.regionPath like :scope
              and (:q is null or v.name like :q or v.volunteerNumber like :q or v.skills like :q)
              and (:partyOnly = false or v.partyMember = true)
            """)
    Page<Volunteer> search(@Param("scope") String scope, @Param("q") String q, @Param("partyOnly") boolean partyOnly,
            Pageable pageable);

    @Query("select v from Volunteer v where v.partyMember = true and v.regionPath like :scope order by v.regionPath, v.name")
    List<Volunteer> partyMembersIn(@Param("scope") String scope);

    @Query("select v from Volunteer v where v.partyMember = true and v.unitId in :units order by v.regionPath, v.name")
    List<Volunteer> partyMembersOf(@Param("units") Collection<Long> unitIds);

    @Query(value = "select nextval('volunteer_number_seq')", nativeQuery = true)
    long nextNumber();
}
