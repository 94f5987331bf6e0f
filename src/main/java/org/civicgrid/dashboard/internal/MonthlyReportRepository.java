package org.civicgrid.dashboard.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MonthlyReportRepository extends JpaRepository<MonthlyReport, Long> {

    Optional<MonthlyReport> findByRegionIdAndReportMonth(long regionId, String reportMonth);

    List<MonthlyReport> findByRegionIdOrderByReportMonthDesc(long regionId, Pageable page);
}
