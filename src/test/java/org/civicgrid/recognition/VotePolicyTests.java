package org.civicgrid.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.civicgrid.recognition.internal.VotePolicy;
import org.junit.jupiter.api.Test;

/** The May 2023 湖南好人 window, 8–23 May inclusive in Asia/Shanghai: [05-08 00:00+08, 05-24 00:00+08). */
class VotePolicyTests {

    private static final Instant OPENS = OffsetDateTime.parse("2023-05-08T00:00:00+08:00").toInstant();
    private static final Instant CLOSES = OffsetDateTime.parse("2023-05-24T00:00:00+08:00").toInstant();

    private static boolean open(String at) {
        return VotePolicy.withinWindow(OPENS, CLOSES, OffsetDateTime.parse(at).toInstant());
    }

    @Test
    void the_window_opens_at_midnight_shanghai_time_and_that_instant_counts() {
        assertThat(open("2023-05-07T23:59:59+08:00")).isFalse();
        assertThat(open("2023-05-08T00:00:00+08:00")).isTrue();
        // The same instant in UTC is still the 7th: the window is not a UTC day.
        assertThat(open("2023-05-07T16:00:00Z")).isTrue();
        assertThat(open("2023-05-07T15:59:59Z")).isFalse();
    }

    @Test
    void the_whole_of_the_23rd_counts_and_the_closing_instant_does_not() {
        assertThat(open("2023-05-23T23:59:59.999+08:00")).isTrue();
        assertThat(open("2023-05-24T00:00:00+08:00")).isFalse();
        assertThat(open("2023-05-23T16:00:00Z")).isFalse();
    }

    @Test
    void the_voting_day_is_the_shanghai_calendar_day() {
        assertThat(VotePolicy.votingDay(Instant.parse("2023-05-08T15:59:59Z"))).isEqualTo(LocalDate.of(2023, 5, 8));
        assertThat(VotePolicy.votingDay(Instant.parse("2023-05-08T16:00:00Z"))).isEqualTo(LocalDate.of(2023, 5, 9));
    }

    @Test
    void one_per_candidate_gives_the_same_key_on_every_day() {
        assertThat(VotePolicy.keys(VoteRule.ONE_PER_CANDIDATE, 7, Instant.parse("2023-05-08T01:00:00Z"), 1, 1))
                .isEqualTo(VotePolicy.keys(VoteRule.ONE_PER_CANDIDATE, 7, Instant.parse("2023-05-20T01:00:00Z"), 1, 1));
        assertThat(VotePolicy.onePerCandidate(7)).isNotEqualTo(VotePolicy.onePerCandidate(8));
    }

    @Test
    void one_per_person_per_day_clashes_within_a_shanghai_day_but_not_across_midnight() {
        Instant evening = OffsetDateTime.parse("2023-05-10T23:30:00+08:00").toInstant();
        Instant morning = OffsetDateTime.parse("2023-05-10T06:00:00+08:00").toInstant();
        Instant nextDay = OffsetDateTime.parse("2023-05-11T00:00:00+08:00").toInstant();

        assertThat(VotePolicy.keys(VoteRule.ONE_PER_DAY, 7, evening, 1, 1))
                .isEqualTo(VotePolicy.keys(VoteRule.ONE_PER_DAY, 7, morning, 1, 1));
        assertThat(VotePolicy.keys(VoteRule.ONE_PER_DAY, 7, nextDay, 1, 1))
                .isNotEqualTo(VotePolicy.keys(VoteRule.ONE_PER_DAY, 7, evening, 1, 1));
        assertThat(VotePolicy.keys(VoteRule.ONE_PER_DAY, 8, evening, 1, 1))
                .isNotEqualTo(VotePolicy.keys(VoteRule.ONE_PER_DAY, 7, evening, 1, 1));
    }

    @Test
    void total_n_numbers_ballots_one_to_n_and_refuses_a_ballot_beyond() {
        assertThat(VotePolicy.totalN(7, 1, 3).ballotKey()).isEqualTo("ballot:1");
        assertThat(VotePolicy.totalN(8, 3, 3).ballotKey()).isEqualTo("ballot:3");
        assertThat(VotePolicy.totalN(7, 2, 3).ruleKey()).isEqualTo(VotePolicy.onePerCandidate(7).ruleKey());
        assertThatThrownBy(() -> VotePolicy.totalN(9, 4, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
