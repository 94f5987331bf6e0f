package org.civicgrid.volunteering.internal;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.civicgrid.volunteering.PartyMemberDuty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning, in the last days of a month, reminds in-post party members who have not yet done their
 * micro-service. ShedLock makes sure only one instance runs it; the inbox check makes a second run harmless.
 */
@Component
class DutyReminderJob {

    private final PartyMemberDuty duty;
    private final Clock clock;
    private final int daysBeforeMonthEnd;

    DutyReminderJob(PartyMemberDuty duty, Clock clock,
            @Value("${civicgrid.volunteering.reminder.days-before-month-end:3}") int daysBeforeMonthEnd) {
        this.duty = duty;
        this.clock = clock;
        this.daysBeforeMonthEnd = daysBeforeMonthEnd;
    }

    @Scheduled(cron = "${civicgrid.volunteering.reminder.cron:0 0 9 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "volunteering.micro-service-reminder", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void remind() {
        duty.remindBehind(LocalDate.now(clock), daysBeforeMonthEnd);
    }
}
