package org.civicgrid.cases.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Counts working time on China's calendar: Monday–Friday are workdays unless a public holiday, a weekend
 * day is a workday when it is a make-up workday (调休), and a workday has its working periods (e.g.
 * 09:00–12:00 and 13:30–17:30). A deadline is the moment the given number of working hours is used up.
 *
 * @param exceptions day → workday?, for holidays (false) and make-up workdays (true)
 * @param periods    the working periods of a workday, in order
 */
public record WorkingTime(Map<LocalDate, Boolean> exceptions, List<Period> periods, ZoneId zone) {

    /** One working period of a day. */
    public record Period(LocalTime start, LocalTime end) {

        Duration length() {
            return Duration.between(start, end);
        }
    }

    /** {@code "09:00-12:00,13:30-17:30"}. */
    public static List<Period> parse(String spec) {
        return java.util.Arrays.stream(spec.split(",")).map(String::trim).map(p -> {
            String[] se = p.split("-");
            return new Period(LocalTime.parse(se[0].trim()), LocalTime.parse(se[1].trim()));
        }).toList();
    }

    public boolean isWorkday(LocalDate day) {
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /** The moment {@code hours} working hours after {@code start}. */
    public Instant plusWorkingHours(Instant start, int hours) {
        Duration left = Duration.ofHours(Math.max(0, hours));
        LocalDateTime t = LocalDateTime.ofInstant(start, zone);
        LocalDate day = t.toLocalDate();
        LocalTime from = t.toLocalTime();
        for (int guard = 0; guard < 3660; guard++) {
            if (isWorkday(day)) {
                for (Period p : periods) {
                    if (!from.isBefore(p.end())) {
                        continue;
                    }
                    LocalTime begin = from.isAfter(p.start()) ? from : p.start();
                    Duration available = Duration.between(begin, p.end());
                    if (left.compareTo(available) <= 0) {
                        return LocalDateTime.of(day, begin.plus(left)).atZone(zone).toInstant();
                    }
                    left = left.minus(available);
                }
            }
            day = day.plusDays(1);
            from = LocalTime.MIDNIGHT;
        }
        throw new IllegalStateException("No working time in ten years after " + start);
    }

    /** Working time between two moments (for "how long did it take" in working hours). */
    public Duration between(Instant a, Instant b) {
        if (!b.isAfter(a)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDateTime from = LocalDateTime.ofInstant(a, zone);
        LocalDateTime to = LocalDateTime.ofInstant(b, zone);
        for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkday(day)) {
                continue;
            }
            for (Period p : periods) {
                LocalDateTime ps = LocalDateTime.of(day, p.start());
                LocalDateTime pe = LocalDateTime.of(day, p.end());
                LocalDateTime s = ps.isAfter(from) ? ps : from;
                LocalDateTime e = pe.isBefore(to) ? pe : to;
                if (e.isAfter(s)) {
                    total = total.plus(Duration.between(s, e));
                }
            }
        }
        return total;
    }
}
