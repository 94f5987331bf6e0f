package org.civicgrid.dashboard.internal;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.civicgrid.dashboard.MonthlyReports;
import org.civicgrid.shared.time.TimeConfiguration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On the first of every month, writes last month's report for every region at the configured levels.
 * ShedLock makes sure only one instance runs it; a second run only writes the same reports again.
 */
@Component
class MonthlyReportJob {

    private final MonthlyReports reports;
    private final Clock clock;

    MonthlyReportJob(MonthlyReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Scheduled(cron = "${civicgrid.dashboard.reports.cron:0 30 1 1 * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "dashboard.monthly-reports", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    void monthly() {
        reports.generateAll(LocalDate.now(clock.withZone(TimeConfiguration.ZONE)));
    }
}
