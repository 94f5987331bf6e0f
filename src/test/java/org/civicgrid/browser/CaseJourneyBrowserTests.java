package org.civicgrid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.civicgrid.support.Browser;
import org.civicgrid.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A case from report to close in real browsers: a resident reports on a phone, the community worker
 * registers, dispatches and records the handling, the grid worker verifies on site with a photo, the
 * district official closes, and the resident sees it closed.
 */
@ServerTest
class CaseJourneyBrowserTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @LocalServerPort
    int port;

    @Test
    void a_resident_reports_a_grid_worker_verifies_an_official_closes_and_the_resident_sees_it_closed()
            throws Exception {
        String words = "小区门口井盖破损 " + System.nanoTime();
        String casePath;
        try (Browser resident = Browser.open(port, Browser.PHONE)) {
            resident.signIn("resident1", "demo-2026").go("/cases/report");
            new Select(resident.find(By.id("categoryCode"))).selectByValue("drain-blocked");
            resident.type(By.id("description"), words).type(By.id("lat"), "27.8300").type(By.id("lng"), "113.0900")
                    .type(By.id("address"), "小湖塘社区大门口").click(By.cssSelector("form[action='/cases/report'] button[type=submit]"));
            resident.waitFor(ExpectedConditions.urlMatches("/cases/\\d+$"));
            casePath = resident.currentPath();
            assertThat(resident.text(By.cssSelector(".notice-success"))).contains("已上报");
            assertThat(resident.text(By.cssSelector(".timeline"))).contains("上报");
        }

        try (Browser worker = Browser.open(port, Browser.DESKTOP)) {
            worker.signIn("xiaohutang", "demo-2026").go(casePath);
            worker.click(By.cssSelector("#step-REGISTER button[type=submit]"));
            assertThat(worker.text(By.cssSelector(".notice-success"))).contains("已立案");
            worker.click(By.cssSelector("#step-DISPATCH button[type=submit]"));
            assertThat(worker.text(By.cssSelector(".notice-success"))).contains("已派遣");
            worker.type(By.id("comment-HANDLE"), "已更换井盖").click(By.cssSelector("#step-HANDLE button[type=submit]"));
            assertThat(worker.text(By.cssSelector(".notice-success"))).contains("等待现场核查");
        }

        Path photo = Files.createTempFile("site", ".png");
        Files.write(photo, PNG);
        try (Browser grid = Browser.open(port, Browser.PHONE)) {
            grid.signIn("xiaohutang-grid1", "demo-2026").go(casePath);
            grid.type(By.id("comment-VERIFY"), "现场查看，井盖已更换");
            grid.driver().findElement(By.id("photos-VERIFY")).sendKeys(photo.toAbsolutePath().toString());
            grid.click(By.cssSelector("#step-VERIFY button[value=VERIFY]"));
            assertThat(grid.text(By.cssSelector(".notice-success"))).contains("核查通过");
        } finally {
            Files.deleteIfExists(photo);
        }

        try (Browser official = Browser.open(port, Browser.DESKTOP)) {
            official.signIn("tianyuan", "demo-2026").go(casePath);
            official.click(By.cssSelector("#step-CLOSE button[type=submit]"));
            assertThat(official.text(By.cssSelector(".notice-success"))).contains("已结案");
        }

        try (Browser resident = Browser.open(port, Browser.PHONE)) {
            resident.signIn("resident1", "demo-2026").go("/cases/mine");
            assertThat(resident.text(By.tagName("main"))).contains(words).contains("已结案");
            resident.go(casePath);
            assertThat(resident.text(By.cssSelector(".timeline"))).contains("核查通过", "结案");
            assertThat(resident.find(By.id("rate")).isDisplayed()).isTrue();
        }
    }
}
