package org.civicgrid.cases.internal;

import java.util.List;

import jakarta.persistence.QueryHint;

import org.hibernate.jpa.HibernateHints;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface CaseRoutingRuleRepository extends JpaRepository<CaseRoutingRule, Long> {

    /**
     * Rules that may apply to the category: its own and the catch-alls. Read while a case is being written,
     * never beside a rule's own write, so the query does not flush (or first dirty-check) the session.
     */
    @Query("select r from CaseRoutingRule r where r.categoryCode = ?1 or r.categoryCode is null")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    List<CaseRoutingRule> candidates(String categoryCode);

    List<CaseRoutingRule> findAllByOrderByCategoryCodeAscIdAsc();
}
