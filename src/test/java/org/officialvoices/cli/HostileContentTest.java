package org.officialvoices.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.testing.TestSites;

/**
 * The {@code hostile} fixture puts the usual XSS vectors into Markdown, front matter and every JSON string
 * field. No page built from it may contain markup or a URL that would run them.
 */
class HostileContentTest {

    private static final Pattern SAFE_URL = Pattern.compile("^(https?:|mailto:|#|/|\\.\\./|[a-z0-9-]+/|[a-z0-9-]+\\.[a-z]+$|\\./)");

    @TempDir
    static Path tmp;
    static Path site;
    static List<Path> pages;

    @BeforeAll
    static void build() throws IOException {
        site = TestSites.build(TestSites.fixture("hostile"), tmp.resolve("site"));
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static List<String> everywhere(java.util.function.Function<Document, List<String>> finder) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path page : pages) {
            for (String hit : finder.apply(Jsoup.parse(Files.readString(page)))) {
                found.add(site.relativize(page) + ": " + hit);
            }
        }
        return found;
    }

    static final String OWN_SCRIPT = org.officialvoices.testing.SiteInvariants.OWN_SCRIPT;

    @Test
    void noPageContainsInjectedElements() throws IOException {
        assertThat(pages).hasSizeGreaterThan(15);
        assertThat(everywhere(doc -> doc.select("script:not([type=application/ld+json]):not(#ui-text):not([src~=" + OWN_SCRIPT + "]), iframe, object, embed, svg, style, img, "
                + "form, base, meta[http-equiv=refresh]").stream()
                .filter(el -> !(el.tagName().equals("svg") && !el.parents().select("figure.chart").isEmpty()))
                .filter(el -> !(el.is("form.site-search, form.search-page") && el.attr("action").endsWith("search/")))
                .map(Element::outerHtml).toList())).isEmpty();
        assertThat(everywhere(doc -> doc.select("figure.chart svg *").stream()
                .filter(el -> !List.of("desc", "text", "rect", "line", "circle", "svg", "polygon").contains(el.tagName()))
                .map(Element::outerHtml).toList())).isEmpty();
        assertThat(TestSites.page(site, "datasets/town/").select("figure.chart figcaption").text())
                .contains("<script>alert(30)</script>");
    }

    @Test
    void theOnlyScriptsAreTheSitesOwnFilesWithNothingInline() throws IOException {
        assertThat(everywhere(doc -> doc.select("script[src]").stream()
                .filter(el -> !el.attr("src").matches(".*" + OWN_SCRIPT) || !el.data().isEmpty())
                .map(Element::outerHtml).toList())).isEmpty();
    }

    @Test
    void structuredDataBlocksHoldOnlyJsonThatCannotCloseTheirScript() throws IOException {
        List<String> blocks = everywhere(doc -> doc.select("script[type=application/ld+json]").stream().map(Element::data).toList());
        assertThat(blocks).isNotEmpty().allSatisfy(block -> {
            String json = block.substring(block.indexOf(": ") + 2);
            assertThat(json).doesNotContain("<", ">");
            assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("name").asText())
                    .contains("<script>alert(1)</script>");
        });
    }

    @Test
    void noElementCarriesAnEventHandlerAttribute() throws IOException {
        assertThat(everywhere(doc -> doc.getAllElements().stream()
                .flatMap(el -> el.attributes().asList().stream())
                .map(Attribute::getKey)
                .filter(key -> key.toLowerCase(java.util.Locale.ROOT).startsWith("on"))
                .toList())).isEmpty();
    }

    @Test
    void everyLinkUsesASafeScheme() throws IOException {
        assertThat(everywhere(doc -> doc.select("[href], [src], [action], [formaction]").stream()
                .flatMap(el -> Stream.of("href", "src", "action", "formaction").filter(el::hasAttr).map(el::attr))
                .filter(url -> !SAFE_URL.matcher(url).find())
                .toList())).isEmpty();
    }

    @Test
    void injectedTextIsShownAsTextSoReadersSeeWhatWasWritten() {
        Document page = TestSites.page(site, "accounts/town-police-weibo/");
        assertThat(page.select("h1").text()).contains("<script>alert(1)</script>", "onerror=alert(2)");
        Document caseStudy = TestSites.page(site, "case-studies/town-police/");
        assertThat(caseStudy.select(".prose").text()).contains("<script>alert(10)</script>", "<div onclick=\"alert(11)\">raw block</div>");
        assertThat(caseStudy.select(".prose a").eachAttr("href")).containsExactly("../../accounts/town-police-weibo/");
    }

    @Test
    void everyPageDeclaresAContentSecurityPolicyForbiddingInlineScript() throws IOException {
        assertThat(everywhere(doc -> {
            String csp = doc.select("meta[http-equiv=Content-Security-Policy]").attr("content");
            return csp.contains("script-src 'self'") && csp.contains("object-src 'none'") && !csp.contains("unsafe-inline")
                    ? List.of() : List.of("missing or weak CSP: " + csp);
        })).isEmpty();
    }
}
