package org.civicgrid.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class CourseRulesTests {

    @Test
    void a_lottery_is_drawn_by_default_at_noon_shanghai_time_the_day_before_the_class_starts() {
        Instant now = OffsetDateTime.parse("2026-09-01T10:00:00+08:00").toInstant();

        assertThat(CourseManagement.defaultDraw(LocalDate.of(2026, 9, 15), now))
                .isEqualTo(OffsetDateTime.parse("2026-09-14T12:00:00+08:00").toInstant());
    }

    @Test
    void a_class_starting_tomorrow_is_never_drawn_within_the_hour() {
        Instant now = OffsetDateTime.parse("2026-09-14T11:30:00+08:00").toInstant();

        assertThat(CourseManagement.defaultDraw(LocalDate.of(2026, 9, 15), now))
                .isEqualTo(OffsetDateTime.parse("2026-09-14T12:30:00+08:00").toInstant());
    }
}
