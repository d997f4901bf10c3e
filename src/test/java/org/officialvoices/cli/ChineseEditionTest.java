package org.officialvoices.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.testing.TestSites;

/**
 * The Chinese edition of the real report: every English page has its twin under {@code zh/}, each pair names and
 * links the other, the sitemap and feeds know both, and the real content is translated throughout.
 */
class ChineseEditionTest {

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        site = TestSites.build(TestSites.realContent(), tmp.resolve("site"));
    }

    static List<String> englishPages(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString())
                    .filter(p -> !p.startsWith("zh/")).sorted().toList();
        }
    }

    static String route(String file) {
        return file.equals("index.html") ? "" : file.endsWith("/index.html") ? file.substring(0, file.length() - 10) : file;
    }

    @Test
    void everyEnglishPageHasAChineseTwinAndEachLinksToTheOther() throws IOException {
        List<String> pages = englishPages(site);
        assertThat(pages).hasSizeGreaterThan(100);
        List<String> problems = new ArrayList<>();
        for (String file : pages) {
            String route = route(file);
            if (!Files.exists(site.resolve("zh/" + file))) {
                problems.add(file + ": no zh/" + file);
                continue;
            }
            Document en = TestSites.page(site, file);
            Document zh = TestSites.page(site, "zh/" + file);
            check(problems, file, en.select("html").attr("lang").equals("en"), "html lang");
            check(problems, file, zh.select("html").attr("lang").equals("zh-Hans"), "zh html lang");
            check(problems, file, en.select("link[rel=alternate][hreflang=zh-Hans]").attr("href")
                    .equals("https://official-voices.example.org/zh/" + route), "hreflang zh-Hans");
            check(problems, file, zh.select("link[rel=alternate][hreflang=en]").attr("href")
                    .equals("https://official-voices.example.org/" + route), "hreflang en");
            check(problems, file, zh.select("link[rel=alternate][hreflang=x-default]").attr("href")
                    .equals("https://official-voices.example.org/" + route), "x-default");
            if (!file.equals("404.html")) {
                check(problems, file, resolves(site, file, en.select("nav.languages a[hreflang=zh-Hans]").attr("href"), "zh/" + file),
                        "switch to Chinese");
                check(problems, file, resolves(site, "zh/" + file, zh.select("nav.languages a[hreflang=en]").attr("href"), file),
                        "switch to English");
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void check(List<String> problems, String file, boolean ok, String what) {
        if (!ok) {
            problems.add(file + ": " + what);
        }
    }

    /** Whether {@code href} on the page {@code from} leads to the file {@code to}. */
    static boolean resolves(Path site, String from, String href, String to) {
        Path target = site.resolve(from).getParent().resolve(href.isEmpty() ? "." : href).normalize();
        if (href.endsWith("/") || href.isEmpty() || Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        return target.equals(site.resolve(to).normalize());
    }

    @Test
    void theRealContentIsTranslatedThroughout() throws IOException {
        List<String> untranslated = new ArrayList<>();
        for (String file : englishPages(site)) {
            if (file.startsWith("data/releases/")) {
                continue; // a release's notes are frozen in its file, in English, and shown as such
            }
            Document zh = TestSites.page(site, "zh/" + file);
            if (!zh.select(".untranslated, .untranslated-note, div[lang=en]").isEmpty()) {
                untranslated.add(file);
            }
        }
        assertThat(untranslated).isEmpty();
        Document account = TestSites.page(site, "zh/accounts/alhambra-police-weibo/");
        assertThat(account.select("p.lede").text()).contains("志愿者");
        assertThat(account.select("h1").text()).isEqualTo("阿市警察局 Alhambra Police Department");
        assertThat(account.select("h1 [lang=en]").text()).isEqualTo("Alhambra Police Department");
        Document caseStudy = TestSites.page(site, "zh/case-studies/foreign-ministry-joins-weibo/");
        assertThat(caseStudy.select("h1").text()).isEqualTo("外交部入驻微博，晚了十年");
    }

    @Test
    void chineseFiguresAndDatesFollowChineseConventions() {
        Document page = TestSites.page(site, "zh/accounts/mfa-spokesperson-weibo/");
        String table = page.select("table.observations").text();
        assertThat(table).contains("约53万").contains("2019年5月21日");
        assertThat(page.select("table.observations data[value=530000]").attr("title")).isEqualTo("530,000");
    }

    @Test
    void theSitemapListsBothLanguagesWithAlternatesAndEachLanguageHasItsFeed() throws IOException {
        Document sitemap = Jsoup.parse(Files.readString(site.resolve("sitemap.xml")), "", Parser.xmlParser());
        List<String> locs = sitemap.select("url > loc").eachText();
        assertThat(locs).contains("https://official-voices.example.org/accounts/", "https://official-voices.example.org/zh/accounts/");
        assertThat(sitemap.select("url").first().select("xhtml|link").eachAttr("hreflang")).containsExactly("en", "zh-Hans", "x-default");
        assertThat(locs.size() % 2).isZero();

        Document en = Jsoup.parse(Files.readString(site.resolve("feed.xml")), "", Parser.xmlParser());
        Document zh = Jsoup.parse(Files.readString(site.resolve("zh/feed.xml")), "", Parser.xmlParser());
        assertThat(en.select("feed").attr("xml:lang")).isEqualTo("en");
        assertThat(zh.select("feed").attr("xml:lang")).isEqualTo("zh-Hans");
        assertThat(zh.select("feed > link[rel=self]").attr("href")).isEqualTo("https://official-voices.example.org/zh/feed.xml");
        assertThat(zh.select("entry > title").eachText()).anyMatch(t -> t.startsWith("案例研究："));
        assertThat(zh.select("entry > link").eachAttr("href")).allMatch(h -> h.startsWith("https://official-voices.example.org/zh/"));
    }

    @Test
    void eachEditionHasItsOwnSearchIndexAndTheDataFilesAreShared() {
        assertThat(site.resolve("search")).isDirectory();
        assertThat(site.resolve("zh/search/index.html")).exists();
        try (Stream<Path> shards = Files.list(site.resolve("zh/search"))) {
            assertThat(shards.filter(p -> p.getFileName().toString().startsWith("shard-")).count()).isGreaterThan(100);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(site.resolve("zh/data/accounts.csv")).doesNotExist();
        assertThat(site.resolve("zh/assets")).doesNotExist();
        Document data = TestSites.page(site, "zh/data/");
        assertThat(data.select("a[download]").eachAttr("href")).allMatch(h -> h.startsWith("../../data/") || !h.contains("zh/"));
    }

    /** A fixture with no translation at all: its Chinese pages show the English, labelled as such. */
    @Test
    void withoutATranslationTheEnglishShowsLabelledAsEnglish() {
        Path minimal = TestSites.build(TestSites.fixture("minimal"), tmp.resolve("minimal"));
        Document account = TestSites.page(minimal, "zh/accounts/town-police-weibo/");
        assertThat(account.select("p.lede span[lang=en]").text()).isEqualTo("The town's police on Weibo.");
        assertThat(account.select("p.lede .untranslated").text()).isEqualTo("（本段尚无中文译文）");
        assertThat(account.select("title").text()).doesNotContain("\uFDD0");
        Document caseStudy = TestSites.page(minimal, "zh/case-studies/town-police/");
        assertThat(caseStudy.select(".untranslated-note").text()).isEqualTo("本文尚无中文译文，以下为英文原文。");
        assertThat(caseStudy.select("div[lang=en]")).isNotEmpty();
        assertThat(caseStudy.html()).doesNotContain("\uFDD0").doesNotContain("\uFDD1");
    }
}
