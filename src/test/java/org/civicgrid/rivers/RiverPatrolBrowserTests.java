package org.civicgrid.rivers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.support.Browser;
import org.civicgrid.support.ServerTest;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A village chief patrols on a phone-sized browser: the page follows the position and uploads the track. */
@ServerTest
class RiverPatrolBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    RiverManagement rivers;

    @Autowired
    AccountManagement accounts;

    @Autowired
    TestUsers users;

    @Test
    void a_chief_starts_a_patrol_walks_and_ends_it_on_a_phone() {
        RiverFixtures.Stream stream = RiverFixtures.stream(rivers, accounts, users, "小湖塘社区", WaterbodyType.RIVER);
        try (Browser browser = Browser.open(port, Browser.PHONE)) {
            ChromeDriver chrome = (ChromeDriver) browser.driver();
            chrome.executeCdpCommand("Browser.grantPermissions", Map.of("origin", "http://localhost:" + port,
                    "permissions", List.of("geolocation")));
            chrome.executeCdpCommand("Emulation.setGeolocationOverride",
                    Map.of("latitude", 27.8290, "longitude", 113.0890, "accuracy", 10));

            browser.signIn(stream.chiefUsername(), "demo-2026").go("/rivers")
                    .click(By.id("start-" + stream.segmentId()));
            browser.waitFor(ExpectedConditions.urlMatches(".*/rivers/patrols/\\d+$"));
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("patrol-gps"), "27.82900"));

            browser.click(By.id("patrol-end"));
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("patrol-status"), "已完成"));
            assertThat(Integer.parseInt(browser.text(By.id("patrol-points")))).isGreaterThanOrEqualTo(1);
            assertThat(browser.driver().findElements(By.id("patrol-tracker"))).isEmpty();
        }
    }
}
