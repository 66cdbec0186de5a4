package com.cloudsub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The admin web UI in headless Chromium (issue 6), one test per page, on the demo data: log in, find the demo account,
 * follow a subscription's timeline, approve a refund, schedule a price, see the jobs, move the clock, see the charts.
 * Bad input answers a readable message on the page, never a stack trace.
 */
class AdminUiIT extends ConsoleApi {

    private static ChromeDriverService service;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() throws Exception {
        // The driver path is explicit, so Selenium Manager never reaches out to the network.
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        Path profile = Files.createTempDirectory("cloudsub-chromium");
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile);
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class); // htmx swaps rows while a condition reads them
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    @BeforeEach
    void logIn() {
        browser.manage().deleteAllCookies();
        open("/admin/login");
        browser.findElement(By.id("username")).sendKeys(OPERATOR);
        browser.findElement(By.id("password")).sendKeys(OPERATOR_PASSWORD);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.urlToBe(url("/admin")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void open(String path) {
        browser.get(url(path));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private void assertNoStackTrace() {
        assertThat(browser.getPageSource()).doesNotContain("Exception").doesNotContain("at com.cloudsub").doesNotContain("at org.");
    }

    @Test
    @DisplayName("issue 6 login: a wrong password is refused with a message; pages ask to log in again after logging out")
    void login() {
        browser.findElement(By.cssSelector("nav form button")).click();
        wait.until(ExpectedConditions.urlContains("/admin/login"));
        open("/admin/accounts");
        wait.until(ExpectedConditions.urlContains("/admin/login"));
        browser.findElement(By.id("username")).sendKeys(OPERATOR);
        browser.findElement(By.id("password")).sendKeys("wrong");
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.urlContains("error"));
        assertThat(text(".error")).contains("Wrong user name or password");
    }

    @Test
    @DisplayName("issue 6 R-GEN-4 R-ACC-3 dashboard: revenue per product per billing day and subscriptions by state render as "
            + "Chart.js charts; an account whose available balance is below zero is listed in arrears")
    void dashboardCharts() {
        kmsSubscription(); // 12 months of KMS basic paid today: 29,988.00
        String inArrears = account("1");
        // below zero as a settlement leaves it (R-ACC-3); the deepest debt is listed first
        jdbc.update("UPDATE account SET cash = -987654.00 WHERE id = ?", inArrears);
        String name = jdbc.queryForObject("SELECT name FROM account WHERE id = ?", String.class, inArrears);
        open("/admin");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        for (String chart : new String[] {"revenue-chart", "state-chart"}) {
            wait.until(d -> js.executeScript("return !!(window.Chart && Chart.getChart('" + chart + "'));"));
            Map<?, ?> drawn = (Map<?, ?>) js.executeScript("const c = Chart.getChart('" + chart + "'); "
                    + "return {width: c.width, height: c.height, datasets: c.data.datasets.length, points: c.data.labels.length};");
            assertThat(((Number) drawn.get("width")).intValue()).as(chart + " width").isPositive();
            assertThat(((Number) drawn.get("height")).intValue()).as(chart + " height").isPositive();
            assertThat(((Number) drawn.get("datasets")).intValue()).as(chart + " datasets").isPositive();
        }
        assertThat(((Number) js.executeScript("return Chart.getChart('revenue-chart').data.labels.length;")).intValue()).isEqualTo(14);
        Number kmsToday = (Number) js.executeScript("const kms = Chart.getChart('revenue-chart').data.datasets"
                + ".find(d => d.label === 'kms'); return kms.data[kms.data.length - 1];");
        assertThat(kmsToday.doubleValue()).isGreaterThanOrEqualTo(29988.00);
        LocalDateTime now = LocalDateTime.ofInstant(java.time.Instant.parse(
                operator("GET", "/admin/simulation/clock", null).body().get("now").asText()), java.time.ZoneOffset.UTC);
        Integer expiring = jdbc.queryForObject("SELECT LEAST(50, COUNT(*)) FROM subscription WHERE state = 'ACTIVE' "
                + "AND ends_at >= ? AND ends_at < ?", Integer.class, now, now.plusDays(7));
        assertThat(browser.findElements(By.cssSelector("#expiring a[href^='/admin/subscriptions/']"))).hasSize(expiring);
        assertThat(text("#arrears")).contains(inArrears).contains(name).contains("-987654.00");
    }

    @Test
    @DisplayName("issue 6 accounts: typing finds acc-demo-acme (htmx), its page shows balance, contacts, subscriptions, ledger and notices")
    void findTheDemoAccount() {
        open("/admin/accounts");
        browser.findElement(By.id("q")).sendKeys("Acme Trad");
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.linkText("acc-demo-acme")));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/admin/accounts")); // the table came in place, no page load
        link.click();
        wait.until(ExpectedConditions.urlToBe(url("/admin/accounts/acc-demo-acme")));
        assertThat(text("h1")).contains("Acme Trading Co.");
        assertThat(text("#contacts")).contains("Li Wei").contains("FINANCE");
        assertThat(text("#subscriptions")).contains("sub-demo-ssm-active").contains("sub-demo-kms-expiring"); // states vary: other tests move the shared clock
        assertThat(text("#ledger")).contains("TOP_UP");
        assertThat(browser.findElement(By.id("available")).getText()).isNotBlank();

        open("/admin/accounts/acc-nope");
        assertThat(text("#problem")).contains("acc-nope");
        assertNoStackTrace();
        open("/admin/accounts?q=" + "x".repeat(100));
        assertThat(text(".error")).contains("at most 64 characters");
    }

    /** A fresh KMS subscription (other tests move the shared platform clock, so demo subscriptions change state). */
    private String[] kmsSubscription() {
        String account = account("40000");
        String subscription = call("POST", "/api/v1/subscriptions", account, null,
                "{\"product\":\"kms\",\"edition\":\"basic\",\"region\":\"ap-guangzhou\",\"months\":12}").body().get("id").asText();
        return new String[] {account, subscription};
    }

    @Test
    @DisplayName("issue 6 subscription: the page shows state, orders and the timeline of a subscription")
    void subscriptionTimeline() {
        String subscription = kmsSubscription()[1];
        open("/admin/subscriptions/" + subscription);
        assertThat(text("#state")).isEqualTo("ACTIVE");
        assertThat(text("#timeline")).contains("order NEW").contains("ledger PURCHASE");
        assertThat(text("#orders")).contains("NEW");
        open("/admin/subscriptions/sub-nope");
        assertThat(text("#problem")).contains("sub-nope");
        assertNoStackTrace();
    }

    @Test
    @DisplayName("issue 6 R-REF-3 refund review: a decision without a reason is refused on the page; approval pays, and is audited")
    void approveARefund() {
        String[] kms = kmsSubscription();
        Answer requested = call("POST", "/api/v1/subscriptions/" + kms[1] + "/refunds", kms[0], null, null);
        String refund = requested.body().get("id").asText();
        java.math.BigDecimal before = balance(kms[0]).value();

        open("/admin/refund-reviews");
        By row = By.id("refund-" + refund);
        wait.until(ExpectedConditions.presenceOfElementLocated(row));
        assertThat(text("#refunds")).contains("ref-demo-kms-expiring"); // the demo data's pending refund is listed too
        browser.findElement(row).findElement(By.cssSelector("button.approve")).click();
        wait.until(d -> d.findElement(row).getText().contains("give a reason"));

        browser.findElement(row).findElement(By.cssSelector("input.reason")).sendKeys("customer moved to the exclusive edition");
        browser.findElement(row).findElement(By.cssSelector("button.approve")).click();
        wait.until(d -> d.findElement(row).getText().contains("APPROVED by admin"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/admin/refund-reviews"));

        assertThat(balance(kms[0]).value().subtract(before)).isEqualByComparingTo(requested.body().get("amount").decimalValue());
        assertThat(jdbc.queryForMap("SELECT operator, action, reason FROM audit_log WHERE target = ?", refund))
                .containsEntry("operator", OPERATOR).containsEntry("action", "REFUND_APPROVED")
                .containsEntry("reason", "customer moved to the exclusive edition");
        open("/admin/subscriptions/" + kms[1]);
        assertThat(text("#state")).isEqualTo("REFUNDED");
    }

    @Test
    @DisplayName("issue 6 R-SUB-8 R-GEN-4 catalogue: bad price input answers a message; a future price, entered in the billing "
            + "calendar's local time, becomes a new audited version effective at that instant")
    void scheduleAPrice() {
        open("/admin/catalog");
        assertThat(text("#editions")).contains("kms").contains("basic");
        schedule("kms.basic", "ALL", "cheap", "2030-01-01T00:00", "test");
        assertThat(text(".error")).contains("not a number");
        schedule("kms.basic", "ALL", "2399.00", "2020-01-01T00:00", "test");
        assertThat(text(".error")).contains("in the future");
        schedule("kms.nope", "ALL", "2399.00", "2099-01-01T00:00", "test");
        assertThat(text(".error")).contains("no price");
        assertNoStackTrace();

        String regionClass = jdbc.queryForObject("SELECT region_class FROM price WHERE item_code = 'kms.basic' LIMIT 1", String.class);
        LocalDateTime at = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusYears(50).truncatedTo(ChronoUnit.MINUTES);
        schedule("kms.basic", regionClass, "2399.00", at.toString(), "annual price review");
        assertThat(text(".message")).contains("scheduled kms.basic");
        assertThat(text("#versions")).contains("annual price review").contains("kms.basic/" + regionClass);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'PRICE_SCHEDULED' AND reason = 'annual price review'",
                Integer.class)).isEqualTo(1);
        LocalDateTime utc = LocalDateTime.ofInstant(at.atZone(ZoneId.of("Asia/Shanghai")).toInstant(), java.time.ZoneOffset.UTC);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM price_book_version WHERE effective_from = ?", Integer.class, utc))
                .as("stored in UTC, 8 hours before the Shanghai time entered").isEqualTo(1);
    }

    private void schedule(String item, String regionClass, String unitPrice, String effectiveFrom, String reason) {
        WebElement form = browser.findElement(By.id("schedule"));
        form.findElement(By.name("item")).sendKeys(item);
        form.findElement(By.name("regionClass")).sendKeys(regionClass);
        form.findElement(By.name("unitPrice")).sendKeys(unitPrice);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", form.findElement(By.name("effectiveFrom")),
                effectiveFrom);
        form.findElement(By.name("reason")).sendKeys(reason);
        form.findElement(By.cssSelector("button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error, .message")));
    }

    @Test
    @DisplayName("issue 6 jobs: the Quartz jobs with their next run, and the outbox's undelivered notices")
    void jobsAndOutbox() {
        open("/admin/jobs");
        assertThat(text("#jobs")).contains("prepaid.lifecycle").contains("notice.notice-delivery");
        assertThat(browser.findElement(By.id("outbox")).isDisplayed()).isTrue();
    }

    @Test
    @DisplayName("issue 6 clock (simulation): a bad duration answers a message; a move changes the platform time and is audited")
    void moveTheClock() {
        open("/admin/clock");
        String before = text("#now");
        browser.findElement(By.name("by")).sendKeys("soon");
        browser.findElement(By.cssSelector("#move button")).click();
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error"))).getText()).contains("not a duration");
        assertNoStackTrace();
        browser.findElement(By.name("by")).sendKeys("PT1H");
        browser.findElement(By.name("reason")).sendKeys("ui test move");
        browser.findElement(By.cssSelector("#move button")).click();
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".message"))).getText())
                .contains("the platform clock is now");
        assertThat(text("#now")).isNotEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE reason = 'ui test move'", Integer.class)).isEqualTo(1);
    }
}
