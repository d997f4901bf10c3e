package org.officialvoices.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report's tables as a reader uses them, at a phone's 360 px and a desktop's 1280 px: rows that read as
 * cards on the phone with every value in view, columns that sort by the typed value, sort and filter kept in the
 * address (shareable, kept on reload, undone by Back), and a cue when a table scrolls sideways.
 */
class TablesBrowserIT {

    /** Pages whose tables hold figures and dates: the home page, the account list, an account, a source, a dataset. */
    static final List<String> TABLE_PAGES = List.of("", "accounts/", "accounts/alhambra-police-weibo/",
            "sources/diplomat-albert-twitter-2020/", "datasets/china-diplomats-twitter/");

    @TempDir
    static Path tmp;
    static HttpServer server;
    static Chromium chromium;
    static ChromeDriver driver;
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

    private static void open(String page, int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        driver.get(base + page);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("table.data.row-cards")).isEmpty());
        assertThat(js("return window.innerWidth")).as("the window's width").isEqualTo((long) width);
    }

    private static Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    @Test
    void onAPhoneEachRowIsACardWithEveryValueInView() {
        for (String page : TABLE_PAGES) {
            open(page, 360);
            // Every value, date and link of every visible row lies inside the viewport: nothing is cut off or
            // hidden past a sideways scroll, and no table box scrolls.
            @SuppressWarnings("unchecked")
            List<String> outside = (List<String>) js("""
                    var width = document.documentElement.clientWidth, out = [];
                    document.querySelectorAll('table.data tbody tr:not([hidden]) td:not(.blank) > *').forEach(function (el) {
                      var r = el.getBoundingClientRect();
                      if (r.width > 0 && (r.left < 0 || r.right > width + 0.5)) { out.push(el.textContent.trim() + ' ' + r.left + '-' + r.right); }
                    });
                    document.querySelectorAll('.table-scroll').forEach(function (box) {
                      if (box.scrollWidth > box.clientWidth + 1) { out.push('scrolls: ' + box.querySelector('caption').textContent); }
                    });
                    return out;""");
            assertThat(outside).as(page).isEmpty();
            // each cell is labelled with its column, shown beside the value
            WebElement cell = driver.findElement(By.cssSelector("table.data tbody tr td.num"));
            assertThat(js("return getComputedStyle(arguments[0], '::before').content", cell))
                    .isEqualTo("\"" + cell.getAttribute("data-label") + "\"");
            assertThat(cell.getAttribute("data-label")).isNotEmpty();
        }

        open("", 360);
        List<String> values = driver.findElements(By.cssSelector("#latest ~ .table-scroll td.num .value")).stream()
                .map(WebElement::getText).toList();
        assertThat(values).contains("more than 9,000", "nearly 860,000", "14,000,000");

        // An account's figures: a card is as tall as what it says, its padding aside (a row of the table was
        // 180 px, mostly blank).
        open("accounts/mfa-spokesperson-weibo/", 360);
        @SuppressWarnings("unchecked")
        List<Long> blank = (List<Long>) js("""
                return Array.prototype.map.call(document.querySelectorAll('table.observations tbody tr'), function (row) {
                  var used = 0;
                  Array.prototype.forEach.call(row.cells, function (cell) { used += cell.getBoundingClientRect().height; });
                  return Math.round(row.getBoundingClientRect().height - used);
                });""");
        assertThat(blank).isNotEmpty().allMatch(px -> px <= 20);
        // a cell with nothing in it is left out of its card
        js("var td = document.querySelector('table.observations tbody td:last-child'); td.textContent = '';"
                + " td.classList.add('blank');");
        assertThat(driver.findElement(By.cssSelector("table.observations td.blank")).isDisplayed()).isFalse();
    }

    @Test
    void onADesktopTablesStayTablesThatFitTheirBox() {
        for (String page : TABLE_PAGES) {
            open(page, 1280);
            assertThat(js("return getComputedStyle(document.querySelector('table.data tbody tr')).display")).isEqualTo("table-row");
            assertThat(driver.findElements(By.cssSelector(".scroll-hint")).stream().filter(WebElement::isDisplayed).toList())
                    .as(page).isEmpty();
            assertThat(driver.findElements(By.cssSelector(".table-scroll[tabindex]"))).as(page).isEmpty();
        }
    }

    /** Between a phone and a desktop, the account list is wider than its box: it scrolls, and says so. */
    @Test
    void aTableThatScrollsSidewaysSaysSoAndTakesTheKeyboard() {
        open("accounts/", 800);
        WebElement box = driver.findElement(By.cssSelector(".table-scroll"));
        assertThat((Long) js("return arguments[0].scrollWidth - arguments[0].clientWidth", box)).isPositive();
        WebElement hint = driver.findElement(By.cssSelector(".scroll-hint"));
        assertThat(hint.isDisplayed()).isTrue();
        assertThat(hint.getText()).isEqualTo("Scroll sideways to see every column →");
        assertThat(box.getAttribute("tabindex")).isEqualTo("0");
        assertThat(box.getAttribute("role")).isEqualTo("region");
        assertThat(box.getAttribute("aria-label")).isEqualTo("Accounts on this page, sorted by name");
        js("arguments[0].focus()", box);
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT,
                org.openqa.selenium.Keys.ARROW_RIGHT, org.openqa.selenium.Keys.ARROW_RIGHT).perform();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> (Long) js("return Math.round(arguments[0].scrollLeft)", box) > 0);

        driver.manage().window().setSize(new Dimension(1280, 900));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !hint.isDisplayed());
        assertThat(box.getAttribute("tabindex")).isNull();
    }

    /**
     * Every column whose cells carry sort keys sorts by the typed value in both directions, on every page with
     * tables and at both widths: numbers by value whatever their qualifier, dates by their start, missing last.
     */
    @Test
    void everyTypedColumnSortsByItsValue() {
        int columns = 0;
        for (int width : new int[] {1280, 360}) {
            for (String page : TABLE_PAGES) {
                open(page, width);
                List<WebElement> tables = driver.findElements(By.cssSelector("table.data"));
                for (int t = 0; t < tables.size(); t++) {
                    List<WebElement> headers = tables.get(t).findElements(By.cssSelector("thead th"));
                    for (int c = 0; c < headers.size(); c++) {
                        List<String> keys = keys(tables.get(t), c);
                        if (keys.isEmpty() || keys.contains(null) || headers.get(c).findElements(By.tagName("button")).isEmpty()) {
                            continue;
                        }
                        boolean numeric = keys.stream().filter(k -> !k.isEmpty()).allMatch(k -> k.matches("-?\\d+(\\.\\d+)?"));
                        WebElement button = headers.get(c).findElement(By.tagName("button"));
                        button.click();
                        assertSorted(keys(tables.get(t), c), numeric, false, page + " column " + (c + 1));
                        button.click();
                        assertSorted(keys(tables.get(t), c), numeric, true, page + " column " + (c + 1) + " descending");
                        columns++;
                    }
                }
            }
        }
        assertThat(columns).as("typed columns checked").isGreaterThanOrEqualTo(20);
    }

    @SuppressWarnings("unchecked")
    private static List<String> keys(WebElement table, int column) {
        return (List<String>) js("var column = arguments[1]; return Array.prototype.map.call(arguments[0].tBodies[0].rows, function (r) {"
                + " var c = r.cells[column]; return c && c.hasAttribute('data-sort') ? c.getAttribute('data-sort') : null; });",
                table, column);
    }

    private static void assertSorted(List<String> keys, boolean numeric, boolean descending, String what) {
        List<String> values = keys.stream().filter(k -> !k.isEmpty()).toList();
        assertThat(keys.subList(0, values.size())).as(what + ": missing values last").isEqualTo(values);
        java.util.Comparator<String> order = numeric ? java.util.Comparator.comparing(java.math.BigDecimal::new)
                : java.util.Comparator.naturalOrder();
        assertThat(values).as(what).isSortedAccordingTo(descending ? order.reversed() : order);
    }

    /**
     * The home page's figures sorted as text ("14,000,000" before "380,000", "more than 9,000" last; "2021" before
     * "4 April 2020"); now by their number and by their date.
     */
    @Test
    void theHomePageSortsValuesByNumberAndDatesByTheirStart() {
        open("", 1280);
        WebElement table = driver.findElement(By.cssSelector("#latest ~ .table-scroll table"));
        table.findElement(By.xpath(".//th[3]/button")).click();
        assertThat(column(table, 3)).containsExactly("more than 9,000", "more than 119,000", "more than 310,000", "380,000",
                "588,500", "nearly 860,000", "4,300,000", "7,100,000", "12,600,000", "14,000,000");
        table.findElement(By.xpath(".//th[4]/button")).click();
        // a month sorts at its start, before a day within it
        assertThat(column(table, 4).stream().distinct()).containsExactly("April 2020", "4 April 2020", "May 2020",
                "December 2020", "2021");
    }

    private static List<String> column(WebElement table, int column) {
        return table.findElements(By.xpath(".//tbody/tr/*[" + column + "]")).stream()
                .map(cell -> (String) js("return arguments[0].textContent.replace(/\\s+/g, ' ').trim()", cell))
                .map(text -> text.replaceAll(" (owner's claim|value inferred|date inferred).*", "")).toList();
    }

    private static List<String> accountNames() {
        return driver.findElements(By.cssSelector("table.accounts tbody tr")).stream().filter(WebElement::isDisplayed)
                .map(row -> row.findElement(By.cssSelector("th a")).getText()).toList();
    }

    private static String query() {
        String url = driver.getCurrentUrl();
        return url.contains("?") ? java.net.URLDecoder.decode(url.substring(url.indexOf('?') + 1), java.nio.charset.StandardCharsets.UTF_8) : "";
    }

    /** Sort and filter live in the address: shareable, kept on reload, and each step undone by Back. */
    @Test
    void sortAndFilterLiveInTheAddress() {
        open("accounts/", 1280);
        List<String> byName = accountNames();
        WebElement followers = driver.findElement(By.xpath("//table[contains(@class,'accounts')]//th[6]/button"));
        followers.click();
        assertThat(query()).isEqualTo("sort=latest-followers");
        followers.click();
        assertThat(query()).isEqualTo("sort=latest-followers&order=desc");
        List<String> byFollowers = accountNames();
        assertThat(byFollowers.subList(0, 2)).containsExactly("CGTN", "Xinhua");
        new Select(driver.findElement(By.xpath("//label[contains(., 'Platform')]/select"))).selectByVisibleText("WeChat");
        assertThat(query()).isEqualTo("sort=latest-followers&order=desc&platform=WeChat");
        List<String> weChat = accountNames();
        assertThat(weChat).hasSize(6);
        WebElement filter = driver.findElement(By.cssSelector(".table-filter input"));
        filter.sendKeys("embassy");
        assertThat(query()).isEqualTo("sort=latest-followers&order=desc&filter=embassy&platform=WeChat");
        assertThat(accountNames()).containsExactly("Embassy of Denmark in China (WeChat)");

        driver.navigate().refresh();
        waitForTables();
        assertThat(accountNames()).containsExactly("Embassy of Denmark in China (WeChat)");
        assertThat(driver.findElement(By.cssSelector(".table-filter input")).getAttribute("value")).isEqualTo("embassy");
        assertThat(new Select(driver.findElement(By.xpath("//label[contains(., 'Platform')]/select"))).getFirstSelectedOption().getText())
                .isEqualTo("WeChat");
        assertThat(driver.findElement(By.xpath("//table[contains(@class,'accounts')]//th[6]")).getAttribute("aria-sort"))
                .isEqualTo("descending");
        assertThat(driver.findElement(By.cssSelector(".filter-status")).getText()).isEqualTo("1 of 28 rows shown");

        // Back undoes one step at a time: the typed word (one entry, however many keystrokes), the menu, the order.
        driver.navigate().back();
        assertThat(query()).isEqualTo("sort=latest-followers&order=desc&platform=WeChat");
        assertThat(accountNames()).isEqualTo(weChat);
        assertThat(driver.findElement(By.cssSelector(".table-filter input")).getAttribute("value")).isEmpty();
        driver.navigate().back();
        assertThat(accountNames()).isEqualTo(byFollowers);
        driver.navigate().back();
        assertThat(driver.findElement(By.xpath("//table[contains(@class,'accounts')]//th[6]")).getAttribute("aria-sort"))
                .isEqualTo("ascending");
        driver.navigate().back();
        assertThat(query()).isEmpty();
        assertThat(accountNames()).isEqualTo(byName);
        assertThat(driver.findElements(By.cssSelector("th[aria-sort]"))).isEmpty();

        // A shared link opens in the state it names.
        driver.get(base + "accounts/?sort=created&filter=police&country=United%20States");
        waitForTables();
        assertThat(accountNames()).containsExactly("Stephen Sham, Mayor of Alhambra", "Alhambra Police Department");
        assertThat(driver.findElement(By.xpath("//table[contains(@class,'accounts')]//th[5]")).getAttribute("aria-sort"))
                .isEqualTo("ascending");
    }

    private static void waitForTables() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("th button.sort")).isEmpty());
    }

    @Test
    void tablePagesHaveNoAxeViolationsOnAPhoneOrADesktop() {
        List<String> violations = new ArrayList<>();
        for (int width : new int[] {360, 800, 1280}) {
            for (String page : TABLE_PAGES) {
                open(page, width);
                for (Rule violation : new AxeBuilder().analyze(driver).getViolations()) {
                    violations.add(width + " px " + page + " → " + violation.getId() + ": " + violation.getNodes().stream()
                            .map(node -> String.valueOf(node.getTarget())).toList());
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
