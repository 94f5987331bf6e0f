package org.civicgrid.enforcement.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ViolationTypeRepository extends JpaRepository<ViolationType, Long> {

    Optional<ViolationType> findByCode(String code);

    /** The whole list: reference data of a few dozen rows at most. */
    List<ViolationType> findAllByOrderBySortOrderAscIdAsc();
}
