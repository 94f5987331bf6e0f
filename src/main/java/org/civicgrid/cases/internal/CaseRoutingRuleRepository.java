package org.civicgrid.cases.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseRoutingRuleRepository extends JpaRepository<CaseRoutingRule, Long> {

    /** Rules that may apply to the category: its own and the catch-alls. */
    @Query("select r from CaseRoutingRule r where r.categoryCode = ?1 or r.categoryCode is null")
    List<CaseRoutingRule> candidates(String categoryCode);

    List<CaseRoutingRule> findAllByOrderByCategoryCodeAscIdAsc();
}
