package org.civicgrid.courses.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.civicgrid.shared.time.TimeConfiguration;

/**
 * A weekly timetable turned into session times, e.g. the reading club's "1–2 sessions a week for the
 * summer": every chosen weekday between two dates at one local time (Asia/Shanghai).
 */
public final class SessionSchedule {

    /** A session's start and end. */
    public record Slot(ZonedDateTime startsAt, ZonedDateTime endsAt) {}

    /** More than this many sessions in one go is a mistake, not a timetable. */
    public static final int MAX_SESSIONS = 200;

    private SessionSchedule() {}

    public static List<Slot> weekly(LocalDate from, LocalDate to, Set<DayOfWeek> days, LocalTime start, Duration length) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the last day comes before the first");
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("choose at least one weekday");
        }
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a session lasts some time");
        }
        List<Slot> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (days.contains(d.getDayOfWeek())) {
                ZonedDateTime s = d.atTime(start).atZone(TimeConfiguration.ZONE);
                out.add(new Slot(s, s.plus(length)));
                if (out.size() > MAX_SESSIONS) {
                    throw new IllegalArgumentException("at most " + MAX_SESSIONS + " sessions at once");
                }
            }
        }
        return out;
    }
}
