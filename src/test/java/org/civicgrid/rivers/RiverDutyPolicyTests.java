package org.civicgrid.rivers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import org.civicgrid.rivers.internal.RiverDutyPolicy;
import org.junit.jupiter.api.Test;

/** Patrol duty across month ends, with the day taken from a clock as the service does. */
class RiverDutyPolicyTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static LocalDate today(String isoInstant) {
        return LocalDate.now(Clock.fixed(java.time.Instant.parse(isoInstant), ZONE));
    }

    @Test
    void a_monthly_chief_who_patrolled_on_31_january_is_due_on_the_last_day_of_february() {
        LocalDate last = LocalDate.of(2026, 1, 31);
        RiverDutyPolicy.Assessment onDue = RiverDutyPolicy.assess(LocalDate.of(2020, 1, 1), last, Period.ofMonths(1),
                today("2026-02-28T10:00:00Z"));
        assertThat(onDue.dueOn()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(onDue.daysBehind()).isZero();
        assertThat(RiverDutyPolicy.assess(LocalDate.of(2020, 1, 1), last, Period.ofMonths(1), today("2026-03-01T02:00:00Z"))
                .daysBehind()).isEqualTo(1);
    }

    @Test
    void the_day_is_shanghais_day_so_a_late_evening_in_utc_already_counts_as_tomorrow() {
        // 2026-02-28T17:00Z is 1 March 01:00 in Shanghai
        assertThat(RiverDutyPolicy.assess(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 31), Period.ofMonths(1),
                today("2026-02-28T17:00:00Z")).daysBehind()).isEqualTo(1);
    }

    @Test
    void in_a_leap_year_the_month_after_31_january_ends_on_29_february() {
        assertThat(RiverDutyPolicy.assess(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 31), Period.ofMonths(1),
                today("2024-02-29T04:00:00Z")).daysBehind()).isZero();
        assertThat(RiverDutyPolicy.assess(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 31), Period.ofMonths(1),
                today("2024-03-02T04:00:00Z")).daysBehind()).isEqualTo(2);
    }

    @Test
    void a_quarterly_city_chief_and_a_weekly_village_chief_across_the_year_end() {
        assertThat(RiverDutyPolicy.assess(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 11, 30), Period.ofMonths(3),
                today("2026-02-28T04:00:00Z")).dueOn()).isEqualTo(LocalDate.of(2026, 2, 28));
        RiverDutyPolicy.Assessment village = RiverDutyPolicy.assess(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 29),
                Period.ofDays(7), today("2026-01-10T04:00:00Z"));
        assertThat(village.dueOn()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(village.daysBehind()).isEqualTo(5);
    }

    @Test
    void a_chief_who_never_patrolled_is_counted_from_taking_the_post() {
        RiverDutyPolicy.Assessment a = RiverDutyPolicy.assess(LocalDate.of(2026, 1, 20), null, Period.ofDays(14),
                today("2026-02-10T04:00:00Z"));
        assertThat(a.dueOn()).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(a.daysBehind()).isEqualTo(7);
    }

    @Test
    void a_patrol_counts_only_when_it_lasted_the_minimum() {
        assertThat(RiverDutyPolicy.counts(30 * 60L, 30)).isTrue();
        assertThat(RiverDutyPolicy.counts(29 * 60L, 30)).isFalse();
        assertThat(RiverDutyPolicy.counts(null, 30)).isFalse();
    }

    @Test
    void a_month_asks_four_weekly_patrols_two_fortnightly_and_one_monthly_but_no_quarterly_one() {
        LocalDate from = LocalDate.of(2026, 3, 1);
        LocalDate to = LocalDate.of(2026, 3, 31);
        LocalDate longAgo = LocalDate.of(2020, 1, 1);
        assertThat(RiverDutyPolicy.required(longAgo, Period.ofDays(7), from, to)).isEqualTo(4);
        assertThat(RiverDutyPolicy.required(longAgo, Period.ofDays(14), from, to)).isEqualTo(2);
        assertThat(RiverDutyPolicy.required(longAgo, Period.ofMonths(1), from, to)).isEqualTo(1);
        assertThat(RiverDutyPolicy.required(longAgo, Period.ofMonths(3), from, to)).isZero();
        assertThat(RiverDutyPolicy.required(longAgo, Period.ofMonths(3), LocalDate.of(2026, 1, 1), to)).isEqualTo(1);
        assertThat(RiverDutyPolicy.required(longAgo, Period.ofDays(7), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .isEqualTo(52);
    }

    @Test
    void february_is_one_whole_month_and_a_few_days_short_of_a_week_ask_nothing() {
        LocalDate longAgo = LocalDate.of(2020, 1, 1);
        assertThat(RiverDutyPolicy.required(longAgo, Period.ofMonths(1), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)))
                .isEqualTo(1);
        assertThat(RiverDutyPolicy.required(longAgo, Period.ofMonths(1), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 27)))
                .isZero();
        assertThat(RiverDutyPolicy.required(longAgo, Period.ofDays(7), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 6)))
                .isZero();
        assertThat(RiverDutyPolicy.required(longAgo, Period.ofDays(7), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 7)))
                .isEqualTo(1);
    }

    @Test
    void a_chief_owes_patrols_only_from_taking_the_post() {
        LocalDate from = LocalDate.of(2026, 3, 1);
        LocalDate to = LocalDate.of(2026, 3, 31);
        assertThat(RiverDutyPolicy.required(LocalDate.of(2026, 3, 17), Period.ofDays(7), from, to)).isEqualTo(2);
        assertThat(RiverDutyPolicy.required(LocalDate.of(2026, 4, 1), Period.ofDays(7), from, to)).isZero();
    }
}
