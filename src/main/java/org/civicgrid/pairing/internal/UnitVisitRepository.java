package org.civicgrid.pairing.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UnitVisitRepository extends JpaRepository<UnitVisit, Long> {

    List<UnitVisit> findByPairingIdOrderByVisitDateDescIdDesc(long pairingId);

    /** Per pairing: visits on or before {@code asOf} and the first of them. */
    @Query("""
            select v.pairingId, count(v), min(v.visitDate) from UnitVisit v
             where v.pairingId in :pairings and v.visitDate <= :asOf group by v.pairingId
            """)
    List<Object[]> progress(@Param("pairings") Collection<Long> pairingIds, @Param("asOf") LocalDate asOf);

    /** Visits from `from` to `to` per unit. */
    @Query("""
            select p.unitId, count(v) from UnitVisit v, Pairing p where p.id = v.pairingId and p.unitId in :units
               and v.visitDate between :from and :to group by p.unitId
            """)
    List<Object[]> byUnit(@Param("units") Collection<Long> unitIds, @Param("from") LocalDate from,
            @Param("to") LocalDate to);
}
