package org.civicgrid.cases.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The working calendar as casework uses it: the exceptions in {@code case_calendar_day} (re-read every few
 * minutes, and at once after an edit on this instance) and the working periods of a day
 * ({@code civicgrid.cases.working-hours}).
 */
@Component
public class CaseCalendar {

    private static final Duration RELOAD = Duration.ofMinutes(5);

    private final CaseCalendarDayRepository days;
    private final List<WorkingTime.Period> periods;
    private final ZoneId zone;
    private volatile WorkingTime current;
    private volatile Instant loadedAt = Instant.EPOCH;

    CaseCalendar(CaseCalendarDayRepository days,
            @Value("${civicgrid.cases.working-hours:09:00-12:00,13:30-17:30}") String workingHours,
            @Value("${civicgrid.zone:Asia/Shanghai}") String zone) {
        this.days = days;
        this.periods = WorkingTime.parse(workingHours);
        this.zone = ZoneId.of(zone);
    }

    public WorkingTime workingTime() {
        WorkingTime w = current;
        if (w == null || loadedAt.plus(RELOAD).isBefore(Instant.now())) {
            Map<LocalDate, Boolean> exceptions = new HashMap<>();
            days.findAll().forEach(d -> exceptions.put(d.getCalendarDay(), d.isWorkday()));
            w = new WorkingTime(Map.copyOf(exceptions), periods, zone);
            current = w;
            loadedAt = Instant.now();
        }
        return w;
    }

    public Instant deadline(Instant start, int workingHours) {
        return workingTime().plusWorkingHours(start, workingHours);
    }

    public void changed() {
        current = null;
    }

    public ZoneId zone() {
        return zone;
    }
}
