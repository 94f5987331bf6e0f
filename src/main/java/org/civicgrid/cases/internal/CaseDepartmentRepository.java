package org.civicgrid.cases.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseDepartmentRepository extends JpaRepository<CaseDepartment, Long> {

    Optional<CaseDepartment> findByCode(String code);

    List<CaseDepartment> findAllByOrderByIdAsc();
}
