package org.officialvoices.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.testing.Chromium;
import org.officialvoices.testing.TestSites;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Searches a reader made on the real report, in Chromium at phone and desktop widths: results ranked by
 * relevance, with platform, kind and a snippet whose matched words are marked; plurals, typos, people,
 * publishers' abbreviations and owner kinds found; no accessibility violations on a page of results.
 */
class SearchBrowserIT {

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

    /** A result as a reader sees it: the title's link, the line below it, the snippet. */
    record Result(String title, String href, String meta, String snippet, List<String> marked) {
    }

    private static List<Result> search(String query, int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        driver.get(base + "search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("search-status")).getText().contains("result"));
        return driver.findElements(By.cssSelector("#search-results > li")).stream().map(li -> new Result(
                li.findElement(By.tagName("a")).getText(),
                li.findElement(By.tagName("a")).getAttribute("href").replace(base, ""),
                li.findElement(By.className("result-meta")).getText(),
                li.findElements(By.className("result-snippet")).stream().map(WebElement::getText).findFirst().orElse(""),
                li.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList())).toList();
    }

    private static List<String> hrefs(List<Result> results, int n) {
        return results.stream().limit(n).map(Result::href).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void aTypoInANameStillFindsItFirst(int width) {
        List<Result> results = search("Xinhau", width);
        assertThat(results.get(0).href()).isEqualTo("accounts/xinhua-twitter/");
        assertThat(results.get(0).marked()).contains("Xinhua");
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void pluralsFindTheSingular(int width) {
        List<Result> results = search("embassies", width);
        assertThat(hrefs(results, 2)).containsExactlyInAnyOrder("accounts/denmark-embassy-weibo/", "accounts/denmark-embassy-wechat/");
        assertThat(results.get(0).marked()).contains("Embassy");
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void anOwnerKindFindsItsAccountsFirst(int width) {
        List<Result> results = search("diplomat", width);
        assertThat(hrefs(results, 3)).containsExactlyInAnyOrder("accounts/chen-bo-twitter/", "accounts/cui-tiankai-twitter/",
                "accounts/liu-xiaoming-twitter/");
        assertThat(results.get(0).meta()).contains("Twitter · Diplomat");
        assertThat(results.get(0).marked()).contains("Diplomat");
        assertThat(search("diplomats", width).subList(0, 3)).extracting(Result::href).containsExactlyElementsOf(hrefs(results, 3));
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void twoAccountsOfOneNameAreToldApartByPlatform(int width) {
        List<Result> results = search("people's daily", width);
        assertThat(hrefs(results, 2)).containsExactlyInAnyOrder("accounts/peoples-daily-twitter/", "accounts/peoples-daily-weibo/");
        assertThat(results.subList(0, 2)).extracting(Result::title).containsOnly("People's Daily");
        assertThat(results.subList(0, 2)).extracting(Result::meta).doesNotHaveDuplicates()
                .anySatisfy(meta -> assertThat(meta).startsWith("Account · Twitter · State media"))
                .anySatisfy(meta -> assertThat(meta).startsWith("Account · Sina Weibo · State media"));
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void aPublishersAbbreviationFindsItsSourcesByTheirAddress(int width) {
        List<Result> results = search("SCMP", width);
        assertThat(results).extracting(Result::href).containsExactlyInAnyOrder("sources/scmp-mfa-weibo-2019/",
                "sources/scmp-2013-12-23-alhambra/", "sources/scmp-2014-07-21-alhambra/", "sources/scmp-2012-12-11-xinhua-twitter/");
        assertThat(results).allSatisfy(r -> assertThat(r.meta()).startsWith("Source · South China Morning Post").endsWith("scmp.com"))
                .allSatisfy(r -> assertThat(r.marked()).containsExactly("scmp"));
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void aPersonNamedInTheTextIsFound(int width) {
        List<Result> results = search("Lu Kang", width);
        assertThat(results.get(0).href()).isEqualTo("sources/globaltimes-2019-07-18-lukang/");
        assertThat(hrefs(results, 3)).contains("accounts/mfa-spokesperson-weibo/", "case-studies/foreign-ministry-joins-weibo/");
        Result account = results.stream().filter(r -> r.href().equals("accounts/mfa-spokesperson-weibo/")).findFirst().orElseThrow();
        assertThat(account.snippet()).contains("Spokesman Lu Kang announces the account");
        assertThat(account.marked()).containsExactly("Lu", "Kang");
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void aDemonymFindsTheEmbassiesThatSourcesCallByIt(int width) {
        List<Result> results = search("Danish embassy", width);
        // the source titled "Danish Embassy in China opens ..." names both words, the accounts' names one
        assertThat(results.get(0).href()).isEqualTo("sources/peoplesdaily-huangjin-2013-12-06/");
        assertThat(hrefs(results, 3)).contains("accounts/denmark-embassy-weibo/", "accounts/denmark-embassy-wechat/");
        assertThat(results.subList(0, 3)).allSatisfy(r -> assertThat(r.marked()).contains("Embassy", "Danish"));
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void chineseStillFindsTheMinistryFirst(int width) {
        List<Result> results = search("外交部", width);
        assertThat(hrefs(results, 2)).containsExactlyInAnyOrder("accounts/mfa-spokesperson-weibo/", "accounts/mfa-wechat/");
        assertThat(results.get(0).marked()).contains("外", "交", "部");
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void aPageOfResultsHasNoAxeViolationsAndNoSidewaysScrolling(int width) {
        search("Danish embassy", width);
        List<String> violations = new AxeBuilder().analyze(driver).getViolations().stream().map(Rule::getId).toList();
        assertThat(violations).isEmpty();
        long overflow = (Long) driver.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0);
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void resultsComeByRelevanceNotAlphabetically(int width) {
        List<Result> results = search("embassy denmark", width);
        assertThat(hrefs(results, 2)).containsExactlyInAnyOrder("accounts/denmark-embassy-weibo/", "accounts/denmark-embassy-wechat/");
        // the case study about an embassy comes after the accounts named for both words, though A–Z puts it first
        assertThat(results).extracting(Result::title).contains("An embassy with a megaphone and a telephone");
        assertThat(results.get(0).title()).isNotEqualTo("An embassy with a megaphone and a telephone");
    }
}
