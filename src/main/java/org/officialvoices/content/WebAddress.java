package org.officialvoices.content;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Checks an http(s) address before it goes into links, feeds and sitemaps, so that a malformed one is a
 * diagnostic here instead of a failure later: {@code WebAddress.problem("https://a.org/%zz/")} says why.
 */
final class WebAddress {

    /** ASCII characters that a URL cannot hold as they are (they must be percent-encoded). */
    private static final String UNSAFE = "\"<>\\^`{|}";

    private WebAddress() {
    }

    /** Null when {@code url} is an http or https address a browser and an XML parser both accept, else why not. */
    static String problem(String url) {
        if (!(url.startsWith("http://") || url.startsWith("https://")) || url.length() <= url.indexOf("//") + 2) {
            return "it must be an absolute address starting with http:// or https://";
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c == 0x7F || UNSAFE.indexOf(c) >= 0) {
                return "character " + (i + 1) + " (" + (c <= 0x20 || c == 0x7F ? String.format("U+%04X", (int) c) : "\"" + c + "\"")
                        + ") cannot appear in a URL as it is; percent-encode it (a space is %20)";
            }
            if (c == '%' && !(i + 2 < url.length() && hex(url.charAt(i + 1)) && hex(url.charAt(i + 2)))) {
                return "character " + (i + 1) + " starts a bad percent-escape; % must be followed by two hex digits (%25 for % itself)";
            }
        }
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null) {
                return "it has no valid host name";
            }
        } catch (URISyntaxException e) {
            return e.getReason() + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "");
        }
        return null;
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
