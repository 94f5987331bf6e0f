package org.civicgrid.cases.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseCategoryAliasRepository extends JpaRepository<CaseCategoryAlias, String> {

    List<CaseCategoryAlias> findByCategoryCode(String categoryCode);
}
