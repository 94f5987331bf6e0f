package org.civicgrid.courses.internal;

import java.time.Clock;

import org.civicgrid.courses.CourseManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Draws lotteries whose time has come. Safe with several instances: the draw first closes the entries
 * with a guarded update, so only one instance ever draws a class.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CourseJobs {

    private static final Logger log = LoggerFactory.getLogger(CourseJobs.class);

    private final CourseManagement courses;
    private final Clock clock;

    CourseJobs(CourseManagement courses, Clock clock) {
        this.courses = courses;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${civicgrid.courses.lottery-check:PT1M}",
            fixedDelayString = "${civicgrid.courses.lottery-check:PT1M}")
    void drawDueLotteries() {
        int drawn = courses.drawDue(clock.instant());
        if (drawn > 0) {
            log.info("Drew {} class lotteries", drawn);
        }
    }
}
