package org.officialvoices.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.officialvoices.testing.Chromium;
import org.officialvoices.testing.TestSites;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The charts as a reader sees them in Chromium, at a phone's 360 px and a desktop's 1280 px: text big enough to
 * read, a log axis where the figures span orders of magnitude, hedged figures drawn as such, unequal periods
 * labelled, trend charts on account pages, and the compare page with its selection in the address.
 */
class ChartsBrowserIT {

    static final String DIPLOMATS = "datasets/china-diplomats-twitter/";
    /** Six follower counts and two post counts: two trend charts. */
    static final String ZHAO = "accounts/zhao-lijian-twitter/";
    static final String COMPARE = "compare/";

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

    private static void width(int px) {
        driver.manage().window().setSize(new Dimension(px, 900));
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    /** The compare page is ready once its script has shown the picker. */
    private static void openCompare(String query) {
        driver.get(base + COMPARE + query);
        waiting().until(d -> d.findElement(By.id("compare-app")).isDisplayed());
    }

    /**
     * The smallest text in the page's charts as drawn: for SVG text its font size times the scale its SVG is drawn
     * at, and the height of its box; for HTML labels their font size.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> smallestChartText() {
        return (Map<String, Object>) driver.executeScript("""
                var svgText = Array.from(document.querySelectorAll('figure.chart svg text'));
                var html = Array.from(document.querySelectorAll('figure.chart .bar-label, figure.chart .bar-value, '
                    + 'figure.chart .bar-period, figure.chart .axis-label, figure.chart .chart-legend li, figure.chart .chart-scale'));
                var drawn = svgText.map(function (t) {
                  var m = t.getScreenCTM();
                  return parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
                });
                var boxes = svgText.map(function (t) { return t.getBoundingClientRect().height; });
                var htmlSizes = html.map(function (e) { return parseFloat(getComputedStyle(e).fontSize); });
                return {svgCount: svgText.length, htmlCount: html.length, viewport: window.innerWidth,
                  drawn: Math.min.apply(null, drawn), box: Math.min.apply(null, boxes), html: Math.min.apply(null, htmlSizes)};
                """);
    }

    private static double number(Object o) {
        return ((Number) o).doubleValue();
    }

    private static void shoot(String name) throws IOException {
        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(shots.resolve("charts-" + name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void chartTextIsAtLeastTwelvePixelsHighAtAPhonesWidthAndADesktops(int px) throws IOException {
        width(px);
        for (String page : List.of(DIPLOMATS, ZHAO, COMPARE + "?a=cgtn-twitter,chen-bo-twitter")) {
            if (page.startsWith(COMPARE)) {
                openCompare(page.substring(COMPARE.length()));
            } else {
                driver.get(base + page);
            }
            Map<String, Object> text = smallestChartText();
            if (px == 360) {
                assertThat(number(text.get("viewport"))).as("viewport width").isLessThanOrEqualTo(360);
            }
            assertThat(number(text.get("svgCount"))).as("SVG text on " + page).isGreaterThan(3);
            assertThat(number(text.get("drawn"))).as("SVG font size as drawn on " + page + " at " + px).isGreaterThanOrEqualTo(12);
            assertThat(number(text.get("box"))).as("SVG text box height on " + page + " at " + px).isGreaterThanOrEqualTo(12);
            assertThat(number(text.get("html"))).as("HTML chart labels on " + page + " at " + px).isGreaterThanOrEqualTo(12);
            long overflow = (Long) driver.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("sideways scrolling on " + page + " at " + px).isLessThanOrEqualTo(0);
            shoot(page.replaceAll("[^a-z0-9]+", "_") + "-" + px);
        }
    }

    private static WebElement followersChart() {
        return driver.findElements(By.cssSelector("figure.chart")).stream()
                .filter(f -> f.findElement(By.tagName("figcaption")).getText().startsWith("Followers compared")).findFirst().orElseThrow();
    }

    private static WebElement barRow(WebElement chart, String label) {
        return chart.findElements(By.cssSelector(".bar-row")).stream()
                .filter(r -> r.findElement(By.cssSelector(".bar-label")).getText().equals(label)).findFirst().orElseThrow();
    }

    private static double drawnWidth(WebElement element) {
        return number(driver.executeScript("return arguments[0].getBoundingClientRect().width;", element));
    }

    @Test
    void stateMediaAndDiplomatsAreDrawnOnALabelledLogScaleWhereChenBoIsVisible() {
        width(360);
        driver.get(base + DIPLOMATS);
        WebElement chart = followersChart();
        assertThat(chart.findElement(By.cssSelector(".chart-scale")).getText())
                .startsWith("Logarithmic scale: each gridline is 10× the one before");
        assertThat(chart.findElements(By.cssSelector("text.tick")).stream().map(WebElement::getText).toList())
                .containsExactly("1k", "10k", "100k", "1M", "10M", "100M");
        double chenBo = drawnWidth(barRow(chart, "Chen Bo").findElement(By.cssSelector("rect.bar")));
        double cgtn = drawnWidth(barRow(chart, "CGTN").findElement(By.cssSelector("rect.bar")));
        assertThat(chenBo).as("Chen Bo's bar at 360 px").isGreaterThanOrEqualTo(10);
        assertThat(cgtn).isGreaterThan(chenBo);
        // and the joining chart, whose counts are within 100×, keeps a linear axis from zero
        WebElement joined = driver.findElements(By.cssSelector("figure.chart")).get(0);
        assertThat(joined.findElements(By.cssSelector(".chart-scale"))).isEmpty();
        assertThat(joined.findElement(By.cssSelector("text.tick")).getText()).isEqualTo("0");
    }

    @Test
    void aMoreThanFigureIsDrawnOpenEndedAndTheLegendSaysWhatThatMeans() {
        width(360);
        driver.get(base + DIPLOMATS);
        WebElement chart = followersChart();
        WebElement chenBo = barRow(chart, "Chen Bo");
        WebElement cgtn = barRow(chart, "CGTN");
        assertThat(chenBo.findElement(By.cssSelector(".bar-value")).getText()).isEqualTo("more than 9,000");
        WebElement open = chenBo.findElement(By.cssSelector("rect.bar"));
        WebElement stated = cgtn.findElement(By.cssSelector("rect.bar"));
        assertThat(open.getCssValue("fill")).isNotEqualTo(stated.getCssValue("fill"));
        assertThat(open.getCssValue("stroke-dasharray")).isNotEqualTo("none");
        WebElement arrow = chenBo.findElement(By.cssSelector("polygon.arrow"));
        assertThat(arrow.getRect().getWidth()).isGreaterThanOrEqualTo(8);
        // the arrowhead starts where the bar ends, pointing on
        assertThat(arrow.getRect().getX()).isGreaterThanOrEqualTo(open.getRect().getX() + open.getRect().getWidth() - 1);
        assertThat(cgtn.findElements(By.cssSelector("polygon.arrow"))).isEmpty();
        assertThat(chart.findElements(By.cssSelector(".chart-legend li")).stream().map(WebElement::getText).toList())
                .anyMatch(t -> t.contains("“more than”, the true figure is higher than the bar shows"))
                .anyMatch(t -> t.startsWith("hollow, dashed: figure hedged by its source"));
    }

    @Test
    void periodsOfUnequalLengthAreLabelledOnTheChart() {
        width(360);
        driver.get(base + DIPLOMATS);
        WebElement joined = driver.findElements(By.cssSelector("figure.chart")).get(0);
        assertThat(joined.findElement(By.tagName("figcaption")).getText()).isEqualTo("When Chinese diplomatic accounts joined Twitter");
        assertThat(joined.findElements(By.cssSelector(".chart-plot .bar-period")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).toList())
                .containsExactly("before 2019 (start not given)", "2019 (full year)", "Jan–Apr 2020 (4 months)");
        assertThat(joined.findElement(By.cssSelector(".chart-periods")).getText())
                .isEqualTo("The bars count periods of different lengths, given under each label: compare them with care.");
    }

    @Test
    void anAccountWithTwoOrMoreValuesOfAMeasureHasATrendChartForEachSuchMeasure() {
        width(360);
        driver.get(base + ZHAO);
        List<WebElement> charts = driver.findElements(By.cssSelector("figure.line-chart"));
        assertThat(charts).extracting(c -> c.findElement(By.tagName("figcaption")).getText())
                .containsExactly("Followers of Zhao Lijian over time", "Posts of Zhao Lijian over time");
        WebElement followers = charts.get(0);
        assertThat(followers.isDisplayed()).isTrue();
        assertThat(followers.findElements(By.cssSelector("svg.chart-plot circle.point"))).hasSize(6);
        assertThat(followers.findElements(By.cssSelector("svg.chart-plot line.trend"))).hasSize(5);
        assertThat(followers.findElements(By.cssSelector("svg.chart-plot polygon.arrow"))).hasSize(2); // the two "more than 200,000"
        // its figures are in the table just below it
        assertThat(driver.findElements(By.cssSelector("figure.line-chart + figure.line-chart ~ .table-scroll table.observations"))).hasSize(1);
        // one count only: no trend chart
        driver.get(base + "accounts/cgtn-twitter/");
        assertThat(driver.findElements(By.cssSelector("figure.line-chart"))).isEmpty();
    }

    private static List<String> chartLabels() {
        return driver.findElements(By.cssSelector("#compare-chart .bar-label")).stream().map(WebElement::getText).toList();
    }

    private static List<String> tableAccounts() {
        return driver.findElements(By.cssSelector("#compare-table tbody tr")).stream().filter(WebElement::isDisplayed)
                .map(r -> r.getAttribute("data-id")).toList();
    }

    private static void pick(String search, String label) {
        WebElement filter = driver.findElement(By.id("compare-filter"));
        filter.clear();
        filter.sendKeys(search);
        List<WebElement> shown = driver.findElements(By.cssSelector("#compare-options li")).stream().filter(WebElement::isDisplayed).toList();
        assertThat(shown).as("options matching " + search).hasSize(1);
        WebElement option = shown.get(0);
        assertThat(option.getText()).startsWith(label);
        option.findElement(By.tagName("input")).click();
    }

    @Test
    void readersPickAccountsToCompareAndTheAddressKeepsTheirChoice() throws IOException {
        width(360);
        openCompare("");
        List<String> everyone = tableAccounts();
        assertThat(everyone).hasSize(13).startsWith("cgtn-twitter").endsWith("chen-bo-twitter");
        assertThat(driver.findElements(By.cssSelector("#compare-chart figure"))).isEmpty();

        pick("chen", "Chen Bo");
        waiting().until(d -> d.getCurrentUrl().endsWith("/compare/?a=chen-bo-twitter"));
        pick("CGTN", "CGTN");
        waiting().until(d -> d.getCurrentUrl().endsWith("/compare/?a=cgtn-twitter,chen-bo-twitter"));
        assertThat(chartLabels()).containsExactly("CGTN", "Chen Bo");
        assertThat(tableAccounts()).containsExactly("cgtn-twitter", "chen-bo-twitter");
        assertThat(driver.findElement(By.cssSelector("#compare-chart .chart-scale")).getText()).startsWith("Logarithmic scale");
        assertThat(driver.findElements(By.cssSelector("#compare-chart .bar-track polygon.arrow"))).hasSize(1);
        assertThat(driver.findElement(By.cssSelector("#compare-chart .chart-legend")).getText()).contains("“more than”");
        assertThat(drawnWidth(driver.findElements(By.cssSelector("#compare-chart .bar-track rect.bar")).get(1))).isGreaterThanOrEqualTo(10);
        shoot("compare-picked-360");

        driver.navigate().refresh();
        waiting().until(d -> d.findElement(By.id("compare-app")).isDisplayed());
        assertThat(chartLabels()).containsExactly("CGTN", "Chen Bo");
        assertThat(tableAccounts()).containsExactly("cgtn-twitter", "chen-bo-twitter");
        assertThat(driver.findElements(By.cssSelector("#compare-options input:checked")).stream()
                .map(b -> b.getAttribute("value")).toList()).containsExactly("cgtn-twitter", "chen-bo-twitter");

        driver.navigate().back();
        waiting().until(d -> d.getCurrentUrl().endsWith("/compare/?a=chen-bo-twitter"));
        waiting().until(d -> chartLabels().equals(List.of("Chen Bo")));
        assertThat(tableAccounts()).containsExactly("chen-bo-twitter");

        driver.navigate().back();
        waiting().until(d -> d.getCurrentUrl().endsWith("/compare/"));
        waiting().until(d -> chartLabels().isEmpty());
        assertThat(tableAccounts()).isEqualTo(everyone);
    }

    @Test
    void withoutScriptTheComparePageIsAPlainCompleteTable() {
        driver.get(base + COMPARE + "?a=cgtn-twitter");
        waiting().until(d -> d.findElement(By.id("compare-app")).isDisplayed());
        // the markup as served, before the script: every row, and the picker hidden
        String served = (String) driver.executeScript("""
                var x = new XMLHttpRequest(); x.open('GET', location.href, false); x.send(); return x.responseText;""");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(served);
        assertThat(page.select("#compare-app").hasAttr("hidden")).isTrue();
        assertThat(page.select("#compare-table tbody tr")).hasSize(13)
                .allSatisfy(row -> assertThat(row.select("time, a.cite")).hasSize(2));
    }

    @Test
    void chartPagesHaveNoAxeViolations() {
        List<String> violations = new ArrayList<>();
        for (int px : new int[] {1280, 360}) {
            width(px);
            for (String page : List.of(DIPLOMATS, ZHAO, COMPARE + "?a=cgtn-twitter,chen-bo-twitter,cui-tiankai-twitter")) {
                if (page.startsWith(COMPARE)) {
                    openCompare(page.substring(COMPARE.length()));
                } else {
                    driver.get(base + page);
                }
                for (Rule violation : new AxeBuilder().analyze(driver).getViolations()) {
                    violations.add(page + " at " + px + " → " + violation.getId() + ": " + violation.getNodes().stream()
                            .map(node -> String.valueOf(node.getTarget())).collect(java.util.stream.Collectors.joining(", ")));
                }
            }
        }
        assertThat(violations).isEmpty();
        // the check can fail: a chart image without a name is a violation
        driver.executeScript("document.querySelector('#compare-chart [role=img]').removeAttribute('aria-label');");
        assertThat(new AxeBuilder().analyze(driver).getViolations()).extracting(Rule::getId).contains("role-img-alt");
    }
}
