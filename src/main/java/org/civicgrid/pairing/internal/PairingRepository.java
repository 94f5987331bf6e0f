package org.civicgrid.pairing.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PairingRepository extends JpaRepository<Pairing, Long> {

    List<Pairing> findByUnitIdOrderByYearDesc(long unitId);

    List<Pairing> findByCommunityIdAndYear(long communityId, int year);

    Optional<Pairing> findByUnitIdAndCommunityIdAndYear(long unitId, long communityId, int year);

    @Query("select p from Pairing p where p.year = :year and p.regionPath like :scope")
    List<Pairing> inScope(@Param("year") int year, @Param("scope") String scope);

    @Query("select distinct p.year from Pairing p order by p.year desc")
    List<Integer> years();
}
