package org.civicgrid.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Deadlines in working hours on China's 2026 calendar (09:00–12:00 and 13:30–17:30, 7 hours a day). */
class WorkingTimeTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final WorkingTime CALENDAR = calendar2026();

    static WorkingTime calendar2026() {
        Map<LocalDate, Boolean> days = new HashMap<>();
        for (int d = 1; d <= 7; d++) {
            days.put(LocalDate.of(2026, 10, d), false); // 国庆节
        }
        days.put(LocalDate.of(2026, 10, 10), true); // 国庆节调休上班 (Saturday)
        days.put(LocalDate.of(2026, 9, 20), true); // (Sunday)
        for (int d = 15; d <= 23; d++) {
            days.put(LocalDate.of(2026, 2, d), false); // 春节
        }
        days.put(LocalDate.of(2026, 2, 14), true); // 春节调休上班 (Saturday)
        return new WorkingTime(days, WorkingTime.parse("09:00-12:00,13:30-17:30"), SHANGHAI);
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    @Test
    void a_deadline_skips_the_national_day_holiday() {
        // Wed 30 Sep 16:30: one hour that day, then 1–7 October off, seven hours on Thursday 8 October
        assertThat(CALENDAR.plusWorkingHours(at("2026-09-30T16:30"), 8)).isEqualTo(at("2026-10-08T17:30"));
    }

    @Test
    void a_make_up_saturday_counts_as_a_workday() {
        // Fri 9 Oct 17:00: half an hour, then Saturday 10 October is a make-up workday
        assertThat(CALENDAR.plusWorkingHours(at("2026-10-09T17:00"), 4)).isEqualTo(at("2026-10-10T14:00"));
        assertThat(CALENDAR.isWorkday(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(CALENDAR.isWorkday(LocalDate.of(2026, 10, 11))).isFalse();
    }

    @Test
    void an_ordinary_weekend_and_the_lunch_break_do_not_count() {
        assertThat(CALENDAR.plusWorkingHours(at("2026-11-20T17:00"), 4)).isEqualTo(at("2026-11-23T14:00"));
        assertThat(CALENDAR.plusWorkingHours(at("2026-11-24T12:30"), 1)).isEqualTo(at("2026-11-24T14:30"));
        assertThat(CALENDAR.plusWorkingHours(at("2026-11-24T07:00"), 3)).isEqualTo(at("2026-11-24T12:00"));
    }

    @Test
    void the_spring_festival_make_up_saturday_comes_before_nine_days_off() {
        assertThat(CALENDAR.plusWorkingHours(at("2026-02-13T09:00"), 14)).isEqualTo(at("2026-02-14T17:30"));
        assertThat(CALENDAR.plusWorkingHours(at("2026-02-14T17:00"), 1)).isEqualTo(at("2026-02-24T09:30"));
    }

    @Test
    void working_time_between_two_moments_leaves_out_holidays() {
        assertThat(CALENDAR.between(at("2026-09-30T16:30"), at("2026-10-08T17:30"))).isEqualTo(Duration.ofHours(8));
    }
}
