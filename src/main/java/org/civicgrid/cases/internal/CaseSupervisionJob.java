package org.civicgrid.cases.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.civicgrid.cases.CaseManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 超期督办 — every few minutes: flag cases due soon and supervise overdue ones. ShedLock (the platform's
 * one LockProvider) lets one instance run it at a time; the cases' versions make a second run harmless.
 */
@Component
public class CaseSupervisionJob {

    private static final Logger log = LoggerFactory.getLogger(CaseSupervisionJob.class);

    private final CaseManagement cases;

    CaseSupervisionJob(CaseManagement cases) {
        this.cases = cases;
    }

    @Scheduled(initialDelayString = "${civicgrid.cases.supervision-check:PT2M}",
            fixedDelayString = "${civicgrid.cases.supervision-check:PT2M}")
    @SchedulerLock(name = "cases.supervision", lockAtMostFor = "PT10M")
    public void run() {
        int supervised = cases.superviseOverdue();
        if (supervised > 0) {
            log.info("Supervised {} overdue cases", supervised);
        }
    }
}
