package org.civicgrid.notices.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApplicationStepRepository extends JpaRepository<ApplicationStep, Long> {

    List<ApplicationStep> findByApplicationIdOrderByAtAscIdAsc(long applicationId);

    /** The steps of every application one user made, oldest first. */
    @Query("""
            select s from ApplicationStep s, ServiceApplication a
            where a.id = s.applicationId and a.submittedBy = :submittedBy
            order by s.at, s.id
            """)
    List<ApplicationStep> findForApplicant(@Param("submittedBy") long submittedBy);
}
