package org.civicgrid.volunteering.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.time.TimeConfiguration;
import org.junit.jupiter.api.Test;

class ServicePolicyTests {

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TimeConfiguration.ZONE).toInstant();
    }

    @Test
    void a_service_from_half_past_ten_at_night_to_a_quarter_past_one_lasts_165_minutes() {
        assertThat(ServicePolicy.serviceMinutes(at("2023-07-03T22:30"), at("2023-07-04T01:15"))).isEqualTo(165);
    }

    @Test
    void a_service_across_new_year_counts_its_real_minutes() {
        assertThat(ServicePolicy.serviceMinutes(at("2023-12-31T23:00"), at("2024-01-01T00:30"))).isEqualTo(90);
    }

    @Test
    void check_out_before_check_in_is_refused() {
        assertThatThrownBy(() -> ServicePolicy.serviceMinutes(at("2023-07-04T01:15"), at("2023-07-03T22:30")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_forgotten_check_out_never_records_more_than_a_day() {
        assertThat(ServicePolicy.serviceMinutes(at("2023-07-01T08:00"), at("2023-07-05T08:00"))).isEqualTo(24 * 60);
    }

    @Test
    void a_correction_needs_a_reason_and_a_plausible_number_of_minutes() {
        assertThatThrownBy(() -> ServicePolicy.requireCorrection(60, " ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ServicePolicy.requireCorrection(-1, "忘记签退")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ServicePolicy.requireCorrection(1441, "忘记签退")).isInstanceOf(InvalidInputException.class);
        ServicePolicy.requireCorrection(120, "忘记签退，按实际服务时长更正");
    }

    @Test
    void a_phone_counts_as_near_the_place_only_inside_the_radius() {
        // 中南路49栋 and a point about 110 m north of it
        assertThat(ServicePolicy.nearThePlace(27.8593, 113.1584, 27.8583, 113.1584, 150)).isTrue();
        assertThat(ServicePolicy.nearThePlace(27.8593, 113.1584, 27.8583, 113.1584, 100)).isFalse();
        assertThat(ServicePolicy.nearThePlace(27.8593, 113.1584, null, null, 150)).isFalse();
    }

    @Test
    void phone_check_in_opens_an_hour_before_the_start_and_closes_at_the_end() {
        Instant start = at("2023-07-03T14:00");
        Instant end = at("2023-07-03T16:00");
        assertThat(ServicePolicy.checkInOpen(at("2023-07-03T12:59"), start, end)).isFalse();
        assertThat(ServicePolicy.checkInOpen(at("2023-07-03T13:00"), start, end)).isTrue();
        assertThat(ServicePolicy.checkInOpen(at("2023-07-03T16:00"), start, end)).isTrue();
        assertThat(ServicePolicy.checkInOpen(at("2023-07-03T16:01"), start, end)).isFalse();
        assertThat(ServicePolicy.checkOutOpen(at("2023-07-03T19:00"), end)).isTrue();
        assertThat(ServicePolicy.checkOutOpen(at("2023-07-03T19:01"), end)).isFalse();
    }

    @Test
    void a_member_owes_the_micro_service_from_the_first_whole_month_after_registering() {
        LocalDate registered = LocalDate.of(2023, 11, 15);
        assertThat(ServicePolicy.owesMicroService(registered, YearMonth.of(2023, 11))).isFalse();
        assertThat(ServicePolicy.owesMicroService(registered, YearMonth.of(2023, 12))).isTrue();
        assertThat(ServicePolicy.owesMicroService(registered, YearMonth.of(2024, 1))).isTrue();
        assertThat(ServicePolicy.owesMicroService(LocalDate.of(2024, 1, 1), YearMonth.of(2024, 1))).isTrue();
    }

    @Test
    void a_member_is_behind_only_when_owing_and_without_a_service_that_month() {
        LocalDate registered = LocalDate.of(2023, 11, 15);
        assertThat(ServicePolicy.behind(registered, YearMonth.of(2023, 12), 0)).isTrue();
        assertThat(ServicePolicy.behind(registered, YearMonth.of(2023, 12), 1)).isFalse();
        assertThat(ServicePolicy.behind(registered, YearMonth.of(2023, 11), 0)).isFalse();
    }

    @Test
    void id_numbers_and_phones_are_masked_in_the_middle() {
        assertThat(Masking.idNumber("430202194903152718")).isEqualTo("4302**********2718");
        assertThat(Masking.phone("13907331849")).isEqualTo("139****1849");
    }

    @Test
    void the_breakfast_days_add_up_to_exactly_126000() {
        var days = VolunteeringDemoData.breakfastDays(new java.util.Random(2018));
        assertThat(days.stream().mapToLong(d -> d[1]).sum()).isEqualTo(126_000);
        assertThat(days).allSatisfy(d -> assertThat(d[1]).isPositive());
        assertThat(days.size()).isGreaterThan(1700);
    }
}
