package org.civicgrid.shared.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.civicgrid.shared.time.TimeConfiguration;
import org.springframework.stereotype.Component;

/** Formatting for templates, always in the platform's zone: {@code ${@fmt.dateTime(case.reportedAt)}}. */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(TimeConfiguration.ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(TimeConfiguration.ZONE);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(TimeConfiguration.ZONE);
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
            .withZone(TimeConfiguration.ZONE);

    public String dateTime(TemporalAccessor t) {
        return t == null ? "—" : DATE_TIME.format(normal(t));
    }

    public String seconds(TemporalAccessor t) {
        return t == null ? "—" : SECONDS.format(normal(t));
    }

    public String date(TemporalAccessor t) {
        return t == null ? "—" : DATE.format(normal(t));
    }

    /** The value for an {@code <input type="datetime-local">}. */
    public String input(TemporalAccessor t) {
        return t == null ? "" : LOCAL_INPUT.format(normal(t));
    }

    /** A duration as hours and minutes, e.g. {@code 2h 05m}. */
    public String duration(Duration d) {
        if (d == null) {
            return "—";
        }
        long minutes = Math.max(0, d.toMinutes());
        return (minutes / 60) + "h " + String.format("%02d", minutes % 60) + "m";
    }

    private static TemporalAccessor normal(TemporalAccessor t) {
        if (t instanceof Instant || t instanceof OffsetDateTime || t instanceof ZonedDateTime) {
            return t;
        }
        if (t instanceof LocalDateTime ldt) {
            return ldt.atZone(TimeConfiguration.ZONE);
        }
        if (t instanceof LocalDate d) {
            return d.atStartOfDay(TimeConfiguration.ZONE);
        }
        return t;
    }
}
