package org.civicgrid.notices.internal;

import java.time.Clock;

import org.civicgrid.notices.NoticeManagement;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Scheduled publishing: once a minute, articles whose time has come are announced to search. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NoticeJobs {

    private final NoticeManagement notices;
    private final Clock clock;

    NoticeJobs(NoticeManagement notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${civicgrid.notices.publish-check:PT1M}",
            fixedDelayString = "${civicgrid.notices.publish-check:PT1M}")
    void announceDue() {
        notices.announceDue(clock.instant());
    }
}
