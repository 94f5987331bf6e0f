package org.civicgrid.cases.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseCategoryRepository extends JpaRepository<CaseCategory, Long> {

    Optional<CaseCategory> findByCode(String code);

    List<CaseCategory> findByStandardCode(String standardCode);

    List<CaseCategory> findAllByOrderBySortOrderAscCodeAsc();
}
