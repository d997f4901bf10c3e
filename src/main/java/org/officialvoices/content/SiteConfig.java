package org.officialvoices.content;

import java.util.List;

/**
 * Settings from {@code site.json}.
 *
 * @param baseUrl   the absolute URL the site is published at, ending in {@code /}
 * @param updated   when the data was last updated; shown on pages instead of any build time
 * @param keyFigures ids of aggregate figures shown on the home page
 * @param textLicence the licence of the report's text, or null when none is given
 * @param dataLicence the licence of the datasets and downloads, or null when none is given
 */
public record SiteConfig(String title, String tagline, String baseUrl, String language, PartialDate updated,
        List<Ref> keyFigures, Licence textLicence, Licence dataLicence) {

    public SiteConfig {
        keyFigures = List.copyOf(keyFigures);
    }

    /**
     * Whether {@code url} can be a base URL: absolute {@code http} or {@code https} with a host, ending in
     * {@code /}, and a valid URI (so no stray spaces, quotes or broken {@code %} escapes).
     */
    public static boolean isBaseUrl(String url) {
        if (!url.matches("https?://[^\\s\"<>]+") || !url.endsWith("/")) {
            return false;
        }
        try {
            return new java.net.URI(url).getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** These settings published at {@code baseUrl} instead (a {@code build --base-url} override). */
    public SiteConfig at(String baseUrl) {
        return new SiteConfig(title, tagline, baseUrl, language, updated, keyFigures, textLicence, dataLicence);
    }
}
