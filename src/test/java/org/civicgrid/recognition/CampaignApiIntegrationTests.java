package org.civicgrid.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/** API.md "Public voting", exactly: 201 with ids, votes 201, 409 against the rule, 403 …/voting-closed, exact results. */
@IntegrationTest
class CampaignApiIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    static Map<String, Object> campaign(String rule, int votesAllowed, OffsetDateTime opens, OffsetDateTime closes,
            String... names) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "最美邻居评选 " + System.nanoTime());
        body.put("opens_at", opens.toString());
        body.put("closes_at", closes.toString());
        body.put("rule", rule);
        body.put("votes_allowed", votesAllowed);
        body.put("candidates", Arrays.stream(names)
                .map(n -> Map.of("name", n, "category", "最美邻居", "story", n + "的故事")).toList());
        return body;
    }

    static Map<String, Object> open(String rule, int votesAllowed, String... names) {
        return campaign(rule, votesAllowed, OffsetDateTime.now().minusDays(2), OffsetDateTime.now().plusDays(5), names);
    }

    private JsonNode create(String user, Map<String, Object> body) {
        Api.Response r = api.post(user, "/api/v1/campaigns", body);
        assertThat(r.status()).isEqualTo(201);
        return r.body();
    }

    private Api.Response vote(String user, JsonNode campaign, int candidate) {
        return api.post(user, "/api/v1/campaigns/{id}/candidates/{c}/votes", null, campaign.path("id").asLong(),
                campaign.path("candidates").get(candidate).path("id").asLong());
    }

    private String resident() {
        return users.create("RESIDENT", "小湖塘社区").username();
    }

    @Test
    void an_official_opens_a_campaign_and_gets_the_campaign_and_candidate_ids() {
        Api.Response r = api.post("tianyuan", "/api/v1/campaigns", open("ONE_PER_CANDIDATE", 1, "向延国", "彭月凤"));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.raw().getHeader("Location")).isEqualTo("/api/v1/campaigns/" + r.id());
        assertThat(r.id()).isPositive();
        assertThat(r.body().path("candidates")).hasSize(2);
        assertThat(r.body().path("candidates").get(0).path("id").asLong()).isPositive();
        assertThat(r.body().path("candidates").get(1).path("name").asString()).isEqualTo("彭月凤");
        assertThat(r.text("rule")).isEqualTo("ONE_PER_CANDIDATE");
    }

    @Test
    void a_resident_may_not_open_a_campaign() {
        assertThat(api.post("resident1", "/api/v1/campaigns", open("ONE_PER_CANDIDATE", 1, "甲")).status()).isEqualTo(403);
    }

    @Test
    void a_campaign_that_closes_before_it_opens_or_has_an_unknown_rule_or_no_candidates_is_400() {
        Map<String, Object> body = campaign("BEST_OF_THREE", 1, OffsetDateTime.now(), OffsetDateTime.now().minusDays(1));

        Api.Response r = api.post("tianyuan", "/api/v1/campaigns", body);

        assertThat(r.status()).isEqualTo(400);
        List<String> fields = r.body().path("errors").valueStream().map(e -> e.path("field").asString()).toList();
        assertThat(fields).contains("candidates");
        body.put("candidates", List.of(Map.of("name", "甲")));
        List<String> again = api.post("tianyuan", "/api/v1/campaigns", body).body().path("errors").valueStream()
                .map(e -> e.path("field").asString()).toList();
        assertThat(again).contains("closes_at", "rule");
    }

    @Test
    void one_per_candidate_counts_the_first_vote_and_refuses_the_second_for_the_same_candidate() {
        JsonNode c = create("tianyuan", open("ONE_PER_CANDIDATE", 1, "向延国", "彭月凤"));
        String voter = resident();

        Api.Response first = vote(voter, c, 0);
        Api.Response second = vote(voter, c, 0);
        Api.Response other = vote(voter, c, 1);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.problemType()).isEqualTo("already-voted");
        assertThat(other.status()).isEqualTo(201);
    }

    @Test
    void one_per_day_refuses_a_second_vote_today_but_counts_yesterday_s_separately() {
        JsonNode c = create("tianyuan", open("ONE_PER_DAY", 1, "向延国"));
        var voter = users.create("RESIDENT", "小湖塘社区");
        long candidate = c.path("candidates").get(0).path("id").asLong();
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
        jdbc.update("""
                insert into campaign_vote (id, campaign_id, candidate_id, voter_id, cast_at, cast_on, rule_key)
                values (nextval('campaign_vote_seq'), ?, ?, ?, ?, ?, ?)
                """, c.path("id").asLong(), candidate, voter.id(),
                Timestamp.from(yesterday.atTime(20, 0).atOffset(ZoneOffset.ofHours(8)).toInstant()), Date.valueOf(yesterday),
                "candidate:" + candidate + ":day:" + yesterday);

        Api.Response today = vote(voter.username(), c, 0);
        Api.Response again = vote(voter.username(), c, 0);

        assertThat(today.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("already-voted");
        assertThat(api.get("tianyuan", "/api/v1/campaigns/{id}/results", c.path("id").asLong()).body()
                .path("candidates").get(0).path("votes").asLong()).isEqualTo(2);
    }

    @Test
    void total_n_allows_n_votes_in_all_and_one_per_candidate() {
        JsonNode c = create("tianyuan", open("TOTAL_N", 2, "甲楼", "乙楼", "丙楼"));
        String voter = resident();

        Api.Response a = vote(voter, c, 0);
        Api.Response aAgain = vote(voter, c, 0);
        Api.Response b = vote(voter, c, 1);
        Api.Response third = vote(voter, c, 2);

        assertThat(a.status()).isEqualTo(201);
        assertThat(a.body().path("votes_left").asInt()).isEqualTo(1);
        assertThat(aAgain.status()).isEqualTo(409);
        assertThat(b.status()).isEqualTo(201);
        assertThat(b.body().path("votes_left").asInt()).isZero();
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.problemType()).isEqualTo("votes-used-up");
    }

    @Test
    void votes_before_the_window_opens_or_after_it_closes_are_403_voting_closed() {
        JsonNode future = create("tianyuan", campaign("ONE_PER_CANDIDATE", 1, OffsetDateTime.now().plusHours(1),
                OffsetDateTime.now().plusDays(3), "甲"));
        JsonNode past = create("tianyuan", campaign("ONE_PER_CANDIDATE", 1, OffsetDateTime.now().minusDays(3),
                OffsetDateTime.now().minusSeconds(1), "甲"));

        Api.Response early = vote(resident(), future, 0);
        Api.Response late = vote(resident(), past, 0);

        assertThat(early.status()).isEqualTo(403);
        assertThat(early.body().path("type").asString()).endsWith("/voting-closed");
        assertThat(late.status()).isEqualTo(403);
        assertThat(late.body().path("type").asString()).endsWith("/voting-closed");
    }

    @Test
    void results_are_exact_per_candidate() {
        JsonNode c = create("tianyuan", open("ONE_PER_CANDIDATE", 1, "张满珍", "邓成明", "无人投"));
        for (int i = 0; i < 3; i++) {
            vote(resident(), c, 0);
        }
        vote(resident(), c, 1);

        Api.Response r = api.get("tianyuan", "/api/v1/campaigns/{id}/results", c.path("id").asLong());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().path("campaign_id").asLong()).isEqualTo(c.path("id").asLong());
        JsonNode lines = r.body().path("candidates");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).path("candidate_id").asLong()).isEqualTo(c.path("candidates").get(0).path("id").asLong());
        assertThat(lines.get(0).path("name").asString()).isEqualTo("张满珍");
        assertThat(lines.get(0).path("votes").asLong()).isEqualTo(3);
        assertThat(lines.get(1).path("votes").asLong()).isEqualTo(1);
        assertThat(lines.get(2).path("votes").asLong()).isZero();
    }

    @Test
    void a_community_s_campaign_is_not_found_elsewhere_and_a_city_campaign_reaches_everyone() {
        JsonNode community = create("xiaohutang", open("ONE_PER_CANDIDATE", 1, "向延国"));
        JsonNode city = create("admin", open("ONE_PER_CANDIDATE", 1, "张满珍"));

        assertThat(vote("resident2", community, 0).status()).isEqualTo(404);
        assertThat(api.get("lijiachong", "/api/v1/campaigns/{id}", community.path("id").asLong()).status()).isEqualTo(404);
        assertThat(vote(users.create("RESIDENT", "李家冲社区").username(), city, 0).status()).isEqualTo(201);
        assertThat(vote(resident(), community, 0).status()).isEqualTo(201);
    }

    @Test
    void officials_do_not_vote() {
        JsonNode c = create("tianyuan", open("ONE_PER_CANDIDATE", 1, "甲"));

        assertThat(vote("tianyuan", c, 0).status()).isEqualTo(403);
    }

    @Test
    void results_are_published_only_once_the_window_has_closed() {
        JsonNode running = create("tianyuan", open("ONE_PER_CANDIDATE", 1, "甲"));
        JsonNode closed = create("tianyuan", campaign("ONE_PER_CANDIDATE", 1, OffsetDateTime.now().minusDays(3),
                OffsetDateTime.now().minusSeconds(1), "甲"));

        Api.Response early = api.post("tianyuan", "/api/v1/campaigns/{id}/results/publish", null, running.path("id").asLong());
        Api.Response published = api.post("tianyuan", "/api/v1/campaigns/{id}/results/publish", null, closed.path("id").asLong());

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.problemType()).isEqualTo("voting-open");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.body().path("results_published_at").isNull()).isFalse();
        assertThat(api.post("resident1", "/api/v1/campaigns/{id}/results/publish", null, closed.path("id").asLong())
                .status()).isEqualTo(403);
    }
}
