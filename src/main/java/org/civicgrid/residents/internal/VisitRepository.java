package org.civicgrid.residents.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VisitRepository extends JpaRepository<Visit, Long> {

    /** A resident's visits and the visits to their whole household, newest first. */
    @Query(value = """
            select v from Visit v where v.resident.id = :residentId
              or (v.household.id = :householdId and v.resident is null)
            order by v.visitedAt desc, v.id desc
            """, countQuery = """
            select count(v) from Visit v where v.resident.id = :residentId
              or (v.household.id = :householdId and v.resident is null)
            """)
    Page<Visit> findForResident(@Param("residentId") long residentId, @Param("householdId") long householdId,
            Pageable pageable);

    @Query(value = "select v from Visit v where v.household.id = :householdId order by v.visitedAt desc, v.id desc",
            countQuery = "select count(v) from Visit v where v.household.id = :householdId")
    Page<Visit> findForHousehold(@Param("householdId") long householdId, Pageable pageable);

    /** Visits inside a region, newest first; {@code followUpOnly} keeps those that need a follow-up. */
    @Query(value = """
            select v from Visit v where v.regionPath like :scope
              and (v.followUpNeeded = true or :followUpOnly = false)
              and (v.visitorId = :visitorId or :visitorId = 0)
            order by v.visitedAt desc, v.id desc
            """, countQuery = """
            select count(v) from Visit v where v.regionPath like :scope
              and (v.followUpNeeded = true or :followUpOnly = false)
              and (v.visitorId = :visitorId or :visitorId = 0)
            """)
    Page<Visit> findInScope(@Param("scope") String scopePattern, @Param("followUpOnly") boolean followUpOnly,
            @Param("visitorId") long visitorId, Pageable pageable);
}
