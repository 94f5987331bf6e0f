package org.civicgrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import tools.jackson.databind.JsonNode;

/** A case reported through the API in the one search box: Chinese substrings, ranking, the viewer's region. */
@IntegrationTest
@EnableScenarios
class CaseSearchIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    TestUsers users;

    @Test
    void two_characters_of_a_street_find_its_cases_the_one_at_that_address_first_and_only_inside_the_region(
            Scenario scenario) {
        long atTheLane = report("street-lamp-fault", "路灯不亮，晚上行人看不清路", "小湖塘社区 鹭栖巷 3 栋");
        long nearTheLane = report("drain-cover-damage", "鹭栖巷口井盖破损，有老人差点踩空", "小湖塘社区 1 栋");
        List<String> ours = List.of("/cases/" + atTheLane, "/cases/" + nearTheLane);

        scenario.stimulate(() -> null)
                .andWaitForStateChange(() -> ours("xiaohutang", "鹭栖", ours), found -> found.size() == 2);

        // the address is in the title, the description only in the text: the title ranks first, though older
        assertThat(ours("xiaohutang", "鹭栖", ours)).containsExactly(ours.get(0), ours.get(1));
        assertThat(title("xiaohutang", "鹭栖", ours.get(0))).isEqualTo("#" + atTheLane + " 路灯不亮、损坏 · 小湖塘社区 鹭栖巷 3 栋");
        assertThat(ours("xiaohutang", "栖巷口井", ours)).containsExactly(ours.get(1));
        assertThat(ours("tianyuan", "鹭栖", ours)).as("the district official of 天元区").containsExactly(ours.get(0),
                ours.get(1));
        String shifeng = users.create("DISTRICT_OFFICIAL", "石峰区").username();
        assertThat(ours(shifeng, "鹭栖", ours)).as("an official of another district").isEmpty();
        assertThat(ours("lijiachong", "鹭栖", ours)).as("another community's worker").isEmpty();
    }

    private long report(String category, String description, String address) {
        Api.Response r = api.post("xiaohutang-grid1", "/api/v1/cases", Map.of("category_code", category,
                "description", description, "lat", CaseApiIntegrationTests.XHT_LAT, "lng",
                CaseApiIntegrationTests.XHT_LNG, "address", address, "urgency", "NORMAL"));
        assertThat(r.status()).as(r.body().toString()).isEqualTo(201);
        return r.id();
    }

    /** Which of our cases {@code user} finds, in the order the results rank them. */
    private List<String> ours(String user, String q, List<String> ours) {
        return items(user, q).stream().map(h -> h.path("url").asString()).filter(ours::contains).toList();
    }

    private String title(String user, String q, String url) {
        return items(user, q).stream().filter(h -> h.path("url").asString().equals(url)).findFirst().orElseThrow()
                .path("title").asString();
    }

    private List<JsonNode> items(String user, String q) {
        Api.Response r = api.get(user, "/api/v1/search?q={q}&kind=case&size=50", q);
        assertThat(r.status()).as("search as %s: %s", user, r.body()).isEqualTo(200);
        return r.body().path("items").valueStream().toList();
    }
}
