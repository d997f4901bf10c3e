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

    /** Whether {@code url} has a base URL's form: absolute http(s), no query or fragment, ending in {@code /}. */
    static boolean hasBaseUrlForm(String url) {
        return url.matches("https?://[^?#]+") && url.endsWith("/");
    }

    /** Whether {@code url} can be a base URL: of that form, and a valid address ({@link WebAddress}). */
    public static boolean isBaseUrl(String url) {
        return hasBaseUrlForm(url) && WebAddress.problem(url) == null;
    }

    /** These settings published at {@code baseUrl} instead (a {@code build --base-url} override). */
    public SiteConfig at(String baseUrl) {
        return new SiteConfig(title, tagline, baseUrl, language, updated, keyFigures, textLicence, dataLicence);
    }
}
