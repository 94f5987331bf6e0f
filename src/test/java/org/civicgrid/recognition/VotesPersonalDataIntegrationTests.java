package org.civicgrid.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicgrid.access.UserSummary;
import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** A resident's copy of their data holds the votes they cast, with the candidate's name, and no one else's. */
@IntegrationTest
class VotesPersonalDataIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    TestUsers users;

    private JsonNode votes(UserSummary user) {
        Api.Response copy = api.get(user.username(), "/api/v1/me/data");
        assertThat(copy.status()).isEqualTo(200);
        return copy.body().path("sections").path("votes");
    }

    @Test
    void each_voter_finds_only_their_own_vote_with_the_candidate_they_chose() {
        String first = "向延国" + System.nanoTime();
        String second = "彭月凤" + System.nanoTime();
        Api.Response created = api.post("tianyuan", "/api/v1/campaigns",
                CampaignApiIntegrationTests.open("ONE_PER_CANDIDATE", 1, first, second));
        assertThat(created.status()).isEqualTo(201);
        JsonNode campaign = created.body();
        long candidateA = campaign.path("candidates").get(0).path("id").asLong();
        long candidateB = campaign.path("candidates").get(1).path("id").asLong();
        UserSummary a = users.create("RESIDENT", "小湖塘社区");
        UserSummary b = users.create("RESIDENT", "小湖塘社区");
        UserSummary abstained = users.create("RESIDENT", "小湖塘社区");
        assertThat(votes(a)).isEmpty();

        assertThat(api.post(a.username(), "/api/v1/campaigns/{id}/candidates/{c}/votes", null, campaign.path("id").asLong(),
                candidateA).status()).isEqualTo(201);
        assertThat(api.post(b.username(), "/api/v1/campaigns/{id}/candidates/{c}/votes", null, campaign.path("id").asLong(),
                candidateB).status()).isEqualTo(201);

        JsonNode aVotes = votes(a);
        JsonNode bVotes = votes(b);
        assertThat(aVotes).hasSize(1);
        assertThat(aVotes.get(0).path("campaign_id").asLong()).isEqualTo(campaign.path("id").asLong());
        assertThat(aVotes.get(0).path("campaign_title").asString()).isEqualTo(campaign.path("title").asString());
        assertThat(aVotes.get(0).path("candidate_id").asLong()).isEqualTo(candidateA);
        assertThat(aVotes.get(0).path("candidate_name").asString()).isEqualTo(first);
        assertThat(aVotes.get(0).path("cast_at").isNull()).isFalse();
        assertThat(aVotes.get(0).path("client_address").asString()).isNotBlank();
        assertThat(aVotes.toString()).doesNotContain(second, b.username());
        assertThat(bVotes).hasSize(1);
        assertThat(bVotes.get(0).path("candidate_name").asString()).isEqualTo(second);
        assertThat(bVotes.toString()).doesNotContain(first);
        assertThat(votes(abstained)).isEmpty();
    }

    @Test
    void several_votes_are_listed_oldest_first() {
        String first = "甲楼" + System.nanoTime();
        String second = "乙楼" + System.nanoTime();
        JsonNode campaign = api.post("tianyuan", "/api/v1/campaigns",
                CampaignApiIntegrationTests.open("TOTAL_N", 2, first, second)).body();
        UserSummary voter = users.create("RESIDENT", "小湖塘社区");
        for (int i = 1; i >= 0; i--) {
            assertThat(api.post(voter.username(), "/api/v1/campaigns/{id}/candidates/{c}/votes", null,
                    campaign.path("id").asLong(), campaign.path("candidates").get(i).path("id").asLong()).status())
                    .isEqualTo(201);
        }

        JsonNode cast = votes(voter);

        assertThat(cast).hasSize(2);
        assertThat(cast.get(0).path("candidate_name").asString()).isEqualTo(second);
        assertThat(cast.get(1).path("candidate_name").asString()).isEqualTo(first);
    }
}
