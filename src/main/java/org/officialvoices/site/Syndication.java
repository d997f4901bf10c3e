package org.officialvoices.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.officialvoices.content.CaseStudy;
import org.officialvoices.content.Content;
import org.officialvoices.content.Correction;
import org.officialvoices.content.Dataset;
import org.officialvoices.content.PartialDate;
import org.officialvoices.site.SitePlan.FileJob;

/**
 * The files other programs read: {@code sitemap.xml} (split into files of at most 50,000 URLs, the
 * protocol's limit, under a sitemap index when needed), each page listed with its twin in every language;
 * {@code robots.txt}; and an Atom feed per language of case studies, datasets, corrections and data releases.
 */
final class Syndication {

    static final int URLS_PER_SITEMAP = 50_000;
    /** English routes per sitemap file: each is listed once per language, and a file holds at most 50,000 URLs. */
    static final int ROUTES_PER_SITEMAP = URLS_PER_SITEMAP / Lang.values().length;

    /** An item of the feed: its title, summary, the page it links to and its date. */
    record Entry(String title, String summary, String route, PartialDate date) {
    }

    private final Content content;
    private final SiteIndex index;
    private final List<Entry> releases;
    private final Words words;

    /** The feed of {@code content}, in the language of {@code words}; the sitemap of every language. */
    Syndication(Content content, SiteIndex index, List<Entry> releases, Words words) {
        this.content = content;
        this.index = index;
        this.releases = releases;
        this.words = words;
    }

    /** This language's feed, at {@code feed.xml} under the language's folder. */
    FileJob feedFile() {
        return new FileJob(words.lang().route(Routes.FEED), this::feed);
    }

    /**
     * The sitemap of the pages at {@code routes} (English routes) and their twins in every language, robots.txt, and
     * the English feed.
     */
    List<FileJob> files(List<String> routes) {
        return files(routes, ROUTES_PER_SITEMAP);
    }

    /** As {@link #files(List)}, with at most {@code perFile} English routes in each sitemap file. */
    List<FileJob> files(List<String> routes, int perFile) {
        String base = content.site().baseUrl();
        List<FileJob> files = new ArrayList<>();
        List<String> urls = routes.stream().filter(r -> !r.equals("404.html")).toList();
        int parts = Math.max(1, (urls.size() + perFile - 1) / perFile);
        if (parts == 1) {
            files.add(new FileJob("sitemap.xml", () -> urlSet(urls)));
        } else {
            List<String> names = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                String name = "sitemap-" + (p + 1) + ".xml";
                names.add(base + name);
                List<String> slice = urls.subList(p * perFile, Math.min(urls.size(), (p + 1) * perFile));
                files.add(new FileJob(name, () -> urlSet(slice)));
            }
            files.add(new FileJob("sitemap.xml", () -> sitemapIndex(names)));
        }
        files.add(new FileJob("robots.txt", () -> utf8("User-agent: *\nAllow: /\nSitemap: " + base + "sitemap.xml\n")));
        files.add(feedFile());
        return files;
    }

    /**
     * A sitemap of {@code routes} in every language: each page's own address, and its twins as {@code hreflang}
     * alternates (English also as {@code x-default}), as search engines read them: {@link #ROUTES_PER_SITEMAP} routes
     * make 50,000 URLs, the protocol's limit, in about 30 MB, within its 50 MB.
     */
    private byte[] urlSet(List<String> routes) {
        String base = content.site().baseUrl();
        StringBuilder b = new StringBuilder(routes.size() * 600)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (String route : routes) {
            for (Lang lang : Lang.values()) {
                b.append("  <url><loc>").append(Format.escapeMarkup(base + lang.route(route))).append("</loc>");
                for (Lang other : Lang.values()) {
                    alternate(b, other.tag(), base + other.route(route));
                }
                alternate(b, "x-default", base + route);
                b.append("</url>\n");
            }
        }
        return utf8(b.append("</urlset>\n").toString());
    }

    private static void alternate(StringBuilder b, String hreflang, String url) {
        b.append("<xhtml:link rel=\"alternate\" hreflang=\"").append(hreflang).append("\" href=\"")
                .append(Format.escapeMarkup(url)).append("\"/>");
    }

    private static byte[] sitemapIndex(List<String> sitemaps) {
        StringBuilder b = new StringBuilder()
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        sitemaps.forEach(u -> b.append("  <sitemap><loc>").append(Format.escapeMarkup(u)).append("</loc></sitemap>\n"));
        return utf8(b.append("</sitemapindex>\n").toString());
    }

    /** Case studies, datasets, corrections and data releases, newest first; dates come from the data, never from the clock. */
    private byte[] feed() {
        String base = content.site().baseUrl() + words.lang().prefix();
        List<Entry> entries = new ArrayList<>(releases);
        for (CaseStudy cs : content.caseStudies()) {
            entries.add(new Entry(words.t("feed.case-study", cs.title()), cs.summary(), Routes.caseStudy(cs.slug()), cs.date()));
        }
        for (Dataset ds : content.datasets()) {
            entries.add(new Entry(words.t("feed.dataset", ds.title()), ds.summary() == null ? ds.title() : ds.summary(),
                    Routes.dataset(ds.id()), index.latestDate(ds)));
        }
        for (Rows.CorrectionRow row : index.corrections) {
            Correction c = row.correction();
            entries.add(new Entry(words.t("feed.correction", row.subjectTitle()), c.what() + " " + c.why(),
                    Routes.CORRECTIONS + "#" + row.anchor(), c.date()));
        }
        entries.sort(Comparator.comparing(Entry::date).reversed().thenComparing(Entry::route));
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(words.lang().tag()).append("\">\n");
        b.append("  <title>").append(Format.escapeMarkup(content.site().title())).append("</title>\n")
                .append("  <subtitle>").append(Format.escapeMarkup(content.site().tagline())).append("</subtitle>\n")
                .append("  <id>").append(Format.escapeMarkup(base)).append("</id>\n")
                .append("  <link rel=\"self\" href=\"").append(Format.escapeMarkup(base + Routes.FEED)).append("\"/>\n")
                .append("  <link href=\"").append(Format.escapeMarkup(base)).append("\"/>\n")
                .append("  <updated>").append(timestamp(content.site().updated())).append("</updated>\n")
                .append("  <author><name>").append(Format.escapeMarkup(content.site().title())).append("</name></author>\n");
        for (Entry e : entries.subList(0, Math.min(entries.size(), 50))) {
            b.append("  <entry>\n    <title>").append(Format.escapeMarkup(e.title())).append("</title>\n")
                    .append("    <id>").append(Format.escapeMarkup(base + e.route())).append("</id>\n")
                    .append("    <link href=\"").append(Format.escapeMarkup(base + e.route())).append("\"/>\n")
                    .append("    <updated>").append(timestamp(e.date())).append("</updated>\n")
                    .append("    <summary>").append(Format.escapeMarkup(e.summary())).append("</summary>\n  </entry>\n");
        }
        return utf8(b.append("</feed>\n").toString());
    }

    /** Atom needs a full timestamp; a month or year becomes its first day, at midnight UTC. */
    static String timestamp(PartialDate d) {
        return new PartialDate(d.year(), Math.max(1, d.month()), Math.max(1, d.day())).iso() + "T00:00:00Z";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
