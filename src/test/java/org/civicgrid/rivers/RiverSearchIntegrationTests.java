package org.civicgrid.rivers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.rivers.RiverCommands.RegisterWaterBody;
import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.Sessions;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.context.SecurityContextHolder;

/** A water body the river-chief office registers, in the one search box: substrings, ranking, the region. */
@IntegrationTest
@EnableScenarios
class RiverSearchIntegrationTests {

    @Autowired
    RiverManagement rivers;

    @Autowired
    AccountManagement accounts;

    @Autowired
    TestUsers users;

    @Autowired
    Api api;

    @Test
    void two_characters_of_a_stream_find_it_before_a_water_body_of_its_basin_and_only_inside_the_district(
            Scenario scenario) {
        long district = users.region("天元区").id();
        long[] ids = new long[2];
        scenario.stimulate(() -> {
            Sessions.signIn(accounts, "tianyuan");
            try {
                ids[0] = rivers.registerWaterBody(new RegisterWaterBody("LMX-" + System.nanoTime(), "鹭鸣溪",
                        WaterbodyType.RIVER, BigDecimal.valueOf(4.2), null, "湘江", null, district));
                ids[1] = rivers.registerWaterBody(new RegisterWaterBody("BSG-" + System.nanoTime(), "白石港三号支渠",
                        WaterbodyType.RIVER, BigDecimal.ONE, null, "鹭鸣溪", null, district));
            } finally {
                SecurityContextHolder.clearContext();
            }
        }).andWaitForStateChange(() -> ours("tianyuan", "鹭鸣", ids), found -> found.size() == 2);

        // the stream's name is its title; the other only names it as its basin, in the text
        assertThat(ours("tianyuan", "鹭鸣", ids)).containsExactly("/rivers/" + ids[0], "/rivers/" + ids[1]);
        assertThat(ours("tianyuan", "三号支", ids)).containsExactly("/rivers/" + ids[1]);
        String city = users.create("CITY_OFFICIAL", "株洲市").username();
        assertThat(ours(city, "鹭鸣", ids)).as("the city above").hasSize(2);
        String shifeng = users.create("DISTRICT_OFFICIAL", "石峰区").username();
        assertThat(ours(shifeng, "鹭鸣", ids)).as("an official of another district").isEmpty();
        assertThat(ours("lijiachong", "鹭鸣", ids)).as("a community worker of another district").isEmpty();
    }

    /** Which of our water bodies {@code user} finds, in the order the results rank them. */
    private List<String> ours(String user, String q, long[] ids) {
        List<String> urls = List.of("/rivers/" + ids[0], "/rivers/" + ids[1]);
        Api.Response r = api.get(user, "/api/v1/search?q={q}&kind=river&size=50", q);
        assertThat(r.status()).as("search as %s: %s", user, r.body()).isEqualTo(200);
        return r.body().path("items").findValuesAsString("url").stream().filter(urls::contains).toList();
    }
}
