package org.civicgrid.notices.internal;

import java.util.List;

import org.civicgrid.notices.ApplicationStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ServiceApplicationRepository extends JpaRepository<ServiceApplication, Long> {

    Page<ServiceApplication> findBySubmittedByOrderBySubmittedAtDescIdDesc(long submittedBy, Pageable pageable);

    /** Every application the user made, newest first: for their copy of their own data. */
    List<ServiceApplication> findAllBySubmittedByOrderBySubmittedAtDescIdDesc(long submittedBy);

    @Query("""
            select a from ServiceApplication a where a.regionPath like :scope
              and (:status is null or a.status = :status)
            order by a.submittedAt desc, a.id desc
            """)
    Page<ServiceApplication> inbox(@Param("scope") String scopePattern, @Param("status") ApplicationStatus status,
            Pageable pageable);

    long countByRegionPathLikeAndStatus(String scopePattern, ApplicationStatus status);
}
