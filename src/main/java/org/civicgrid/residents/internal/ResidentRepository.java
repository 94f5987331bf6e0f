package org.civicgrid.residents.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ResidentRepository extends JpaRepository<Resident, Long>, JpaSpecificationExecutor<Resident> {

    Optional<Resident> findByIdNumberHash(String idNumberHash);

    Optional<Resident> findByUserId(Long userId);

    @Query("select r from Resident r where r.household.id = :householdId order by r.birthDate, r.id")
    List<Resident> findByHousehold(@Param("householdId") long householdId);

    /** The next residents after this id with their households, in id order (a rebuild of the search index). */
    @Query("select r from Resident r join fetch r.household where r.id > :id order by r.id")
    List<Resident> after(@Param("id") long id, Pageable page);

    @Query("select r.household.id, count(r) from Resident r where r.household.id in :ids group by r.household.id")
    List<Object[]> countByHouseholds(@Param("ids") Collection<Long> householdIds);

    default Map<Long, Long> membersOf(Collection<Long> householdIds) {
        if (householdIds.isEmpty()) {
            return Map.of();
        }
        return countByHouseholds(householdIds).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }
}
