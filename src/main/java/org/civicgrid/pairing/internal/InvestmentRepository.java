package org.civicgrid.pairing.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InvestmentRepository extends JpaRepository<Investment, Long> {

    List<Investment> findByPairingIdOrderByInvestedOnDesc(long pairingId);

    @Query("""
            select p.unitId, sum(i.amount) from Investment i, Pairing p where p.id = i.pairingId
               and p.unitId in :units and i.investedOn between :from and :to group by p.unitId
            """)
    List<Object[]> byUnit(@Param("units") Collection<Long> unitIds, @Param("from") LocalDate from,
            @Param("to") LocalDate to);
}
