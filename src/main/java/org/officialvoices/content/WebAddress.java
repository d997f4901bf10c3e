package org.officialvoices.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** What counts as a source's address: an absolute {@code http} or {@code https} URL with a host. */
final class WebAddress {

    private WebAddress() {
    }

    /** True for {@code https://example.org/a}; false for {@code /a}, {@code example.org}, {@code ftp://…}. */
    static boolean isValid(String url) {
        if (url == null || !url.matches("[^\\s\"<>\\\\^`{|}]+")) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
