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
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Stored cross-site scripting: free text that people type — class titles and descriptions, campaign
 * titles, candidates' names and stories, case descriptions, addresses and step comments, notice titles,
 * summaries and bodies, river patrol notes and problems — is filled with script payloads, and the pages that show it
 * are opened in a real browser. None of the payloads may become markup (no injected element exists),
 * none may run (the flag they set stays unset), and the text is shown as typed.
 */
@ServerTest
class StoredXssBrowserTests {

    /** Each payload sets window.__xss if it ever runs, and leaves a marker element if it ever becomes markup. */
    static final List<String> PAYLOADS = List.of(
            "<script>window.__xss=1</script>",
            "<img src=x class=xss-probe onerror=\"window.__xss=1\">",
            "\"><svg class=xss-probe onload=\"window.__xss=1\">",
            "'';!--\"<xss-probe>=&{()}",
            "</script><script>window.__xss=1</script>",
            "javascript:window.__xss=1//");

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Test
    void script_payloads_in_class_and_campaign_texts_are_shown_as_text_and_never_run() {
        Map<String, String> staffPages = new java.util.LinkedHashMap<>();   // page → text it must show as typed
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String payload = PAYLOADS.get(i);
            Api.Response course = api.post("xiaohutang", "/api/v1/courses", Map.of("title", "课" + i + payload,
                    "capacity", 10, "enrolment_rule", "FIRST_COME", "waiting_list", false,
                    "starts_on", LocalDate.now().plusDays(10).toString(), "ends_on", LocalDate.now().plusDays(40).toString(),
                    "description", payload, "place", payload));
            assertThat(course.status()).as(course.body().toString()).isEqualTo(201);
            staffPages.put("/courses/" + course.id(), payload);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        List<Map<String, String>> candidates = PAYLOADS.stream()
                .map(p -> Map.of("name", "人" + p, "category", p, "story", p)).toList();
        Api.Response campaign = api.post("tianyuan", "/api/v1/campaigns", Map.of("title", "评选" + PAYLOADS.get(0),
                "opens_at", now.minusHours(1).toString(), "closes_at", now.plusDays(3).toString(),
                "rule", "ONE_PER_CANDIDATE", "votes_allowed", 1, "candidates", candidates));
        assertThat(campaign.status()).as(campaign.body().toString()).isEqualTo(201);
        staffPages.put("/campaigns/" + campaign.id(), PAYLOADS.get(0));
        staffPages.put("/courses", null);
        staffPages.put("/campaigns", null);

        try (Browser browser = Browser.open(port, Browser.DESKTOP)) {
            browser.signIn("xiaohutang", "demo-2026");
            staffPages.forEach((page, text) -> {
                if (!page.startsWith("/campaigns")) {
                    assertInert(browser, page, text);
                }
            });
        }
        try (Browser browser = Browser.open(port, Browser.DESKTOP)) {
            browser.signIn("tianyuan", "demo-2026");
            staffPages.forEach((page, text) -> {
                if (page.startsWith("/campaigns")) {
                    assertInert(browser, page, text);
                }
            });
        }
    }

    @Test
    void script_payloads_in_cases_notices_and_river_patrols_are_shown_as_text_and_never_run() {
        Map<String, String> communityPages = new java.util.LinkedHashMap<>();
        Map<String, String> residentPages = new java.util.LinkedHashMap<>();
        Map<String, String> cityPages = new java.util.LinkedHashMap<>();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String payload = PAYLOADS.get(i);
            Api.Response reported = api.post("resident1", "/api/v1/cases", Map.of("category_code", "garbage-pile",
                    "description", "垃圾" + i + payload, "address", payload, "lat", 27.8300 + i / 10_000.0, "lng", 113.0900));
            assertThat(reported.status()).as(reported.body().toString()).isEqualTo(201);
            Api.Response registered = api.post("xiaohutang", "/api/v1/cases/{id}/transitions",
                    Map.of("action", "REGISTER", "comment", payload), reported.id());
            assertThat(registered.status()).as(registered.body().toString()).isEqualTo(200);
            communityPages.put("/cases/" + reported.id(), payload);
            residentPages.put("/cases/mine", null);

            Api.Response notice = api.post("xiaohutang", "/api/v1/notices", Map.of("category", "NOTICE",
                    "title", "通知" + i + payload, "summary", payload, "body", "<p>正文 " + i + "</p>" + payload));
            assertThat(notice.status()).as(notice.body().toString()).isEqualTo(201);
            communityPages.put("/notices/" + notice.id(), "通知" + i + payload);
            residentPages.put("/public/notices/" + notice.id(), "通知" + i + payload);
        }
        communityPages.put("/cases", null);
        communityPages.put("/notices", null);
        communityPages.put("/search?q=" + java.net.URLEncoder.encode("垃圾", java.nio.charset.StandardCharsets.UTF_8), null);

        // a reach outside 天元区: the rivers tests expect 天元区's reach of 湘江 to have no open problems
        long segment = api.get("hezhang-city", "/api/v1/rivers/chiefs/me").body().get(0).path("segments").valueStream()
                .filter(s -> !s.path("region_name").asString().contains("天元")).findFirst().orElseThrow().path("id")
                .asLong();
        Api.Response patrol = api.post("hezhang-city", "/api/v1/rivers/patrols", Map.of("segment_id", segment));
        assertThat(patrol.status()).as(patrol.body().toString()).isEqualTo(201);
        for (String payload : PAYLOADS) {
            assertThat(api.post("hezhang-city", "/api/v1/rivers/patrols/{id}/notes", Map.of("text", payload), patrol.id())
                    .status()).isIn(200, 201);
            Api.Response problem = api.post("hezhang-city", "/api/v1/rivers/problems", Map.of("segment_id", segment,
                    "patrol_id", patrol.id(), "category", "DUMPING", "description", "河岸" + payload, "address", payload));
            assertThat(problem.status()).as(problem.body().toString()).isEqualTo(201);
        }
        cityPages.put("/rivers/patrols/" + patrol.id(), PAYLOADS.get(1));

        checkAll("xiaohutang", communityPages);
        checkAll("resident1", residentPages);
        checkAll("admin", cityPages);
    }

    private void checkAll(String username, Map<String, String> pages) {
        try (Browser browser = Browser.open(port, Browser.DESKTOP)) {
            browser.signIn(username, "demo-2026");
            pages.forEach((page, text) -> assertInert(browser, page, text));
        }
    }

    private static void assertInert(Browser browser, String page, String shownAsTyped) {
        browser.go(page);
        String body = browser.text(By.tagName("body"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Object ran = js.executeScript("return window.__xss === undefined ? null : String(window.__xss);");
        Object injected = js.executeScript("return document.querySelectorAll('.xss-probe, xss-probe').length "
                + "+ Array.from(document.scripts).filter(s => !s.src && s.type !== 'application/json' "
                + "&& s.textContent.includes('__xss')).length;");
        assertThat(ran).as("a payload ran on " + page).isNull();
        assertThat(((Number) injected).intValue()).as("a payload became markup on " + page).isZero();
        if (shownAsTyped != null) {
            assertThat(body).as("the payload shown as typed on " + page).contains(shownAsTyped);
        }
    }
}
