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

    /**
     * 应巡次数 — the patrols the duty asks of one chief over the days {@code from}–{@code to} (both included): the rule
     * asks a patrol at least once every period, so days that hold n whole periods ask n patrols, counted from the
     * later of {@code from} and the day the chief took the post (calendar months as calendar months: a whole
     * February is one month). None when the chief took the post after {@code to}.
     */
    public static long required(LocalDate since, Period every, LocalDate from, LocalDate to) {
        LocalDate start = since != null && since.isAfter(from) ? since : from;
        LocalDate end = to.plusDays(1);
        if (every.isZero() || every.isNegative() || !start.isBefore(end)) {
            return 0;
        }
        // start below the answer (no period is longer than this many days), then step while the next one fits
        long longest = every.getYears() * 366L + every.getMonths() * 31L + every.getDays();
        long n = ChronoUnit.DAYS.between(start, end) / Math.max(1, longest);
        while (!start.plus(every.multipliedBy(Math.toIntExact(n + 1))).isAfter(end)) {
            n++;
        }
        return n;
    }

    /** A patrol counts toward the duty when it lasted at least the rule's minimum. */
    public static boolean counts(Long durationSeconds, int minMinutes) {
        return durationSeconds != null && durationSeconds >= minMinutes * 60L;
    }
}
