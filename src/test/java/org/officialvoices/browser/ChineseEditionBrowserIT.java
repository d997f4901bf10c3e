package org.officialvoices.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.testing.Chromium;
import org.officialvoices.testing.TestSites;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Chinese edition of the real report in Chromium: every kind of page without accessibility violations, console
 * errors or sideways scrolling at phone and desktop widths (captured in {@code target/screenshots/zh-*}); the
 * language switch between twins; search in Chinese and by English name; tables sorting with Chinese labels.
 */
class ChineseEditionBrowserIT {

    static final List<String> PAGES = BrowserIT.PAGES.stream().map(p -> "zh/" + p).toList();

    @TempDir
    static Path tmp;
    static HttpServer server;
    static ChromeDriver driver;
    static Chromium chromium;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        Chromium.assumeInstalled();
        Path site = TestSites.build(TestSites.realContent(), tmp.resolve("site"));
        server = BrowserIT.StaticServer.start(site);
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        chromium = Chromium.start();
        driver = chromium.driver();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    private static void waitForResults() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("search-status")).getText().contains("结果"));
    }

    @Test
    void chinesePagesOfEveryKindHaveNoAxeViolationsNoErrorsAndFitAPhone() throws IOException {
        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        driver.manage().logs().get(LogType.BROWSER);
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {1280, 360}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            for (String page : PAGES) {
                driver.get(base + page);
                if (page.contains("search/")) {
                    waitForResults();
                }
                assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-Hans");
                String name = "zh-" + (page.equals("zh/") ? "home" : page.substring(3).replaceAll("[?=]", "-")
                        .replaceAll("[/.]+$", "").replace('/', '_')) + "-" + width + ".png";
                Files.write(shots.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
                long overflow = (Long) driver.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                if (overflow > 0) {
                    problems.add(page + " scrolls sideways by " + overflow + " px at " + width);
                }
                if (width == 1280) {
                    for (Rule violation : new AxeBuilder().analyze(driver).getViolations()) {
                        problems.add(page + " → " + violation.getId());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .filter(m -> !m.contains("/404.html")).toList()).isEmpty();
    }

    @Test
    void theLanguageSwitchLeadsToTheSamePageInTheOtherLanguageAndBack() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(base + "accounts/mfa-spokesperson-weibo/");
        driver.findElement(By.cssSelector("nav.languages a[hreflang=zh-Hans]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/zh/accounts/mfa-spokesperson-weibo/"));
        assertThat(driver.findElement(By.cssSelector("nav.languages [aria-current=true]")).getText()).isEqualTo("中文");
        assertThat(driver.findElement(By.cssSelector("h2#observations")).getText()).isNotEqualTo("Figures");
        driver.findElement(By.cssSelector("nav.languages a[hreflang=en]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/accounts/mfa-spokesperson-weibo/")
                && !d.getCurrentUrl().contains("/zh/"));
        assertThat(driver.findElement(By.cssSelector("h2#observations")).getText()).isEqualTo("Figures");
    }

    private static List<String> results(String query) {
        driver.get(base + "zh/search/?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        waitForResults();
        return driver.findElements(By.cssSelector("#search-results > li > a, #search-results > li h2 a, #search-results > li a"))
                .stream().map(a -> a.getAttribute("href")).filter(h -> h != null && h.contains("/zh/")).distinct().toList();
    }

    @Test
    void chineseSearchFindsAPartialWordAndEnglishNamesAndLeadsToChinesePages() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        assertThat(results("大使馆")).anyMatch(h -> h.endsWith("/zh/accounts/denmark-embassy-weibo/"));
        assertThat(results("警察局")).anyMatch(h -> h.endsWith("/zh/accounts/alhambra-police-weibo/"));
        assertThat(results("Alhambra police")).first().satisfies(h -> assertThat(h).endsWith("/zh/accounts/alhambra-police-weibo/"));
        assertThat(results("志愿者")).anyMatch(h -> h.endsWith("/zh/accounts/alhambra-police-weibo/"));
        assertThat(driver.findElement(By.id("search-status")).getText()).doesNotContainPattern("[A-Za-z]{3,}");
    }

    @Test
    void chineseTablesSortByTheirTypedValues() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(base + "zh/accounts/alhambra-police-weibo/");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("th button.sort")).isEmpty());
        WebElement valueHeader = driver.findElement(By.xpath("//table[contains(@class,'observations')]//thead//th[2]"));
        valueHeader.findElement(By.tagName("button")).click();
        List<Double> keys = driver.findElements(By.cssSelector("table.observations tbody tr td:nth-of-type(1)")).stream()
                .map(td -> Double.parseDouble(td.getAttribute("data-sort"))).toList();
        assertThat(keys).isSortedAccordingTo(Double::compare).hasSizeGreaterThan(5);
        assertThat(valueHeader.getAttribute("aria-sort")).isEqualTo("ascending");
    }
}
