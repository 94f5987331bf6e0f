package org.civicgrid.pairing.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.civicgrid.pairing.NeedStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NeedRepository extends JpaRepository<Need, Long> {

    @Query("""
            select n from Need n where n.regionPath like :scope
              and (:status is null or n.status = :status) and (:community is null or n.communityId = :community)
            """)
    Page<Need> search(@Param("scope") String scope, @Param("status") NeedStatus status,
            @Param("community") Long communityId, Pageable pageable);

    @Query("""
            select n from Need n where n.communityId in :communities
              and (:status is null or n.status = :status)
            """)
    Page<Need> ofCommunities(@Param("communities") Collection<Long> communityIds, @Param("status") NeedStatus status,
            Pageable pageable);

    List<Need> findByClaimedPairingIdOrderByReportedAtDesc(long pairingId);

    /** Needs resolved from `from` up to (not including) `to` per claiming unit. */
    @Query("""
            select n.claimedUnitId, count(n) from Need n where n.status = org.civicgrid.pairing.NeedStatus.DONE
               and n.claimedUnitId in :units and n.resolvedAt >= :from and n.resolvedAt < :to group by n.claimedUnitId
            """)
    List<Object[]> resolvedByUnit(@Param("units") Collection<Long> unitIds, @Param("from") Instant from,
            @Param("to") Instant to);
}
