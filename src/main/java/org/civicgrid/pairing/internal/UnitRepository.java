package org.civicgrid.pairing.internal;

import java.util.List;
import java.util.Optional;

import org.civicgrid.pairing.UnitType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UnitRepository extends JpaRepository<Unit, Long> {

    Optional<Unit> findByName(String name);

    /** The next units after this id, in id order (a rebuild of the search index reads them so). */
    @Query("select u from Unit u where u.id > :id order by u.id")
    List<Unit> after(@Param("id") long id, Pageable page);

    @Query("select u from Unit u where :user member of u.liaisons order by u.name")
    List<Unit> liaisonOf(@Param("user") long userId);

    /** Units in the caller's region, or paired with a community in it. */
    @Query("""
            select u from Unit u where (u.regionPath like :scope or exists (select p.id from Pairing p
               where p.unitId = u.id and p.regionPath like :scope))
              and (:type is null or u.type = :type) and (:q is null or u.name like :q)
            """)
    Page<Unit> search(@Param("scope") String scope, @Param("type") UnitType type, @Param("q") String q,
            Pageable pageable);
}
