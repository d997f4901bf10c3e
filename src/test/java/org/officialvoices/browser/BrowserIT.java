package org.officialvoices.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * The built site in Debian's Chromium, driven by Selenium: sorting and filtering tables, no console
 * errors, and screenshots of each kind of page at desktop and phone widths in {@code target/screenshots/}.
 */
class BrowserIT {

    /** One page of each kind. */
    static final List<String> PAGES = List.of("", "accounts/", "accounts/mfa-spokesperson-weibo/", "case-studies/",
            "case-studies/alhambra-police-on-weibo/", "datasets/", "datasets/china-diplomats-twitter/", "platforms/",
            "platforms/weibo/", "kinds/police/", "sources/", "sources/scmp-mfa-weibo-2019/", "methodology/", "search/?q=alhambra", "404.html");

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
        server = StaticServer.start(site);
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

    /**
     * Opens a page and waits until our script has enhanced its tables: deferred scripts normally run
     * before the load event, but a reload of the same address can hand control back a moment earlier.
     */
    private static void open(String page) {
        driver.get(base + page);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.cssSelector("th button.sort")));
    }

    private List<String> accountNames() {
        return driver.findElements(By.cssSelector("table.accounts tbody tr")).stream()
                .filter(WebElement::isDisplayed)
                .map(row -> row.findElement(By.cssSelector("th a")).getText()).toList();
    }

    @Test
    void clickingAColumnHeaderSortsTheTableAndSaysSo() {
        open("accounts/");
        WebElement header = driver.findElement(By.xpath("//table[contains(@class,'accounts')]//th[1]"));
        header.findElement(By.tagName("button")).click();
        assertThat(header.getAttribute("aria-sort")).isEqualTo("ascending");
        List<String> ascending = accountNames();
        assertThat(ascending.subList(0, 3)).containsExactly("Alhambra Police Department", "CCTV", "CGTN");
        header.findElement(By.tagName("button")).click();
        assertThat(header.getAttribute("aria-sort")).isEqualTo("descending");
        List<String> reversed = new java.util.ArrayList<>(ascending);
        java.util.Collections.reverse(reversed);
        assertThat(accountNames()).containsExactlyElementsOf(reversed);

        WebElement followers = driver.findElement(By.xpath("//table[contains(@class,'accounts')]//th[6]/button"));
        followers.click();
        followers.click();
        assertThat(accountNames().subList(0, 3)).containsExactly("CGTN", "Xinhua", "People's Daily");
    }

    @Test
    void typingInTheFilterHidesRowsThatDoNotMatch() {
        open("accounts/");
        WebElement filter = driver.findElement(By.cssSelector(".table-filter input"));
        filter.sendKeys("embassy denmark");
        assertThat(accountNames()).containsExactlyInAnyOrder("Embassy of Denmark in China (four Weibo channels)",
                "Embassy of Denmark in China (WeChat)");
        assertThat(driver.findElement(By.cssSelector(".filter-status")).getText()).isEqualTo("2 of 28 rows shown");
    }

    @Test
    void searchingByChineseNameFromAnyPageFindsTheAccountAndFollowsIt() {
        driver.get(base + "datasets/");
        WebElement box = driver.findElement(By.id("site-search-q"));
        box.sendKeys("外交部", org.openqa.selenium.Keys.ENTER);
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10));
        wait.until(d -> d.findElement(By.id("search-status")).getText().contains("result"));
        // the two accounts named 外交部 first, then the pages that only mention the ministry (among them three
        // sources whose Chinese titles name it)
        assertThat(driver.findElement(By.id("search-status")).getText()).isEqualTo("6 results for “外交部”.");
        List<String> titles = driver.findElements(By.cssSelector("#search-results li a")).stream().map(WebElement::getText).toList();
        assertThat(titles).hasSize(6);
        assertThat(titles.subList(0, 2)).containsExactlyInAnyOrder("Foreign Ministry Spokesperson's Office", "Ministry of Foreign Affairs (WeChat)");
        driver.findElement(By.linkText("Foreign Ministry Spokesperson's Office")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/accounts/mfa-spokesperson-weibo/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("外交部发言人办公室");
    }

    @Test
    void searchRequiresEveryWordAndMatchesPrefixes() {
        driver.get(base + "search/?q=embass+denm");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("search-status")).getText().contains("result"));
        // the two accounts whose names hold both words first; then the case study and the source that say
        // "embassy" and "Denmark" only in their text; nothing that lacks either word
        List<String> titles = driver.findElements(By.cssSelector("#search-results li a")).stream().map(WebElement::getText).toList();
        assertThat(titles.subList(0, 2)).containsExactlyInAnyOrder("Embassy of Denmark in China (four Weibo channels)",
                "Embassy of Denmark in China (WeChat)");
        assertThat(titles.subList(2, titles.size())).containsExactlyInAnyOrder("An embassy with a megaphone and a telephone",
                "Weibo Diplomacy: Embassies on China's Microblogs");
    }

    @Test
    void choosingAPlatformAndACountryKeepsOnlyTheirRows() {
        open("accounts/");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.xpath("//label[contains(., 'Platform')]/select")))
                .selectByVisibleText("WeChat");
        assertThat(accountNames()).hasSize(6);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.xpath("//label[contains(., 'Country')]/select")))
                .selectByVisibleText("Denmark");
        assertThat(accountNames()).containsExactly("Embassy of Denmark in China (WeChat)");
        assertThat(driver.findElement(By.cssSelector(".filter-status")).getText()).isEqualTo("1 of 28 rows shown");
    }

    @Test
    void sortingWorksFromTheKeyboard() {
        open("accounts/");
        WebElement button = driver.findElement(By.xpath("//table[contains(@class,'accounts')]//th[1]/button"));
        button.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(driver.findElement(By.xpath("//table[contains(@class,'accounts')]//th[1]")).getAttribute("aria-sort"))
                .isEqualTo("ascending");
    }

    @Test
    void pagesOfEveryKindLoadWithoutConsoleErrorsOrSidewaysScrollingAndAreCaptured() throws IOException {
        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        driver.manage().logs().get(LogType.BROWSER); // start from an empty log: other tests share this browser
        for (int width : new int[] {1280, 375, 360}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            for (String page : PAGES) {
                driver.get(base + page);
                if (page.startsWith("search/")) {
                    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                            .until(d -> d.findElement(By.id("search-status")).getText().contains("result"));
                }
                String name = (page.isEmpty() ? "home" : page.replaceAll("[?=]", "-").replaceAll("[/.]+$", "").replace('/', '_')) + "-" + width + ".png";
                Files.write(shots.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
                long overflow = (Long) driver.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(overflow).as("horizontal scrolling of the page body on " + page + " at " + width + " px").isLessThanOrEqualTo(0);
            }
        }
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("/404.html"))
                .toList();
        assertThat(errors).isEmpty();
    }

    @Test
    void everyKindOfPageHasNoAxeViolations() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        List<String> violations = new java.util.ArrayList<>();
        for (String page : PAGES) {
            driver.get(base + page);
            for (Rule violation : new AxeBuilder().analyze(driver).getViolations()) {
                violations.add(page + " → " + violation.getId() + ": " + violation.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).collect(java.util.stream.Collectors.joining(", ")));
            }
        }
        assertThat(violations).isEmpty();

        // The check itself must be able to fail: a button with no name is a violation.
        driver.executeScript("document.querySelector('main').appendChild(document.createElement('button'));");
        assertThat(new AxeBuilder().analyze(driver).getViolations()).extracting(Rule::getId).contains("button-name");
    }

    @Test
    void everyPageNamesItsIconAndTheSiteRootHasOne() {
        driver.get(base + "accounts/");
        String icon = driver.findElement(By.cssSelector("link[rel=icon]")).getAttribute("href");
        assertThat(icon).matches(".*/assets/favicon\\.[0-9a-f]{10}\\.svg");
        assertThat(status(icon)).isEqualTo("200 image/svg+xml");
        assertThat(status(base + "favicon.ico")).isEqualTo("200 image/x-icon");
    }

    /**
     * A host serves 404.html at whatever address was missing, at any depth. Published under a sub-path (as on
     * GitHub Pages), its stylesheet, icon, scripts and links must still resolve.
     */
    @Test
    void theNotFoundPageKeepsItsLookAndLinksUnderASubPath() throws IOException {
        Path site = tmp.resolve("sub-path-site");
        TestSites.Run run = TestSites.cli("build", "--content", TestSites.realContent().toString(), "--out", site.toString(),
                "--base-url", "https://example.github.io/official-voices/");
        assertThat(run.exitCode()).as(run.err()).isZero();
        HttpServer sub = StaticServer.start(site, "/official-voices/");
        try {
            String root = "http://127.0.0.1:" + sub.getAddress().getPort() + "/official-voices/";
            driver.manage().logs().get(LogType.BROWSER);
            driver.get(root + "accounts/no-such-account/deeper/");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
            assertThat(driver.executeScript("return getComputedStyle(document.querySelector('.site-header')).backgroundColor"))
                    .as("the stylesheet applies").isEqualTo("rgb(243, 245, 248)");
            for (WebElement link : driver.findElements(By.cssSelector("link[rel=icon], link[rel=stylesheet], script[src], header a[href]"))) {
                String address = link.getAttribute(link.getTagName().equals("script") ? "src" : "href");
                assertThat(address).startsWith(root);
                assertThat(status(address)).as(address).startsWith("200 ");
            }
            assertThat(driver.manage().logs().get(LogType.BROWSER).getAll()).extracting(LogEntry::getMessage)
                    .allMatch(m -> m.contains("/deeper/") && m.contains("404"), "only the missing page itself is an error");
        } finally {
            sub.stop(0);
        }
    }

    /** "200 image/png": the status and type the page's own origin answers for {@code url}. */
    private static String status(String url) {
        return (String) driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(function (r) { done(r.status + ' ' + r.headers.get('Content-Type')); },"
                + " function (e) { done(String(e)); });", url);
    }

    /** Serves a folder over HTTP on a free loopback port, as a static host would, with index.html for folders. */
    static final class StaticServer {
        static HttpServer start(Path root) throws IOException {
            return start(root, "/");
        }

        /** The same, with the site published under {@code prefix} (which starts and ends with a slash). */
        static HttpServer start(Path root, String prefix) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext(prefix, exchange -> {
                String path = java.net.URLDecoder.decode(exchange.getRequestURI().getPath(), java.nio.charset.StandardCharsets.UTF_8);
                Path file = root.resolve(path.substring(prefix.length())).normalize();
                if (Files.isDirectory(file)) {
                    file = file.resolve("index.html");
                }
                int status = 200;
                if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    file = root.resolve("404.html");
                    status = 404;
                }
                String name = file.getFileName().toString();
                String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".css") ? "text/css"
                        : name.endsWith(".js") ? "text/javascript" : name.endsWith(".json") ? "application/json"
                        : name.endsWith(".xml") ? "application/xml" : name.endsWith(".svg") ? "image/svg+xml"
                        : name.endsWith(".ico") ? "image/x-icon" : "application/octet-stream";
                byte[] body = Files.readAllBytes(file);
                exchange.getResponseHeaders().set("Content-Type", type);
                exchange.sendResponseHeaders(status, body.length);
                try (var out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        }
    }
}
