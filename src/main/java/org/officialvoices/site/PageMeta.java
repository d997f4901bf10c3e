package org.officialvoices.site;

/**
 * What every page's layout needs: titles, where the page sits, and how to link from it.
 *
 * @param route     this page's path from the site root, e.g. {@code accounts/x/}
 * @param root      the prefix that leads from this page back to the site root, e.g. {@code ../../}
 * @param canonical the page's absolute URL under the configured base URL
 * @param updated   when the data was last updated, for the footer and citations
 * @param section   the top-level section, to mark the current item in the navigation
 * @param assets    where the stylesheet and scripts are published
 * @param updatedIso the same date as {@code updated}, as {@code 2026-11-22}, for machine-readable citations
 * @param citable   false for pages nobody cites (not found, search): they get no "Cite this page"
 * @param textLicence the licence of the text, or null
 * @param dataLicence the licence of the data, or null
 * @param corrections the corrections made to what this page shows, newest first, for a notice at its top
 * @param words     the page's language, its interface text and how it writes figures and dates
 * @param baseUrl   the site's absolute address, ending in {@code /}, for the other languages' addresses
 */
public record PageMeta(String siteTitle, String title, String description, String route, String root,
        String canonical, String updated, String section, AssetNames assets, String updatedIso,
        boolean citable, org.officialvoices.content.Licence textLicence, org.officialvoices.content.Licence dataLicence,
        java.util.List<Rows.CorrectionRow> corrections, Words words, String baseUrl) {

    /**
     * A link from this page to the page at {@code target} (a route in English, {@code accounts/x/}), in this page's
     * language, relative so the site works under any base path.
     */
    public String href(String target) {
        String href = root + words.lang().prefix() + target;
        return href.isEmpty() ? "./" : href;
    }

    /** A link from this page to a file every language shares: a stylesheet, a script, a download. */
    public String file(String target) {
        String href = root + target;
        return href.isEmpty() ? "./" : href;
    }

    /** The page's language. */
    public Lang lang() {
        return words.lang();
    }

    /** The BCP 47 tag of the page's language, for {@code <html lang>}. */
    public String language() {
        return words.lang().tag();
    }

    /** The interface text of {@code key} in the page's language. */
    public String t(String key) {
        return words.t(key);
    }

    /** The interface text of {@code key}, its slots filled by {@code args}. */
    public String t(String key, Object... args) {
        return words.t(key, args);
    }

    /** This page's route in English: {@code zh/accounts/x/} → {@code accounts/x/}. */
    public String englishRoute() {
        return Lang.englishRoute(route);
    }

    /** A link from this page to the same page in {@code other}. */
    public String hrefIn(Lang other) {
        String href = root + other.prefix() + englishRoute();
        return href.isEmpty() ? "./" : href;
    }

    /** The absolute address of this page in {@code other}, for {@code hreflang} alternates. */
    public String canonicalIn(Lang other) {
        return baseUrl + other.prefix() + englishRoute();
    }

    /** Every language, for the switch and the alternates. */
    public java.util.List<Lang> languages() {
        return java.util.List.of(Lang.values());
    }

    /** The navigation's {@code aria-current} value for a section: "page" for the current one, else null. */
    public String current(String navSection) {
        return navSection.equals(section) ? "page" : null;
    }

    /** The full title shown in the browser tab. */
    public String documentTitle() {
        return title.equals(siteTitle) ? siteTitle : title + " · " + siteTitle;
    }
}
