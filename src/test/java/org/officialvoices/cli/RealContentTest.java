package org.officialvoices.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

    /** Each row: account, measure, value as shown, date as shown, short citation. */
    @ParameterizedTest(name = "{0}: {2} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            alhambra-police-weibo  | Posts           | about 800 inferred       | 2014          | Chi Zhang, 2014
            alhambra-police-weibo  | Posts per day   | about 2 inferred         | 2014          | Chi Zhang, 2014
            alhambra-police-weibo  | Change          | 64% inferred             | November 2013 | Chi Zhang, 2014
            denmark-embassy-weibo  | Followers       | more than 350,000 inferred | 2013        | TechNode, 2013
            denmark-embassy-weibo  | Channels        | 4 inferred               | 2013          | TechNode, 2013
            mfa-spokesperson-weibo | Followers       | about 530,000 inferred   | 21 May 2019   | South China Morning Post, 26 May 2019
            mfa-spokesperson-weibo | Clicks          | 7,900,000 inferred       | 21 May 2019   | South China Morning Post, 26 May 2019
            cgtn-twitter           | Followers       | 14,000,000 inferred      | 2020          | The Diplomat, 2020
            xinhua-twitter         | Followers       | 12,600,000 inferred      | 2020          | The Diplomat, 2020
            peoples-daily-twitter  | Followers       | 7,100,000 inferred       | 2020          | The Diplomat, 2020
            china-daily-twitter    | Followers       | 4,300,000 inferred       | 2020          | The Diplomat, 2020
            zhao-lijian-twitter    | Followers       | 588,500 inferred         | 2020          | The Diplomat, 2020
            hua-chunying-twitter   | Followers       | 380,000 inferred         | 2020          | The Diplomat, 2020
            chen-bo-twitter        | Followers       | more than 9,000 inferred | April 2020    | The Diplomat, 2020
            """)
    void seedFigureAppearsOnItsAccountPageWithItsSource(String account, String measure, String value, String date,
            String citation) {
        Document page = TestSites.page(site, "accounts/" + account + "/");
        assertThat(page.select("table.observations tbody tr"))
                .extracting(row -> row.select("th").text() + " | " + row.select("td").get(0).text() + " | "
                        + row.select("td").get(1).text() + " | " + row.select("td").get(2).text())
                .contains(measure + " | " + value + " | " + date + " | " + citation);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            weibo-users-2014                        | 600,000,000 inferred
            cn-government-accounts-2018             | 178,700 inferred
            cn-internet-users-2013                  | more than 600,000,000 inferred
            cn-internet-users-2019                  | more than 854,000,000
            cn-internet-users-2009                  | 384,000,000 inferred
            mckinsey-2012-respondents               | 5,700
            mckinsey-2012-registered-cn             | 95%
            mckinsey-2012-active-cn                 | 91%
            mckinsey-2012-active-us                 | 67%
            mckinsey-2012-active-kr                 | 70%
            diplomat-accounts-created-before-2019   | 30 inferred
            diplomat-accounts-created-2019          | 57
            diplomat-accounts-created-2020-jan-apr  | 20
            diplomat-accounts-institutional-share   | nearly 60% inferred
            diplomat-accounts-over-10000-followers  | more than 25% inferred
            huang-wang-2019-accounts                | 14
            """)
    void aggregateFigureAppearsOnItsDatasetPage(String figure, String value) {
        Element row = findFigure(figure);
        assertThat(row).as("figure " + figure).isNotNull();
        assertThat(row.select("td").get(0).text()).isEqualTo(value);
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
        assertThat(TestSites.page(site, "sources/").select(".sources > li")).hasSize(4);
        assertThat(TestSites.page(site, "methodology/").select("h2").eachText()).contains("Known gaps");
    }

    @Test
    void datasetChartsDrawTheFiguresAndRepeatThemInATable() {
        Document page = TestSites.page(site, "datasets/china-diplomats-twitter/");
        assertThat(page.select("figure.chart figcaption").eachText()).containsExactly(
                "When Chinese diplomatic accounts joined Twitter",
                "Followers compared: the latest count recorded for each account");
        Element joined = page.select("figure.chart").get(0);
        assertThat(joined.select("svg[role=img] rect.bar")).hasSize(3);
        assertThat(joined.select("table tbody tr")).extracting(Element::text).containsExactly(
                "Diplomatic accounts created before 2019 30 2020 The Diplomat, 2020",
                "Diplomatic accounts created in 2019 57 2019 The Diplomat, 2020",
                "Diplomatic accounts created January to April 2020 20 April 2020 The Diplomat, 2020");
        Element followers = page.select("figure.chart").get(1);
        assertThat(followers.select("text.bar-label").eachText()).containsExactly(
                "CGTN", "Xinhua", "People's Daily", "China Daily", "Zhao Lijian", "Hua Chunying", "Chen Bo");
        assertThat(followers.select("text.bar-value").eachText()).endsWith("more than 9,000");
        assertThat(followers.select("text.axis-label").text()).isEqualTo("Followers");
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
}
