package org.civicgrid.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.civicgrid.recognition.internal.Campaign;
import org.civicgrid.shared.ConflictException;
import org.junit.jupiter.api.Test;

class CampaignTests {

    private static final Instant OPENS = OffsetDateTime.parse("2023-05-08T00:00:00+08:00").toInstant();
    private static final Instant CLOSES = OffsetDateTime.parse("2023-05-24T00:00:00+08:00").toInstant();

    private static Campaign goodPeople() {
        return new Campaign(1, "/1/", "2023年5月“湖南好人”", null, CampaignKind.GOOD_PEOPLE, OPENS, CLOSES,
                VoteRule.ONE_PER_DAY, 1, "admin", OPENS.minus(Duration.ofDays(1)));
    }

    @Test
    void the_campaign_is_open_from_its_first_instant_until_just_before_it_closes() {
        Campaign c = goodPeople();

        assertThat(c.isOpenAt(OPENS.minusMillis(1))).isFalse();
        assertThat(c.isOpenAt(OPENS)).isTrue();
        assertThat(c.isOpenAt(CLOSES.minusMillis(1))).isTrue();
        assertThat(c.isOpenAt(CLOSES)).isFalse();
    }

    @Test
    void results_go_public_from_the_closing_instant_on_and_only_once() {
        Campaign c = goodPeople();

        assertThatThrownBy(() -> c.publishResults(CLOSES.minusMillis(1))).isInstanceOf(ConflictException.class);
        c.publishResults(CLOSES);
        assertThat(c.getResultsPublishedAt()).isEqualTo(CLOSES);
        assertThatThrownBy(() -> c.publishResults(CLOSES.plusSeconds(5))).isInstanceOf(ConflictException.class);
    }

    @Test
    void only_a_total_n_campaign_keeps_more_than_one_vote_per_person() {
        Campaign n = new Campaign(1, "/1/", "文明楼栋", null, CampaignKind.CIVILIZED_BUILDING, OPENS, CLOSES,
                VoteRule.TOTAL_N, 3, "admin", OPENS);

        assertThat(n.getVotesAllowed()).isEqualTo(3);
        assertThat(goodPeople().getVotesAllowed()).isEqualTo(1);
    }

    @Test
    void a_window_that_closes_before_it_opens_cannot_exist() {
        assertThatThrownBy(() -> new Campaign(1, "/1/", "x", null, CampaignKind.OTHER, CLOSES, OPENS,
                VoteRule.ONE_PER_CANDIDATE, 1, "admin", OPENS)).isInstanceOf(IllegalArgumentException.class);
    }
}
