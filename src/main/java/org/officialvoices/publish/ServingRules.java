package org.officialvoices.publish;

import java.util.Locale;
import java.util.Map;

import org.officialvoices.site.AssetNames;

/**
 * How each file is served: its {@code Content-Type}, its {@code Cache-Control}, whether it is stored gzipped,
 * and in which phase it goes up. Pure functions of the file's path inside the site.
 */
public final class ServingRules {

    /** Changes whenever these rules change, so that the next deploy sends every object again with new headers. */
    public static final int VERSION = 1;

    static final String SHORT = "public, max-age=300";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";


    private static final Map<String, String> TEXT = Map.ofEntries(
            Map.entry("html", "text/html"), Map.entry("htm", "text/html"), Map.entry("css", "text/css"),
            Map.entry("js", "text/javascript"), Map.entry("mjs", "text/javascript"), Map.entry("json", "application/json"),
            Map.entry("map", "application/json"), Map.entry("xml", "application/xml"), Map.entry("csv", "text/csv"),
            Map.entry("txt", "text/plain"), Map.entry("md", "text/markdown"), Map.entry("svg", "image/svg+xml"),
            Map.entry("webmanifest", "application/manifest+json"), Map.entry("ics", "text/calendar"),
            Map.entry("tsv", "text/tab-separated-values"), Map.entry("cff", "text/plain"));

    private static final Map<String, String> BINARY = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"), Map.entry("zip", "application/zip"), Map.entry("gz", "application/gzip"),
            Map.entry("pdf", "application/pdf"), Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"), Map.entry("otf", "font/otf"), Map.entry("wasm", "application/wasm"),
            Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"), Map.entry("mp3", "audio/mpeg"));

    private ServingRules() {
    }

    /**
     * The headers of the file at {@code path} (relative, '/'-separated); text is gzipped when {@code gzip}.
     * The charset is written {@code UTF-8}: servers built on Jetty (s3proxy) rewrite {@code utf-8} to it, which
     * breaks the request's signature.
     */
    public static ObjectHeaders headers(String path, boolean gzip) {
        String ext = extension(path);
        String text = TEXT.get(ext);
        if (path.equals("feed.xml")) {
            text = "application/atom+xml";
        }
        String type = text != null ? text + "; charset=UTF-8" : BINARY.getOrDefault(ext, "application/octet-stream");
        String cache = AssetNames.isFingerprinted(path) ? IMMUTABLE : SHORT;
        return new ObjectHeaders(type, cache, gzip && text != null ? "gzip" : null);
    }

    /**
     * The phase a file goes up in, so that a reader never gets a page whose stylesheet or data is missing:
     * {@link Phase#ASSETS} for everything that is not a page, then {@link Phase#PAGES}, then the files that
     * lead readers and crawlers to pages ({@link Phase#INDEXES}).
     */
    public static Phase phase(String path) {
        if (path.equals("404.html") || path.equals("robots.txt") || path.equals("feed.xml")
                || (path.startsWith("sitemap") && path.endsWith(".xml") && path.indexOf('/') < 0)) {
            return Phase.INDEXES;
        }
        String ext = extension(path);
        return ext.equals("html") || ext.equals("htm") ? Phase.PAGES : Phase.ASSETS;
    }

    private static String extension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** Upload phases, in the order they run. */
    public enum Phase {
        ASSETS, PAGES, INDEXES
    }
}
