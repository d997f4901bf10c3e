package org.officialvoices.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.officialvoices.testing.LinkChecker;
import org.officialvoices.testing.TestSites;

/** Builds the real report from content/ and checks that the seed articles' figures reach the right pages. */
class RealContentTest {

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        site = TestSites.build(TestSites.realContent(), tmp.resolve("site"));
    }

    /**
     * Each row: account, measure, value as shown (with its badges), date as shown (with its badge), short citation.
     * The seed figures come first; the rows after them are figures other sources add.
     */
    @ParameterizedTest(name = "{0}: {2} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            alhambra-police-weibo  | Posts           | about 800                      | 2014 date inferred             | Chi Zhang, 2014
            alhambra-police-weibo  | Posts per day   | about 2                        | 2014 date inferred             | Chi Zhang, 2014
            alhambra-police-weibo  | Change          | 64%                            | February 2014 date inferred    | Chi Zhang, 2014
            denmark-embassy-weibo  | Followers       | more than 350,000 owner's claim | 5 December 2013 date inferred | TechNode, 5 December 2013
            denmark-embassy-weibo  | Channels        | 4 owner's claim                | 5 December 2013 date inferred  | TechNode, 5 December 2013
            mfa-spokesperson-weibo | Followers       | about 530,000                  | 21 May 2019 date inferred      | South China Morning Post, 21 May 2019
            mfa-spokesperson-weibo | Clicks          | 7,900,000                      | 21 May 2019 date inferred      | South China Morning Post, 21 May 2019
            cgtn-twitter           | Followers       | 14,000,000 owner's claim       | May 2020 date inferred         | The Diplomat, May 2020
            xinhua-twitter         | Followers       | 12,600,000                     | May 2020 date inferred         | The Diplomat, May 2020
            peoples-daily-twitter  | Followers       | 7,100,000                      | May 2020 date inferred         | The Diplomat, May 2020
            china-daily-twitter    | Followers       | 4,300,000                      | May 2020 date inferred         | The Diplomat, May 2020
            zhao-lijian-twitter    | Followers       | 588,500                        | May 2020 date inferred         | The Diplomat, May 2020
            hua-chunying-twitter   | Followers       | 380,000                        | May 2020 date inferred         | The Diplomat, May 2020
            chen-bo-twitter        | Followers       | more than 9,000                | April 2020 date inferred       | The Diplomat, May 2020
            alhambra-police-weibo  | Followers       | nearly 2,000                   | 11 December 2013 date inferred | USC Annenberg School for Communication and Journalism, December 2013
            alhambra-police-weibo  | Followers       | more than 40,000 owner's claim | 21 January 2015 date inferred  | CBS Los Angeles (CBSLA.com), 21 January 2015
            alhambra-police-weibo  | Followers       | 40,918                         | 10 September 2015 date inferred | San Gabriel Valley Tribune, 10 September 2015
            alhambra-police-weibo  | Change          | 60%                            | August 2015 date inferred      | Alhambra Source, August 2015
            denmark-embassy-weibo  | Followers       | 24,574                         | April 2011 date inferred       | Ministry of Tofu, 8 April 2011
            mfa-spokesperson-weibo | Followers       | more than 530,000              | 21 May 2019 date inferred      | Global Times, 21 May 2019
            mfa-public-affairs-weibo | Followers     | 37,925                         | 19 April 2011                  | China Daily, 19 April 2011
            zhao-lijian-twitter    | Followers       | 187,800                        | 9 July 2019 date inferred      | Global Times, 9 July 2019
            """)
    void figureAppearsOnItsAccountPageWithItsSource(String account, String measure, String value, String date,
            String citation) {
        Document page = TestSites.page(site, "accounts/" + account + "/");
        assertThat(page.select("table.observations tbody tr"))
                .extracting(row -> row.select("th").text() + " | " + shown(row.select("td").get(0)) + " | "
                        + shown(row.select("td").get(1)) + " | " + row.select("td").get(2).select("a.cite").text())
                .contains(measure + " | " + value + " | " + date + " | " + citation);
    }

    /** What a reader sees in a cell before opening any badge: its text without the badges' reasons. */
    static String shown(Element cell) {
        Element copy = cell.clone();
        copy.select(".reason").remove();
        return copy.text();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            weibo-users-2014                        | 600,000,000           | 2014 date inferred
            cn-government-accounts-2018             | 178,700               | December 2018 date inferred
            cn-internet-users-2013                  | more than 600,000,000 | 5 December 2013 date inferred
            cn-internet-users-2019                  | more than 854,000,000 | 2019
            cn-internet-users-2009                  | 384,000,000           | 2009 date inferred
            mckinsey-2012-respondents               | 5,700                 | April 2012
            mckinsey-2012-registered-cn             | 95%                   | April 2012
            mckinsey-2012-active-cn                 | 91%                   | April 2012
            mckinsey-2012-active-us                 | 67%                   | April 2012
            mckinsey-2012-active-kr                 | 70%                   | April 2012
            diplomat-accounts-created-before-2019   | 30                    | May 2020 date inferred
            diplomat-accounts-created-2019          | 57                    | 2019
            diplomat-accounts-created-2020-jan-apr  | 20                    | April 2020
            diplomat-accounts-institutional-share   | nearly 60%            | May 2020 date inferred
            diplomat-accounts-over-1000-tweets      | about 33% value inferred | May 2020 date inferred
            diplomat-accounts-over-10000-followers  | more than 25%         | May 2020 date inferred
            huang-wang-2019-accounts                | 14                    | 2019
            """)
    void aggregateFigureAppearsOnItsDatasetPage(String figure, String value, String date) {
        Element row = findFigure(figure);
        assertThat(row).as("figure " + figure).isNotNull();
        assertThat(shown(row.select("td").get(0))).isEqualTo(value);
        assertThat(shown(row.select("td").get(1))).isEqualTo(date);
        assertThat(row.select("a.cite")).hasSize(1);
    }

    private static Element findFigure(String id) {
        for (String dataset : site.resolve("datasets").toFile().list()) {
            if (site.resolve("datasets/" + dataset + "/index.html").toFile().exists()) {
                Element row = TestSites.page(site, "datasets/" + dataset + "/").getElementById("figure-" + id);
                if (row != null) {
                    return row;
                }
            }
        }
        return null;
    }

    @Test
    void everyInternalLinkResolves() {
        assertThat(LinkChecker.brokenLinks(site)).isEmpty();
    }

    @Test
    void everyAccountAndCaseStudyHasItsPage() {
        assertThat(TestSites.page(site, "accounts/").select("table.accounts tbody tr")).hasSize(28);
        assertThat(TestSites.page(site, "case-studies/").select(".cards li")).hasSize(4);
        assertThat(TestSites.page(site, "sources/").select(".sources > li")).hasSize(70);
        assertThat(TestSites.page(site, "methodology/").select("h2").eachText()).contains("Known gaps");
    }

    @Test
    void datasetChartsDrawTheFiguresAndRepeatThemInATable() {
        Document page = TestSites.page(site, "datasets/china-diplomats-twitter/");
        assertThat(page.select("figure.chart figcaption").eachText()).containsExactly(
                "When Chinese diplomatic accounts joined Twitter",
                "Followers compared: the latest count recorded for each account");
        Element joined = page.select("figure.chart").get(0);
        assertThat(joined.select("[role=img] rect.bar")).hasSize(3);
        // the three periods differ in length, so each bar says which it counts, and a note says to compare with care
        assertThat(joined.select(".bar-label .bar-period").eachText()).containsExactly("before 2019 (start not given)",
                "2019 (full year)", "Jan–Apr 2020 (4 months)");
        assertThat(joined.select(".chart-periods").text()).startsWith("The bars count periods of different lengths");
        assertThat(joined.select("table tbody tr")).extracting(Element::text).containsExactly(
                "Diplomatic accounts created before 2019 before 2019 (start not given) 30 May 2020 date inferred Missions and diplomats that joined before"
                        + " 2019, as counted when the article was written (May 2020, itself inferred). The Diplomat, May 2020"
                        + " magazine-dev.thediplomat.com",
                "Diplomatic accounts created in 2019 2019 (full year) 57 2019 The Diplomat, May 2020 magazine-dev.thediplomat.com",
                "Diplomatic accounts created January to April 2020 Jan–Apr 2020 (4 months) 20 April 2020 The Diplomat, May 2020 magazine-dev.thediplomat.com");
        Element followers = page.select("figure.chart").get(1);
        assertThat(followers.select(".bar-label").eachText()).containsExactly(
                "CGTN", "Xinhua", "People's Daily", "China Daily", "Zhao Lijian", "Hua Chunying", "Liu Xiaoming",
                "Cui Tiankai", "Chen Bo");
        assertThat(followers.select(".bar-value").eachText()).endsWith("more than 9,000");
        // hedged or inferred counts are drawn hollow and dashed, "more than" with an arrowhead, explained by a legend
        assertThat(followers.select(".bar-track rect.bar:not(.bar-hedged)")).hasSize(5);
        assertThat(followers.select(".bar-track rect.bar-hedged")).hasSize(4); // nearly, more than, about, more than
        assertThat(followers.select(".bar-track rect.bar-above")).hasSize(2);
        assertThat(followers.select(".bar-track polygon.arrow")).hasSize(2);
        assertThat(followers.select(".chart-legend li").eachText()).containsExactly("figure as stated",
                "hollow, dashed: figure hedged by its source (about, nearly, more than, less than) or with its value inferred; the table below says which",
                "arrowhead pointing on: “more than”, the true figure is higher than the bar shows");
        assertThat(joined.select("rect.bar-hedged, .chart-legend")).isEmpty();
        // state media have millions of followers, diplomats thousands: a log axis, said to be one
        assertThat(followers.select(".chart-scale").text()).startsWith("Logarithmic scale: each gridline is 10× the one before");
        assertThat(followers.select("text.tick").eachText()).containsExactly("1k", "10k", "100k", "1M", "10M", "100M");
        assertThat(joined.select(".chart-scale")).isEmpty();
        assertThat(followers.select(".axis-label").text()).isEqualTo("Followers (k: thousand, M: million, B: billion)");
    }

    @Test
    void chineseNamesAreMarkedAsChinese() {
        Document page = TestSites.page(site, "accounts/mfa-spokesperson-weibo/");
        assertThat(page.select("h1 span[lang=zh]").text()).isEqualTo("外交部发言人办公室");
    }

    @Test
    void sourcesWithoutPublisherOrDateSayWhatIsMissing() {
        Document page = TestSites.page(site, "sources/zhang-alhambra-weibo/");
        assertThat(page.select(".lede").text()).isEqualTo(
                "Chi Zhang. “How does the Chinese version of Twitter help community engagement in Alhambra?”. "
                        + "Publisher not named in our copy, 2014 (date inferred).");
    }

    @Test
    void everyCitationLinksToTheArticle() {
        Document page = TestSites.page(site, "accounts/mfa-spokesperson-weibo/");
        Element cell = page.select("table.observations tbody tr").get(0).select("td").get(2);
        assertThat(cell.select("a.cite").text()).isEqualTo("South China Morning Post, 21 May 2019");
        assertThat(cell.select("a.cite-url").attr("href")).isEqualTo("https://www.scmp.com/news/china/diplomacy/article/"
                + "3011200/chinas-foreign-ministry-finally-starts-using-weibo-promote-its");
        assertThat(cell.select("a.cite-url").text()).isEqualTo("scmp.com");
    }

    @Test
    void sourcePageNamesTheOriginalAndTheCopyWeRead() {
        Document page = TestSites.page(site, "sources/scmp-mfa-weibo-2019/");
        assertThat(page.select(".lede").text()).isEqualTo("Sarah Zheng. “China’s foreign ministry finally starts using "
                + "Weibo to promote its message to millennials”. South China Morning Post, 21 May 2019. Read in the copy "
                + "republished by Diplo Portal Belgrade (bidd.org.rs), 26 May 2019.");
        assertThat(page.select(".source-links li").eachText()).containsExactly(
                "Original: https://www.scmp.com/news/china/diplomacy/article/3011200/chinas-foreign-ministry-finally-"
                        + "starts-using-weibo-promote-its",
                "We read the copy republished by Diplo Portal Belgrade (bidd.org.rs) on 26 May 2019: "
                        + "https://www.bidd.org.rs/chinas-foreign-ministry-finally-starts-using-weibo-to-promote-its-"
                        + "message-to-millennials/");
    }

    @Test
    void accountPageShowsWhereSourcesDifferOnTheLaunchDate() {
        Document page = TestSites.page(site, "accounts/alhambra-police-weibo/");
        Element first = page.select("section.disagreements .disagreement").get(0);
        assertThat(first.select("p strong").text()).isEqualTo("Sources differ on the launch date:");
        assertThat(first.select("li").eachText()).startsWith(
                "September 2013 (Chi Zhang, 2014)",
                "9 December 2013, the day of the launch event (Pasadena Star-News, 9 December 2013 pasadenastarnews.com)");
        assertThat(first.select("li a.cite-url").first().attr("href"))
                .isEqualTo("https://www.pasadenastarnews.com/2013/12/09/alhambra-police-department-first-in-nation-to-use-"
                        + "weibo-the-chinese-twitter/");
        assertThat(first.select(".note").text()).startsWith("Only Chi Zhang’s article gives September");
        assertThat(page.select("dl.facts time").first().attr("datetime")).isEqualTo("2013-12-09");
    }

    @Test
    void aDateBadgeSitsBesideItsDateWithItsReasonReachableByKeyboard() {
        Document page = TestSites.page(site, "accounts/alhambra-police-weibo/");
        Element badge = page.select("table.observations td time + details.flag").first();
        assertThat(badge).isNotNull();
        assertThat(badge.parent().select("time").size()).isEqualTo(1);
        // a <summary> is focusable and opens its <details> on Enter or Space, with no script
        assertThat(badge.select("> summary").text()).isEqualTo("date inferred");
        assertThat(badge.select("> .reason").text()).isNotBlank();
        assertThat(page.select("td.num details.flag summary").eachText()).containsOnly("owner's claim");
    }

    @Test
    void aCreationDateNamesTheOtherSourcesThatReportIt() {
        Element created = TestSites.page(site, "accounts/alhambra-police-weibo/").select("dl.facts dt:containsOwn(Created) + dd").first();
        assertThat(created.text()).contains("9 December 2013").contains("also reported by");
        assertThat(created.select("a.cite").eachAttr("href")).containsExactly(
                "../../sources/pasadena-star-news-2013-12-09/", "../../sources/chinadaily-zhang-yuchen-2014-01-10/",
                "../../sources/scmp-2013-12-23-alhambra/", "../../sources/gmw-via-sinoca-2013-12-15/",
                "../../sources/sgvtribune-2015-01-20/", "../../sources/pasadena-star-news-2015-08-20/");
        assertThat(TestSites.page(site, "accounts/cctv-weibo/").select("dl.facts").text()).doesNotContain("also reported by");
    }

    @Test
    void aDatasetShowsWhereItsSourcesDiffer() {
        Document page = TestSites.page(site, "datasets/china-diplomats-twitter/");
        Elements differ = page.select("section.disagreements .disagreement");
        assertThat(differ).hasSize(2);
        assertThat(differ.get(0).select("strong").text())
                .isEqualTo("Sources differ on how many diplomatic accounts joined Twitter in 2019:");
        assertThat(differ.get(0).select("li a.cite").eachText()).containsExactly("The Diplomat, May 2020", "BBC News, December 2019");
        assertThat(differ.get(1).select("li")).hasSize(4);
    }

    @Test
    void correctionsAreListedNewestFirstAndNoticedOnTheCorrectedPages() {
        Document page = TestSites.page(site, "corrections/");
        Elements entries = page.select("ol.corrections > li");
        assertThat(entries).hasSize(7);
        Element launch = page.getElementById("correction-alhambra-police-launch-date");
        assertThat(launch.select("h2").text()).isEqualTo("29 November 2026: Alhambra Police Department");
        assertThat(launch.select("dt:containsOwn(Before) + dd").text()).isEqualTo("Opened in September 2013.");
        assertThat(launch.select("dt:containsOwn(Now) + dd").text()).isEqualTo("Opened on 9 December 2013.");
        assertThat(launch.text()).contains("Why: September came from a single article.");
        assertThat(launch.select("a.cite").eachAttr("href")).contains("../sources/pasadena-star-news-2013-12-09/");

        Elements notices = TestSites.page(site, "accounts/alhambra-police-weibo/").select("aside.correction-notice p");
        assertThat(notices).hasSize(2);
        assertThat(notices.select("a").eachAttr("href")).contains("../../corrections/#correction-alhambra-police-launch-date");
        assertThat(TestSites.page(site, "accounts/cctv-weibo/").select("aside.correction-notice")).isEmpty();
        assertThat(TestSites.page(site, "sources/scmp-mfa-weibo-2019/").select("aside.correction-notice").text())
                .contains("with the date and byline of a republication");
        assertThat(TestSites.page(site, "").select("footer a[href='corrections/']")).hasSize(1);
    }

    @Test
    void theFeedCarriesEachCorrection() throws Exception {
        org.jsoup.nodes.Document feed = org.jsoup.Jsoup.parse(java.nio.file.Files.readString(site.resolve("feed.xml")), "",
                org.jsoup.parser.Parser.xmlParser());
        Elements corrections = feed.select("entry:has(title:containsOwn(Correction:))");
        assertThat(corrections).hasSize(7);
        assertThat(corrections.select("link").eachAttr("href"))
                .contains("https://official-voices.example.org/corrections/#correction-scmp-foreign-ministry-date");
        assertThat(corrections.select("updated").eachText()).containsOnly("2026-11-29T00:00:00Z");
    }

    @Test
    void homePageGivesEachKeyFigureItsDateOnceAndCountsInTheRightNumber() {
        Document home = TestSites.page(site, "");
        assertThat(home.select(".key-figures li .label").eachText())
                .anyMatch(label -> label.startsWith("Diplomatic accounts created in 2019"))
                .noneMatch(label -> label.contains("2019, 2019"));
        assertThat(home.select(".counts").text()).isEqualTo(
                "The report tracks 28 accounts in 4 datasets, drawn from 70 sources.");
        assertThat(TestSites.page(site, "sources/").text()).doesNotContain("1 figures");
    }

    @Test
    void trendChartsMarkHedgedAndInferredPointsHollowWithALegend() {
        Document page = TestSites.page(site, "accounts/alhambra-police-weibo/");
        Element chart = page.select("figure.chart").stream()
                .filter(f -> f.select("figcaption").text().startsWith("Followers")).findFirst().orElseThrow();
        assertThat(chart.select("svg[role=img] circle.point")).hasSize(11);
        assertThat(chart.select("svg[role=img] circle.point-hedged")).hasSize(11);
        assertThat(chart.select("svg[role=img] circle.point-above")).hasSize(7);
        assertThat(chart.select("svg[role=img] polygon.arrow")).hasSize(7);
        assertThat(chart.select(".chart-legend li").eachText()).hasSize(2)
                .allMatch(t -> t.startsWith("hollow: figure hedged") || t.startsWith("arrowhead pointing on: “more than”"));
        Element ministry = TestSites.page(site, "accounts/mfa-public-affairs-weibo/").select("figure.chart").first();
        assertThat(ministry.select("svg[role=img] circle.point:not(.point-hedged)")).hasSize(2);
        assertThat(ministry.select("svg[role=img] circle.point-hedged")).hasSize(1);
    }

    /**
     * The tables' script sorts a column by its cells' data-sort keys: a figure by its number whatever its qualifier
     * ("about 530,000" → 530000), a date by its ISO form. Every such cell on every page must carry its key, or its
     * column would sort as text ("about 800" after "588,500").
     */
    @Test
    void everyFigureAndDateInADataTableCarriesTheKeyItSortsBy() throws java.io.IOException {
        java.util.List<String> missing = new java.util.ArrayList<>();
        int cells;
        try (var files = java.nio.file.Files.walk(site)) {
            cells = files.filter(f -> f.toString().endsWith(".html")).mapToInt(file -> {
                int checked = 0;
                String page = site.relativize(file).toString();
                for (Element cell : TestSites.page(site, page.replace("index.html", "")).select("table.data tbody td")) {
                    Element time = cell.selectFirst("time");
                    if (cell.hasClass("num")) {
                        checked++;
                        if (!cell.attr("data-sort").matches("-?\\d+(\\.\\d+)?") && cell.select(".none").isEmpty()) {
                            missing.add(page + ": " + cell.text());
                        }
                    } else if (time != null && cell.select("time").size() == 1) {
                        checked++;
                        if (!cell.attr("data-sort").equals(time.attr("datetime"))) {
                            missing.add(page + ": " + cell.text());
                        }
                    }
                }
                return checked;
            }).sum();
        }
        assertThat(missing).isEmpty();
        assertThat(cells).isGreaterThan(200);
    }
}
