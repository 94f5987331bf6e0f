package org.civicgrid.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Takes the README's screenshots from a running platform with Debian's headless chromium:
 * {@code ./mvnw -Pbench test-compile exec:exec@run -Dbench.main=org.civicgrid.bench.Screenshot -Dbench.args="--base http://localhost:8080"}.
 */
public final class Screenshot {

    public static void main(String[] args) throws Exception {
        Map<String, String> o = LoadDriver.options(args);
        String base = o.getOrDefault("base", "http://localhost:8080");
        String user = o.getOrDefault("user", "admin");
        String page = o.getOrDefault("page", "/dashboard");
        Path out = Path.of(o.getOrDefault("out", "docs/screenshots/dashboard.png"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=zh-CN",
                "--hide-scrollbars", "--window-size=1440,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().window().setSize(new Dimension(1440, 1000));
            driver.get(base + "/login");
            driver.findElement(By.id("username")).sendKeys(user);
            driver.findElement(By.id("password")).sendKeys(o.getOrDefault("password", "demo-2026"));
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
            driver.get(base + page);
            Thread.sleep(4000);   // let charts and the map draw
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.write(out, driver.getScreenshotAs(OutputType.BYTES));
            System.out.println("wrote " + out);
        } finally {
            driver.quit();
        }
    }
}
