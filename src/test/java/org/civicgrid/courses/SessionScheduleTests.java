package org.civicgrid.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.civicgrid.courses.internal.SessionSchedule;
import org.junit.jupiter.api.Test;

class SessionScheduleTests {

    @Test
    void the_reading_club_meets_twice_a_week_all_summer_at_seven_in_the_evening_shanghai_time() {
        List<SessionSchedule.Slot> slots = SessionSchedule.weekly(LocalDate.of(2019, 7, 1), LocalDate.of(2019, 8, 31),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(19, 0), Duration.ofHours(2));

        assertThat(slots).hasSize(18);
        assertThat(slots.get(0).startsAt().toOffsetDateTime())
                .isEqualTo(OffsetDateTime.of(2019, 7, 1, 19, 0, 0, 0, ZoneOffset.ofHours(8)));
        assertThat(slots.get(0).endsAt().toLocalTime()).isEqualTo(LocalTime.of(21, 0));
        assertThat(slots).allMatch(s -> s.startsAt().getDayOfWeek() == DayOfWeek.MONDAY
                || s.startsAt().getDayOfWeek() == DayOfWeek.THURSDAY);
    }

    @Test
    void a_timetable_without_weekdays_or_ending_before_it_starts_is_refused() {
        assertThatThrownBy(() -> SessionSchedule.weekly(LocalDate.of(2019, 7, 1), LocalDate.of(2019, 8, 31), Set.of(),
                LocalTime.NOON, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SessionSchedule.weekly(LocalDate.of(2019, 8, 1), LocalDate.of(2019, 7, 1),
                Set.of(DayOfWeek.MONDAY), LocalTime.NOON, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
