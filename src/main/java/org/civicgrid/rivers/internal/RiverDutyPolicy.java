package org.civicgrid.rivers.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * 巡河履职 — when a chief's next patrol falls due and how far behind they are. The next patrol is due one period
 * after the last one that counted (or after the chief took the post, when there is none); calendar months are
 * calendar months, so a monthly chief who patrolled on 31 January is due on the last day of February.
 */
public final class RiverDutyPolicy {

    private RiverDutyPolicy() {}

    public record Assessment(LocalDate dueOn, long daysBehind) {}

    public static Assessment assess(LocalDate since, LocalDate lastPatrol, Period every, LocalDate today) {
        LocalDate from = lastPatrol != null ? lastPatrol : since;
        LocalDate due = from.plus(every);
        long behind = today.isAfter(due) ? ChronoUnit.DAYS.between(due, today) : 0;
        return new Assessment(due, behind);
    }

    /** A patrol counts toward the duty when it lasted at least the rule's minimum. */
    public static boolean counts(Long durationSeconds, int minMinutes) {
        return durationSeconds != null && durationSeconds >= minMinutes * 60L;
    }
}
