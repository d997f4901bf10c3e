package org.officialvoices.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.officialvoices.content.Content;
import org.officialvoices.pipeline.Pipeline;
import org.officialvoices.site.SitePlan.FileJob;
import org.officialvoices.testing.TestSites;

/** The sitemap split into files: every file within the protocol's URL limit once each route is listed per language. */
class SyndicationTest {

    @Test
    void eachRouteIsListedOncePerLanguageAndASplitKeepsEveryFileWithinItsLimit() {
        Content content = new Pipeline().check(TestSites.fixture("minimal"));
        Syndication syndication = new Syndication(content, new SiteIndex(content), List.of(), Words.packed(Lang.EN));
        List<String> routes = List.of("", "accounts/", "sources/", "404.html", "methodology/");
        assertThat(Syndication.ROUTES_PER_SITEMAP * Lang.values().length).isEqualTo(Syndication.URLS_PER_SITEMAP);

        Map<String, FileJob> files = syndication.files(routes, 3).stream().collect(Collectors.toMap(FileJob::path, f -> f));

        Document index = xml(files.get("sitemap.xml"));
        assertThat(index.select("sitemap > loc").eachText())
                .containsExactly("https://example.org/report/sitemap-1.xml", "https://example.org/report/sitemap-2.xml");
        Document first = xml(files.get("sitemap-1.xml"));
        assertThat(first.select("url > loc").eachText()).containsExactly("https://example.org/report/",
                "https://example.org/report/zh/", "https://example.org/report/accounts/", "https://example.org/report/zh/accounts/",
                "https://example.org/report/sources/", "https://example.org/report/zh/sources/");
        assertThat(xml(files.get("sitemap-2.xml")).select("url > loc").eachText())
                .containsExactly("https://example.org/report/methodology/", "https://example.org/report/zh/methodology/");
        assertThat(first.select("url").get(1).select("xhtml|link").eachAttr("href")).containsExactly(
                "https://example.org/report/", "https://example.org/report/zh/", "https://example.org/report/");
    }

    private static Document xml(FileJob file) {
        return Jsoup.parse(new String(file.bytes().get(), StandardCharsets.UTF_8), "", Parser.xmlParser());
    }
}
