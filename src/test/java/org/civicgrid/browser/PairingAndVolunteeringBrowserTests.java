package org.civicgrid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.civicgrid.access.UserSummary;
import org.civicgrid.pairing.NeedCategory;
import org.civicgrid.pairing.NeedManagement;
import org.civicgrid.pairing.NeedSource;
import org.civicgrid.pairing.PairingManagement;
import org.civicgrid.pairing.UnitType;
import org.civicgrid.region.RegionRef;
import org.civicgrid.shared.time.TimeConfiguration;
import org.civicgrid.support.Browser;
import org.civicgrid.support.ServerTest;
import org.civicgrid.support.TestUsers;
import org.civicgrid.volunteering.ActivityManagement;
import org.civicgrid.volunteering.ActivityType;
import org.civicgrid.volunteering.IdType;
import org.civicgrid.volunteering.VolunteerManagement;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The two journeys of the pairing and volunteering pages in a real browser on a phone: a unit's liaison logs
 * a visit to the paired community and claims a need on its list; a volunteer signs up for an activity and
 * the organiser checks them in.
 */
@ServerTest
class PairingAndVolunteeringBrowserTests {

    @LocalServerPort
    int port;

    @Autowired TestUsers users;
    @Autowired PairingManagement pairing;
    @Autowired NeedManagement needs;
    @Autowired VolunteerManagement volunteers;
    @Autowired ActivityManagement activities;

    @Test
    void a_liaison_logs_a_visit_on_a_phone_and_claims_a_need_of_the_paired_community() {
        RegionRef community = users.region("小湖塘社区");
        UserSummary liaison = users.create("UNIT_LIAISON", "小湖塘社区");
        long unit = pairing.createUnitUnchecked(new PairingManagement.CreateUnit("测试共建单位" + System.nanoTime() % 1_000_000,
                UnitType.ENTERPRISE, "王建国", "总经理", null)).id();
        pairing.appointLiaisonUnchecked(unit, liaison.id());
        int year = LocalDate.now(TimeConfiguration.ZONE).getYear();
        long paired = pairing.pairUnchecked(new PairingManagement.PairUnit(unit, community.id(), year)).id();
        String needTitle = "健身器材损坏 " + System.nanoTime() % 100000;
        long need = needs.reportUnchecked(new NeedManagement.ReportNeed(community.id(), needTitle, "小区广场的单杠松动",
                NeedCategory.values()[0], "小湖塘社区广场", null, null, null), NeedSource.RESIDENT, "test").id();

        try (Browser browser = Browser.open(port, Browser.PHONE)) {
            browser.signIn(liaison.username(), "demo-2026").go("/pairing?year=" + year);
            browser.click(By.cssSelector("a[href='/pairing/pairings/" + paired + "']"));
            browser.click(By.cssSelector("a[href='/pairing/pairings/" + paired + "/visits/new']"));
            String discussed = "到小湖塘社区报到，商定今年共建事项 " + System.nanoTime() % 100000;
            browser.type(By.id("leaderName"), "王建国").type(By.id("discussed"), discussed)
                    .click(By.cssSelector("form[action$='/visits'] button[type=submit]"));
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "走访已记录"));
            assertThat(browser.currentPath()).isEqualTo("/pairing/pairings/" + paired);
            assertThat(browser.text(By.tagName("body"))).contains(discussed, "王建国");

            browser.go("/pairing/needs");
            assertThat(browser.text(By.tagName("body"))).contains(needTitle);
            browser.click(By.cssSelector("form[action='/pairing/needs/" + need + "/claim'] button[type=submit]"));
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已认领。"));
            assertThat(browser.driver().findElements(By.cssSelector("form[action='/pairing/needs/" + need + "/claim']")))
                    .isEmpty();
        }
    }

    @Test
    void a_volunteer_signs_up_on_a_phone_and_the_organiser_checks_them_in() {
        RegionRef community = users.region("小湖塘社区");
        UserSummary worker = users.create("COMMUNITY_WORKER", "小湖塘社区");
        UserSummary person = users.create("VOLUNTEER", "小湖塘社区");
        volunteers.enrol(new VolunteerManagement.RegisterVolunteer("刘小英", IdType.RESIDENT_ID_CARD, null, null,
                person.id(), null, Set.of("理发"), "周末", null), community.id());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        String title = "义务理发 " + System.nanoTime() % 100000;
        long activity = activities.createUnchecked(new ActivityManagement.CreateActivity(title, ActivityType.CONVENIENCE,
                "为社区老人义务理发", "小湖塘社区党群服务中心", 27.85, 113.10, null, now.minus(10, ChronoUnit.MINUTES),
                now.plus(2, ChronoUnit.HOURS), 5, null, null, "小湖塘社区志愿服务站", "冯芳", "0731-22880000", null),
                community.id(), worker.id(), worker.username()).id();
        String page = "/volunteering/activities/" + activity;

        try (Browser phone = Browser.open(port, Browser.PHONE)) {
            phone.signIn(person.username(), "demo-2026").go("/volunteering");
            phone.click(By.cssSelector("a[href='" + page + "']"));
            phone.click(By.cssSelector("form[action='" + page + "/sign-up'] button[type=submit]"));
            phone.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "报名成功"));
            assertThat(phone.text(By.tagName("body"))).contains(title, "已报名", "剩余 4 / 5 个名额");

            try (Browser organiser = Browser.open(port, Browser.DESKTOP)) {
                organiser.signIn(worker.username(), "demo-2026").go(page);
                assertThat(organiser.text(By.tagName("body"))).contains("报名名单", "刘小英");
                organiser.click(By.cssSelector("form[action='" + page + "/check-in'] button[type=submit]"));
                organiser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已签到。"));
                assertThat(organiser.text(By.cssSelector("table.data"))).contains("刘小英", "服务中");
            }

            phone.go(page);
            assertThat(phone.text(By.tagName("body"))).contains("服务中", "签退");
        }
    }
}
