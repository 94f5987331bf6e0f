package org.civicgrid.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.civicgrid.support.Api;
import org.civicgrid.support.Crowd;
import org.civicgrid.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** 防刷票: an account or an address that votes too fast gets 429 with Retry-After (20 a minute / 200 a minute). */
@IntegrationTest
class FloodLimitIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationContext context;

    private JsonNode campaign() {
        return api.post("tianyuan", "/api/v1/campaigns",
                CampaignApiIntegrationTests.open("ONE_PER_CANDIDATE", 1, "向延国", "彭月凤")).body();
    }

    private MockHttpServletResponse vote(Crowd.Member voter, JsonNode campaign, String address) throws Exception {
        return mvc.perform(voter.sign(MockMvcRequestBuilders.post("/api/v1/campaigns/{id}/candidates/{c}/votes",
                        campaign.path("id").asLong(), campaign.path("candidates").get(0).path("id").asLong()))
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })).andReturn().getResponse();
    }

    @Test
    void an_account_hammering_the_vote_button_is_told_to_wait() throws Exception {
        JsonNode c = campaign();
        Crowd.Member voter = new Crowd(context).residents(1, "小湖塘社区").get(0);
        String address = "10.77.0." + (System.nanoTime() % 200);

        MockHttpServletResponse last = null;
        int refusedAsDuplicate = 0;
        for (int i = 0; i < 21; i++) {
            last = vote(voter, c, address);
            if (last.getStatus() == 409) {
                refusedAsDuplicate++;
            }
        }

        assertThat(refusedAsDuplicate).isEqualTo(19);
        assertThat(last.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(last.getHeader("Retry-After"))).isBetween(1L, 60L);
        assertThat(last.getContentType()).startsWith("application/problem+json");
        assertThat(json.readTree(last.getContentAsString()).path("type").asString()).endsWith("/too-many-requests");
    }

    @Test
    void one_address_voting_for_two_hundred_and_one_accounts_is_told_to_wait() throws Exception {
        JsonNode c = campaign();
        List<Crowd.Member> voters = new Crowd(context).residents(201, "小湖塘社区");
        String address = "10.88." + (System.nanoTime() % 200) + ".9";

        int counted = 0;
        MockHttpServletResponse last = null;
        for (Crowd.Member voter : voters) {
            last = vote(voter, c, address);
            if (last.getStatus() == 201) {
                counted++;
            }
        }

        assertThat(counted).isEqualTo(200);
        assertThat(last.getStatus()).isEqualTo(429);
        assertThat(last.getHeader("Retry-After")).isNotBlank();
        assertThat(vote(voters.get(200), c, "10.99.1.1").getStatus()).isEqualTo(201);
    }
}
