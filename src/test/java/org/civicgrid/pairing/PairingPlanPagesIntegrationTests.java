package org.civicgrid.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.Pages;
import org.civicgrid.support.Pages.Page;
import org.civicgrid.support.Pages.Session;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A pairing's co-building plan on the page: revised with the community into versions whose history shows
 * what changed, its budget against the money invested, and residents' thanks; refused to people outside.
 */
@IntegrationTest
class PairingPlanPagesIntegrationTests {

    @Autowired Pages pages;
    @Autowired TestUsers users;

    @Test
    void a_community_worker_revises_the_plan_records_money_and_a_banner_and_reads_the_history() {
        Session worker = pages.signIn(users.create("COMMUNITY_WORKER", "小湖塘社区").username());
        String pairing = pairingOf(worker);
        assertThat(pages.get(worker, pairing).html()).contains(pairing + "/plan");

        Page plan = pages.get(worker, pairing + "/plan");
        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.html()).contains("保存为新版本", "记录资金投入", "记录锦旗、感谢信");

        Page noItems = pages.perform(revision("", "", "", "x"), worker);
        assertThat(noItems.status()).isEqualTo(200);
        assertThat(noItems.html()).contains("error-summary", "至少填写一项共建事项。");
        Page badBudget = pages.perform(revision("无障碍坡道", "十万", "", "x"), worker);
        assertThat(badBudget.html()).contains("第 1 行的预算请填写金额（元）。");

        String first = "无障碍坡道改造 " + System.nanoTime() % 100000;
        Page v1 = pages.perform(revision(first, "80000", "2023-09-30", "与社区商定首版"), worker);
        assertThat(v1.redirect()).isEqualTo(pairing + "/plan");
        String second = "残疾人之家活动室 " + System.nanoTime() % 100000;
        MockHttpServletRequestBuilder v2 = revision(first, "80000", "2023-09-30", "居民议事会后增加活动室")
                .param("itemTitle", second).param("itemBudget", "45000").param("itemDue", "");
        assertThat(pages.perform(v2, worker).redirect()).isEqualTo(pairing + "/plan");

        String revised = pages.get(worker, pairing + "/plan").html();
        assertThat(revised).contains("方案已保存为新版本", first, second, "125,000.00", "居民议事会后增加活动室", "+ " + second,
                "预算 +45,000 元", "现行");
        int current = Integer.parseInt(first(revised, "版本.*?第 (\\d+) 版"));
        String older = pages.get(worker, pairing + "/plan?version=" + (current - 1)).html();
        assertThat(older).contains("这是第 " + (current - 1) + " 版，现行为第 " + current + " 版。", first)
                .contains("与社区商定首版");

        Page future = pages.post(worker, pairing + "/investments", java.util.Map.of("investedOn",
                LocalDate.now().plusDays(3).toString(), "amount", "1000", "purpose", "坡道材料"));
        assertThat(future.status()).isEqualTo(200);
        assertThat(future.html()).contains("field-error");
        Page invested = pages.post(worker, pairing + "/investments", java.util.Map.of("investedOn", "2023-07-01",
                "amount", "62000", "purpose", "坡道施工款 " + first));
        assertThat(invested.redirect()).startsWith(pairing + "/plan");
        assertThat(pages.get(worker, pairing + "/plan").html()).contains("资金投入已记录", "坡道施工款 " + first,
                "62,000.00");

        Page noSender = pages.post(worker, pairing + "/thanks", java.util.Map.of("receivedOn", "2023-10-01",
                "kind", "BANNER", "quantity", "1"));
        assertThat(noSender.html()).contains("field-error");
        String words = "情系残疾人 " + System.nanoTime() % 100000;
        pages.post(worker, pairing + "/thanks", java.util.Map.of("receivedOn", "2023-10-01", "kind", "BANNER",
                "quantity", "1", "fromWhom", "小湖塘社区居民", "words", words));
        assertThat(pages.get(worker, pairing + "/plan").html()).contains("已记录居民的感谢", words, "锦旗 × 1");
        assertThat(pages.get(worker, pairing).html()).contains(words, second);
    }

    @Test
    void people_outside_the_pairing_neither_see_nor_revise_its_plan() {
        Session worker = pages.signIn(users.create("COMMUNITY_WORKER", "小湖塘社区").username());
        String pairing = pairingOf(worker);
        Session volunteer = pages.signIn(users.create("VOLUNTEER", "小湖塘社区").username());
        assertThat(pages.get(volunteer, pairing + "/plan").status()).isEqualTo(404);
        assertThat(pages.perform(revision("偷偷改方案", "1", "", "x"), volunteer).status()).isIn(403, 404);
        assertThat(pages.post(volunteer, pairing + "/thanks", java.util.Map.of("receivedOn", "2023-10-01",
                "kind", "BANNER", "fromWhom", "某人")).status()).isIn(403, 404);
        assertThat(pages.get(worker, pairing + "/plan").html()).doesNotContain("偷偷改方案");
    }

    private String pairing;

    private MockHttpServletRequestBuilder revision(String item, String budget, String due, String note) {
        return MockMvcRequestBuilders.post(pairing + "/plan").with(csrf()).param("title", "2023年共建实施方案")
                .param("content", "围绕无障碍环境建设开展共建").param("itemTitle", item).param("itemBudget", budget)
                .param("itemDue", due).param("itemTitle", "").param("itemBudget", "").param("itemDue", "")
                .param("changeNote", note).param("agreedWithCommunity", "true");
    }

    private String pairingOf(Session worker) {
        String html = pages.get(worker, "/pairing?year=2023").html();
        pairing = "/pairing/pairings/" + first(html, "/pairing/pairings/(\\d+)\"");
        return pairing;
    }

    private static String first(String html, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }
}
