package org.officialvoices.cli;

import java.nio.file.Path;
import java.util.Locale;

import org.officialvoices.output.SiteWriter;
import org.officialvoices.pipeline.Pipeline;
import org.officialvoices.site.Format;

/**
 * The lines a build ends with: what it wrote and how big the site is, and, once, a note when the site is
 * past what the common free static hosts publish, naming {@code deploy}, which has no such limits.
 */
final class BuildSummary {

    /** GitHub Pages publishes sites of at most 1 GB. */
    static final long GITHUB_PAGES_BYTES = 1_000_000_000L;
    /** Cloudflare Pages takes at most 20,000 files per deployment. */
    static final long CLOUDFLARE_PAGES_FILES = 20_000;

    private BuildSummary() {
    }

    /**
     * The summary: after a full build, with the whole site's size and, when a build could have been incremental,
     * why it was not; after an incremental one, with what it changed (its size is that of the last full build).
     */
    static String of(Pipeline.Result result, Path out) {
        SiteWriter.Size size = result.size();
        String how = result.changed() != null ? " (incremental: " + Format.count(result.changed().rendered(), "page")
                + " rendered, " + Format.count(result.changed().written(), "file") + " rewritten, "
                + result.changed().deleted() + " deleted)"
                : result.fullBecause() != null ? " (full build: " + result.fullBecause() + ")" : "";
        String summary = String.format(Locale.ROOT, "built %d pages and %d files into %s%s in %.2f s%s%n", result.pages(),
                result.files(), out, size == null ? "" : String.format(Locale.ROOT, " (%,d files, %s)", size.files(), bytes(size.bytes())),
                result.millis() / 1000.0, how);
        if (size != null && (size.bytes() > GITHUB_PAGES_BYTES || size.files() > CLOUDFLARE_PAGES_FILES)) {
            summary += String.format(Locale.ROOT, "note: at %s in %,d files, this site is past what GitHub Pages (1 GB) or "
                    + "Cloudflare Pages (20,000 files) publish; publish it to object storage with deploy "
                    + "(README, \"Publishing to object storage\")%n", bytes(size.bytes()), size.files());
        }
        return summary;
    }

    /** A size in decimal units, as hosts state their limits: {@code 812 B}, {@code 4.2 MB}, {@code 3.7 GB}. */
    static String bytes(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 999.95 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
