package org.officialvoices.content;

import java.util.List;

/**
 * Settings from {@code site.json}.
 *
 * @param baseUrl   the absolute URL the site is published at, ending in {@code /}
 * @param updated   when the data was last updated; shown on pages instead of any build time
 * @param keyFigures ids of aggregate figures shown on the home page
 */
public record SiteConfig(String title, String tagline, String baseUrl, String language, PartialDate updated,
        List<Ref> keyFigures) {

    public SiteConfig {
        keyFigures = List.copyOf(keyFigures);
    }
}
