package org.civicgrid.enforcement.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.query.Param;

public interface OperationRepository extends JpaRepository<Operation, Long>, JpaSpecificationExecutor<Operation> {

    boolean existsByRegionIdAndNumber(long regionId, String number);

    /** The next operations after this id, in id order (a rebuild of the search index reads them so). */
    @Query("select o from Operation o where o.id > :id order by o.id")
    List<Operation> after(@Param("id") long id, Pageable page);

    /** Counts per operation and violation type, for a page of operations: rows of {operation id, code, sum}. */
    @Query("""
            select o.id, l.violationType.code, sum(l.quantity) from Operation o join o.lines l
            where o.id in :ids group by o.id, l.violationType.code""")
    List<Object[]> countsByType(@Param("ids") Collection<Long> ids);
}
