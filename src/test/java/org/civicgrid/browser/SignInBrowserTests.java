package org.civicgrid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicgrid.support.Browser;
import org.civicgrid.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person signs in with a real browser and lands on their own start page, in Chinese. */
@ServerTest
class SignInBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void a_community_worker_signs_in_and_sees_her_workbench_in_chinese() {
        try (Browser browser = Browser.open(port, Browser.DESKTOP)) {
            browser.signIn("xiaohutang", "demo-2026");

            assertThat(browser.currentPath()).isEqualTo("/");
            assertThat(browser.text(By.tagName("h1"))).contains("冯芳").contains("您好");
            assertThat(browser.find(By.cssSelector(".side-nav")).getText()).contains("消息").doesNotContain("审计日志");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        }
    }

    @Test
    void a_wrong_password_keeps_you_on_the_sign_in_page_with_a_clear_message() {
        try (Browser browser = Browser.open(port, Browser.PHONE)) {
            browser.go("/login").type(By.id("username"), "resident1").type(By.id("password"), "wrong-password")
                    .click(By.cssSelector("form button[type=submit]"));

            assertThat(browser.text(By.cssSelector(".error-summary"))).contains("用户名或密码不正确");
        }
    }

    @Test
    void the_language_switch_shows_the_page_in_english() {
        try (Browser browser = Browser.open(port, Browser.PHONE)) {
            browser.signIn("admin", "demo-2026").go("/?lang=en");

            assertThat(browser.text(By.tagName("h1"))).startsWith("Hello");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        }
    }
}
