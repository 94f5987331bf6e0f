package org.civicgrid.pairing.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ThanksRepository extends JpaRepository<Thanks, Long> {

    List<Thanks> findByPairingIdOrderByReceivedOnDesc(long pairingId);

    @Query("""
            select p.unitId, sum(t.quantity) from Thanks t, Pairing p where p.id = t.pairingId
               and p.unitId in :units and t.receivedOn between :from and :to group by p.unitId
            """)
    List<Object[]> byUnit(@Param("units") Collection<Long> unitIds, @Param("from") LocalDate from,
            @Param("to") LocalDate to);
}
