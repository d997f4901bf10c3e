package org.officialvoices.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.officialvoices.diag.Diagnostic;
import org.officialvoices.site.Format;

/**
 * What serve mode adds to each page as it sends it, never to the pages it keeps: the live-reload script
 * (told which page this is and which version the reader has) and, while the content has errors, an overlay
 * listing them. Both are same-origin files, so the pages' Content-Security-Policy still holds.
 */
final class Injection {

    static final String SCRIPT = "/__ov/live.js";
    static final String STYLESHEET = "/__ov/overlay.css";
    private static final byte[] BODY_END = "</body>".getBytes(StandardCharsets.US_ASCII);

    private Injection() {
    }

    /** {@code html} with the overlay (when there are problems) and the script inserted before {@code </body>}. */
    static byte[] into(byte[] html, String path, Snapshot snapshot) {
        byte[] extra = markup(path, snapshot).getBytes(StandardCharsets.UTF_8);
        int at = lastIndexOf(html, BODY_END);
        if (at < 0) {
            at = html.length;
        }
        byte[] out = new byte[html.length + extra.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(extra, 0, out, at, extra.length);
        System.arraycopy(html, at, out, at + extra.length, html.length - at);
        return out;
    }

    /** A whole page for when no build has succeeded yet: only the overlay and the script. */
    static byte[] errorPage(String path, Snapshot snapshot) {
        String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>The site could not be built</title>\n</head>\n<body>\n<main>\n"
                + "<h1>The site could not be built</h1>\n<p>Fix the problems listed here and save; this page reloads by itself.</p>\n"
                + "</main>\n</body>\n</html>\n";
        return into(html.getBytes(StandardCharsets.UTF_8), path, snapshot);
    }

    static String markup(String path, Snapshot snapshot) {
        StringBuilder out = new StringBuilder();
        if (snapshot.hasErrors()) {
            out.append(overlay(snapshot.diagnostics(), snapshot.errorCount(), snapshot.built()));
        }
        out.append("<script src=\"").append(SCRIPT).append("\" data-path=\"").append(Format.escapeMarkup(path))
                .append("\" data-version=\"").append(snapshot.version()).append("\" defer></script>\n");
        return out.toString();
    }

    private static String overlay(List<Diagnostic> diagnostics, int errorCount, boolean built) {
        StringBuilder out = new StringBuilder();
        out.append("<link rel=\"stylesheet\" href=\"").append(STYLESHEET).append("\">\n");
        out.append("<aside id=\"ov-overlay\" class=\"ov-overlay\" role=\"alert\" aria-labelledby=\"ov-overlay-title\">\n");
        out.append("<h2 id=\"ov-overlay-title\">").append(errorCount).append(errorCount == 1 ? " error" : " errors")
                .append(" in the content</h2>\n");
        out.append("<p>").append(built ? "This page is from the last build without errors. " : "")
                .append("Fix and save: this page reloads by itself.</p>\n<pre>");
        for (Diagnostic d : diagnostics) {
            out.append(Format.escapeMarkup(d.format())).append('\n');
        }
        if (errorCount > diagnostics.size()) {
            out.append("... and ").append(errorCount - diagnostics.size()).append(" more\n");
        }
        out.append("</pre>\n<button type=\"button\" id=\"ov-overlay-close\">Hide</button>\n</aside>\n");
        return out.toString();
    }

    private static int lastIndexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
