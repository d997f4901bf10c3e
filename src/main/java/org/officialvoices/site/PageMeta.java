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
 */
public record PageMeta(String siteTitle, String title, String description, String route, String root,
        String canonical, String updated, String section, String language, AssetNames assets, String updatedIso,
        boolean citable, org.officialvoices.content.Licence textLicence, org.officialvoices.content.Licence dataLicence,
        java.util.List<Rows.CorrectionRow> corrections) {

    /** A link from this page to {@code target}, relative so the site works under any base path. */
    public String href(String target) {
        String href = root + target;
        return href.isEmpty() ? "./" : href;
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
