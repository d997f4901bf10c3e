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
 * protocol's limit, under a sitemap index when needed), {@code robots.txt} and an Atom feed of case
 * studies, datasets, corrections and data releases.
 */
final class Syndication {

    static final int URLS_PER_SITEMAP = 50_000;

    /** An item of the feed: its title, summary, the page it links to and its date. */
    record Entry(String title, String summary, String route, PartialDate date) {
    }

    private final Content content;
    private final SiteIndex index;
    private final List<Entry> releases;

    Syndication(Content content, SiteIndex index, List<Entry> releases) {
        this.content = content;
        this.index = index;
        this.releases = releases;
    }

    List<FileJob> files(List<String> routes) {
        String base = content.site().baseUrl();
        List<FileJob> files = new ArrayList<>();
        List<String> urls = routes.stream().filter(r -> !r.equals("404.html")).map(r -> base + r).toList();
        int parts = Math.max(1, (urls.size() + URLS_PER_SITEMAP - 1) / URLS_PER_SITEMAP);
        if (parts == 1) {
            files.add(new FileJob("sitemap.xml", () -> urlSet(urls)));
        } else {
            List<String> names = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                String name = "sitemap-" + (p + 1) + ".xml";
                names.add(base + name);
                List<String> slice = urls.subList(p * URLS_PER_SITEMAP, Math.min(urls.size(), (p + 1) * URLS_PER_SITEMAP));
                files.add(new FileJob(name, () -> urlSet(slice)));
            }
            files.add(new FileJob("sitemap.xml", () -> sitemapIndex(names)));
        }
        files.add(new FileJob("robots.txt", () -> utf8("User-agent: *\nAllow: /\nSitemap: " + base + "sitemap.xml\n")));
        files.add(new FileJob(Routes.FEED, this::feed));
        return files;
    }

    private static byte[] urlSet(List<String> urls) {
        StringBuilder b = new StringBuilder(urls.size() * 80)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        urls.forEach(u -> b.append("  <url><loc>").append(Format.escapeMarkup(u)).append("</loc></url>\n"));
        return utf8(b.append("</urlset>\n").toString());
    }

    private static byte[] sitemapIndex(List<String> sitemaps) {
        StringBuilder b = new StringBuilder()
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        sitemaps.forEach(u -> b.append("  <sitemap><loc>").append(Format.escapeMarkup(u)).append("</loc></sitemap>\n"));
        return utf8(b.append("</sitemapindex>\n").toString());
    }

    /** Case studies, datasets, corrections and data releases, newest first; dates come from the data, never from the clock. */
    private byte[] feed() {
        String base = content.site().baseUrl();
        List<Entry> entries = new ArrayList<>(releases);
        for (CaseStudy cs : content.caseStudies()) {
            entries.add(new Entry("Case study: " + cs.title(), cs.summary(), Routes.caseStudy(cs.slug()), cs.date()));
        }
        for (Dataset ds : content.datasets()) {
            entries.add(new Entry("Dataset: " + ds.title(), ds.summary() == null ? ds.title() : ds.summary(),
                    Routes.dataset(ds.id()), index.latestDate(ds)));
        }
        for (Rows.CorrectionRow row : index.corrections) {
            Correction c = row.correction();
            entries.add(new Entry("Correction: " + row.subjectTitle(), c.what() + " " + c.why(),
                    Routes.CORRECTIONS + "#" + row.anchor(), c.date()));
        }
        entries.sort(Comparator.comparing(Entry::date).reversed().thenComparing(Entry::route));
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <title>").append(Format.escapeMarkup(content.site().title())).append("</title>\n")
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
