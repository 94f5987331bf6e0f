package org.civicgrid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.civicgrid.support.Api;
import org.civicgrid.support.Browser;
import org.civicgrid.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A resident on a phone reads a notice, enrols in a class and votes for a good neighbour. */
@ServerTest
class ResidentServicesBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Test
    void a_resident_on_a_phone_reads_a_notice_enrols_in_a_class_and_votes() {
        long course = api.post("xiaohutang", "/api/v1/courses", Map.of("title", "手机报名的书法课", "capacity", 5,
                "enrolment_rule", "FIRST_COME", "waiting_list", false,
                "starts_on", LocalDate.now().plusDays(5).toString(), "ends_on", LocalDate.now().plusDays(60).toString())).id();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        Api.Response campaign = api.post("tianyuan", "/api/v1/campaigns", Map.of("title", "最美邻居（手机投票）",
                "opens_at", now.minusHours(1).toString(), "closes_at", now.plusDays(7).toString(),
                "rule", "ONE_PER_CANDIDATE", "votes_allowed", 1,
                "candidates", List.of(Map.of("name", "王阿姨", "category", "最美邻居", "story", "天天帮邻居取快递"),
                        Map.of("name", "李师傅", "category", "最美邻居", "story", "义务修自行车"))));
        assertThat(campaign.status()).isEqualTo(201);
        long candidate = campaign.body().path("candidates").get(0).path("id").asLong();

        try (Browser browser = Browser.open(port, Browser.PHONE)) {
            browser.signIn("resident1", "demo-2026");

            // the community's news: open the first article from the list
            browser.go("/public");
            WebElement first = browser.find(By.cssSelector("article.card h2 a"));
            String title = first.getText();
            first.click();
            browser.waitFor(ExpectedConditions.urlMatches("/public/notices/\\d+$"));
            assertThat(browser.text(By.tagName("h1"))).isEqualTo(title);

            // a class: enrol with one tap, and the page says so
            browser.go("/courses/" + course).click(By.id("enrol-button"));
            assertThat(browser.text(By.cssSelector("#enrolment .tag-ok"))).isEqualTo("已报名");

            // a campaign: vote for a neighbour, and the vote is counted exactly once
            browser.go("/campaigns/" + campaign.id()).click(By.id("vote-" + candidate));
            assertThat(browser.text(By.cssSelector("#candidate-" + candidate + " .tag-ok"))).isEqualTo("您已投票");
        }
        Api.Response results = api.get("tianyuan", "/api/v1/campaigns/{id}/results", campaign.id());
        assertThat(results.body().path("candidates").findValues("votes").stream().mapToInt(v -> v.asInt()).sum())
                .isEqualTo(1);
        assertThat(api.get("xiaohutang", "/api/v1/courses/{id}", course).body().path("seats_taken").asInt()).isEqualTo(1);
    }
}
