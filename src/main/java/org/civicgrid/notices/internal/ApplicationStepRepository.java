package org.civicgrid.notices.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationStepRepository extends JpaRepository<ApplicationStep, Long> {

    List<ApplicationStep> findByApplicationIdOrderByAtAscIdAsc(long applicationId);
}
