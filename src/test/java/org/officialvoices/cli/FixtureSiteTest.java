package org.officialvoices.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.testing.TestSites;

/** Builds the {@code minimal} fixture through the CLI and reads the pages as a reader would. */
class FixtureSiteTest {

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        site = TestSites.build(TestSites.fixture("minimal"), tmp.resolve("site"));
    }

    @Test
    void accountPageListsEveryObservationWithDateAndSource() {
        Document page = TestSites.page(site, "accounts/town-police-weibo/");
        assertThat(page.select("h1").text()).isEqualTo("Town Police 镇警察局");
        assertThat(page.select("h1 [lang=zh]").text()).isEqualTo("镇警察局");
        assertThat(page.select("table.observations tbody tr")).extracting(Element::text).containsExactly(
                "Followers 1,200 October 2013 Daily Paper, 1 October 2013 example.org",
                "Followers more than 5,000 2014 date inferred Year inferred. Undated piece, 2014 example.net Year inferred.",
                "Posts about 800 2014 Undated piece, 2014 example.net");
        assertThat(page.select("table.observations a.cite-url").eachAttr("href")).containsExactly(
                "https://example.org/a", "https://example.net/copy/b", "https://example.net/copy/b");
        assertThat(page.select("table.observations a.cite").eachAttr("href"))
                .containsExactly("../../sources/paper-a/", "../../sources/paper-b/", "../../sources/paper-b/");
    }

    @Test
    void aSiteWithoutACorrectionsLogSaysNothingWasCorrected() {
        Document page = TestSites.page(site, "corrections/");
        assertThat(page.select("h1").text()).isEqualTo("Corrections");
        assertThat(page.select("main").text()).contains("Nothing has been corrected so far.");
        assertThat(page.select("ol.corrections")).isEmpty();
        assertThat(TestSites.page(site, "accounts/town-police-weibo/").select("aside.correction-notice")).isEmpty();
    }

    @Test
    void accountPageShowsCreationTimelineMentionsAndRelatedAccounts() {
        Document page = TestSites.page(site, "accounts/town-police-weibo/");
        assertThat(page.select(".facts").text()).contains("Created September 2013 (source: Daily Paper, 1 October 2013 example.org)");
        assertThat(page.select(".timeline li").text()).isEqualTo("September 2013: Opens its account. (Daily Paper, 1 October 2013 example.org)");
        assertThat(page.select("#mentions ~ ul a").eachText()).containsExactly("Town police on Weibo", "Town accounts");
        assertThat(page.select(".related a").eachText()).containsExactly("Town Police (WeChat)", "Town Mayor");
    }

    @Test
    void accountWithTwoOrMoreCountsOfOneMeasureGetsATrendChartCitingItsSources() {
        Document page = TestSites.page(site, "accounts/town-police-weibo/");
        assertThat(page.select("figure.chart figcaption").eachText()).containsExactly("Followers of Town Police over time");
        // across in percent of the width, down in pixels: no view box, so the text keeps its size on a phone
        assertThat(page.select("figure.chart line.trend")).extracting(l -> l.attr("x1") + "," + l.attr("y1") + " " + l.attr("x2") + "," + l.attr("y2"))
                .containsExactly("44.75%,163 55.00%,28");
        assertThat(page.select("figure.chart svg[role=img]").attr("viewBox")).isEmpty();
        assertThat(page.select("figure.chart .chart-source a.cite").eachText())
                .containsExactly("Daily Paper, 1 October 2013", "Undated piece, 2014");
        assertThat(page.select("figure.chart .chart-source").text()).isEqualTo("Sources: Daily Paper, 1 October 2013 example.org; Undated piece, 2014 example.net");
        // its figures are not repeated under it: the description sends readers to the table just below, which has them
        assertThat(page.select("figure.chart table")).isEmpty();
        assertThat(page.select("figure.chart desc").text()).contains("table below");
        assertThat(page.select("figure.chart + .table-scroll:has(table.observations)")).hasSize(1);
        assertThat(TestSites.page(site, "accounts/town-mayor-weibo/").select("figure.chart")).isEmpty();
    }

    @Test
    void accountsTableShowsLatestFollowerCountWithItsDateAndSource() {
        Document page = TestSites.page(site, "accounts/");
        assertThat(page.select("table.accounts tbody tr")).extracting(Element::text).containsExactly(
                "Town Mayor Sina Weibo Mayor United States not known no count",
                "Town Police 镇警察局 Sina Weibo Police department United States September 2013 more than 5,000 2014 date inferred Year inferred. , Undated piece, 2014 example.net",
                "Town Police (WeChat) WeChat Police department United States not known no count");
    }

    @Test
    void caseStudyRendersMarkdownWithInternalLinksResolved() {
        Document page = TestSites.page(site, "case-studies/town-police/");
        Element prose = page.selectFirst(".prose");
        assertThat(prose.select("h2").attr("id")).isEqualTo("beginnings");
        assertThat(prose.select("a").eachAttr("href")).containsExactly(
                "../../accounts/town-police-weibo/", "../../sources/paper-a/", "../../datasets/town/", "../../platforms/weibo/");
        assertThat(prose.select("table td").eachText()).containsExactly("Posts", "about 800");
    }

    @Test
    void datasetPageOffersCsvAndJsonDownloadsThatCarrySources() throws Exception {
        Document page = TestSites.page(site, "datasets/town/");
        assertThat(page.select(".downloads a").eachAttr("href"))
                .containsExactly("../../datasets/town/town.csv", "../../datasets/town/town.json");
        String csv = Files.readString(site.resolve("datasets/town/town.csv"));
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(
                "dataset,account_id,account_name,account_name_zh,platform,kind,country,figure_id,figure_label,metric,value,"
                        + "qualifier,date,date_precision,value_inferred,date_inferred,claimed_by_owner,source_id,source,source_url,"
                        + "read_copy_url,note,licence");
        assertThat(csv.lines().skip(1)).hasSize(4).contains(
                "town,town-police-weibo,Town Police,镇警察局,weibo,police,US,,,followers,1200,exact,2013-10,month,false,false,"
                        + "false,paper-a,\"A. Writer. “Police join Weibo”. Daily Paper, 1 October 2013.\",https://example.org/a,,,"
                        + "CC0 1.0 https://creativecommons.org/publicdomain/zero/1.0/");
        assertThat(csv.lines()).anyMatch(line -> line.contains(",followers,5000,more-than,2014,year,false,true,false,paper-b,")
                && line.contains(",,https://example.net/copy/b,Year inferred.,"));
        String json = Files.readString(site.resolve("datasets/town/town.json"));
        assertThat(json).contains("\"id\" : \"fixture-users\"", "\"citation\" : \"A. Writer. “Police join Weibo”. Daily Paper, 1 October 2013.\"");
    }

    @Test
    void homePageShowsKeyFiguresWithSources() {
        Document page = TestSites.page(site, "");
        assertThat(page.select(".key-figures li").text())
                .isEqualTo("600,000,000 Weibo users, 2014 date inferred The year of the piece, itself inferred. "
                        + "Source: Undated piece, 2014 example.net · Town accounts");
        assertThat(page.title()).isEqualTo("Fixture Report");
    }

    @Test
    void everyPageHasLanguageCanonicalUrlAndSecurityPolicy() {
        Document page = TestSites.page(site, "accounts/town-mayor-weibo/");
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/report/accounts/town-mayor-weibo/");
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("script-src 'self'");
        assertThat(page.select("a.skip-link").attr("href")).isEqualTo("#main");
    }

    @Test
    void everyPageOffersSharingTagsAndACitation() throws Exception {
        Document page = TestSites.page(site, "case-studies/town-police/");
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Town police on Weibo");
        assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo("https://example.org/report/case-studies/town-police/");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        assertThat(page.select(".cite-this p").text()).isEqualTo("Fixture Report. “Town police on Weibo”. "
                + "https://example.org/report/case-studies/town-police/. Last updated 1 March 2024. "
                + "Accessed [date you accessed it].");
        assertThat(page.select(".cite-this pre.citation").get(0).text()).isEqualTo("""
                @misc{fixturereport-case-studies-town-police,
                  author = {{Fixture Report}},
                  title = {Town police on Weibo},
                  year = {2024},
                  url = {https://example.org/report/case-studies/town-police/},
                  note = {Last updated 2024-03-01. Accessed [date you accessed it]}
                }""");
        assertThat(page.select(".cite-this pre.citation").get(1).text())
                .contains("\"type\" : \"webpage\"", "\"URL\" : \"https://example.org/report/case-studies/town-police/\"",
                        "\"date-parts\" : [ [ 2024, 3, 1 ] ]");
        assertThat(page.select("script:not([src]):not(#ui-text)")).isEmpty();
        assertThat(page.select(".licence a[rel=license]").eachText()).containsExactly("CC BY 4.0", "CC0 1.0");
        assertThat(TestSites.page(site, "search/").select(".cite-this")).isEmpty();
        assertThat(org.jsoup.Jsoup.parse(site.resolve("404.html").toFile(), "UTF-8").select(".cite-this")).isEmpty();
        assertThat(page.select("link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("../../feed.xml");
    }

    @Test
    void datasetPageDescribesItselfAsASchemaOrgDataset() throws Exception {
        Document page = TestSites.page(site, "datasets/town/");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(page.select("script[type=application/ld+json]").first().data());
        assertThat(json.get("@type").asText()).isEqualTo("Dataset");
        assertThat(json.get("url").asText()).isEqualTo("https://example.org/report/datasets/town/");
        assertThat(json.get("dateModified").asText()).isEqualTo("2014");
        assertThat(json.get("distribution").findValuesAsText("contentUrl")).containsExactly(
                "https://example.org/report/datasets/town/town.csv", "https://example.org/report/datasets/town/town.json");
        assertThat(json.get("citation")).hasSize(2);
    }

    @Test
    void sitemapRobotsAndFeedListThePagesWithAbsoluteUrls() throws Exception {
        Document sitemap = org.jsoup.Jsoup.parse(Files.readString(site.resolve("sitemap.xml")), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(sitemap.select("url > loc").eachText()).hasSize(2 * 23)
                .contains("https://example.org/report/", "https://example.org/report/accounts/town-police-weibo/",
                        "https://example.org/report/zh/", "https://example.org/report/zh/accounts/town-police-weibo/")
                .doesNotContain("https://example.org/report/404.html");
        assertThat(Files.readString(site.resolve("robots.txt")))
                .isEqualTo("User-agent: *\nAllow: /\nSitemap: https://example.org/report/sitemap.xml\n");
        Document feed = org.jsoup.Jsoup.parse(Files.readString(site.resolve("feed.xml")), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(feed.select("feed > updated").text()).isEqualTo("2024-03-01T00:00:00Z");
        assertThat(feed.select("entry")).extracting(e -> e.select("title").text() + " | " + e.select("updated").text())
                .containsExactly("Dataset: Town accounts | 2014-01-01T00:00:00Z",
                        "Case study: Town police on Weibo | 2013-09-01T00:00:00Z");
    }

    @Test
    void notFoundPageLinksFromTheBasePath() {
        Document page = TestSites.page(site, "404.html");
        assertThat(page.select("main a").eachAttr("href")).containsExactly("/report/accounts/", "/report/case-studies/", "/report/");
    }
}
