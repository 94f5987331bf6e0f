package org.civicgrid.pairing.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanVersionRepository extends JpaRepository<PlanVersion, Long> {

    List<PlanVersion> findByPlanIdOrderByNumberDesc(long planId);
}
