package org.civicgrid.rivers.internal;

import org.civicgrid.rivers.ChiefLevel;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RiverDutyRuleRepository extends JpaRepository<RiverDutyRule, ChiefLevel> {
}
