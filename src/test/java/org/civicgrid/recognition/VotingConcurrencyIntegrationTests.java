package org.civicgrid.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.civicgrid.support.Api;
import org.civicgrid.support.Crowd;
import org.civicgrid.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;

/** Votes arriving all at once on real threads: counts stay exact and no rule bends. */
@IntegrationTest
class VotingConcurrencyIntegrationTests {

    private static final AtomicLong ADDRESS = new AtomicLong(1);

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    Crowd crowd;

    @BeforeEach
    void crowd() {
        crowd = new Crowd(context);
    }

    record Ballot(Crowd.Member voter, long candidateId) {}

    /** Fires every ballot at once, each from its own address; returns the HTTP status of each, in order. */
    private List<Integer> fire(long campaignId, List<Ballot> ballots) throws Exception {
        List<Callable<Integer>> votes = new ArrayList<>();
        for (Ballot b : ballots) {
            String address = "10.20." + (ADDRESS.get() / 250) % 250 + "." + ADDRESS.getAndIncrement() % 250;
            votes.add(() -> mvc.perform(b.voter().sign(MockMvcRequestBuilders.post(
                            "/api/v1/campaigns/{id}/candidates/{c}/votes", campaignId, b.candidateId()))
                            .with(r -> {
                                r.setRemoteAddr(address);
                                return r;
                            }))
                    .andReturn().getResponse().getStatus());
        }
        return Crowd.atOnce(votes);
    }

    private JsonNode create(String rule, int votesAllowed, String... names) {
        Api.Response r = api.post("tianyuan", "/api/v1/campaigns", CampaignApiIntegrationTests.open(rule, votesAllowed, names));
        assertThat(r.status()).isEqualTo(201);
        return r.body();
    }

    private static long candidate(JsonNode campaign, int i) {
        return campaign.path("candidates").get(i).path("id").asLong();
    }

    @Test
    void one_hundred_fifty_residents_voting_at_once_are_counted_exactly() throws Exception {
        JsonNode c = create("ONE_PER_CANDIDATE", 1, "张满珍", "邓成明", "向延国");
        List<Crowd.Member> voters = crowd.residents(150, "小湖塘社区");
        List<Ballot> ballots = new ArrayList<>();
        Map<Long, AtomicInteger> expected = new ConcurrentHashMap<>();
        for (int i = 0; i < voters.size(); i++) {
            long candidate = candidate(c, i % 7 == 0 ? 2 : i % 2);
            ballots.add(new Ballot(voters.get(i), candidate));
            expected.computeIfAbsent(candidate, k -> new AtomicInteger()).incrementAndGet();
        }

        List<Integer> statuses = fire(c.path("id").asLong(), ballots);

        assertThat(statuses).containsOnly(201);
        JsonNode results = api.get("tianyuan", "/api/v1/campaigns/{id}/results", c.path("id").asLong()).body();
        long total = 0;
        for (JsonNode line : results.path("candidates")) {
            assertThat(line.path("votes").asLong()).isEqualTo(expected.get(line.path("candidate_id").asLong()).get());
            total += line.path("votes").asLong();
        }
        assertThat(total).isEqualTo(150);
    }

    @Test
    void one_resident_voting_twenty_times_at_once_for_one_candidate_is_counted_once() throws Exception {
        JsonNode c = create("ONE_PER_CANDIDATE", 1, "张满珍");
        Crowd.Member voter = crowd.residents(1, "小湖塘社区").get(0);

        List<Integer> statuses = fire(c.path("id").asLong(), Collections.nCopies(20, new Ballot(voter, candidate(c, 0))));

        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(19);
        assertThat(api.get("tianyuan", "/api/v1/campaigns/{id}/results", c.path("id").asLong()).body()
                .path("candidates").get(0).path("votes").asLong()).isEqualTo(1);
    }

    @Test
    void racing_votes_never_exceed_the_total_allowed() throws Exception {
        String[] names = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        JsonNode c = create("TOTAL_N", 3, names);
        Crowd.Member voter = crowd.residents(1, "小湖塘社区").get(0);
        List<Ballot> ballots = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            ballots.add(new Ballot(voter, candidate(c, i)));
        }

        List<Integer> statuses = fire(c.path("id").asLong(), ballots);

        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(3);
        assertThat(statuses).containsOnly(201, 409);
        assertThat(jdbc.queryForObject("select count(*) from campaign_vote where campaign_id = ?", Integer.class,
                c.path("id").asLong())).isEqualTo(3);
    }
}
