package org.officialvoices.site;

/**
 * The site's URL paths, relative to its root and ending in {@code /}: {@code accounts/<id>/}. These are
 * the stable URLs of the report; change them only with redirects.
 */
public final class Routes {

    public static final String HOME = "";
    public static final String ACCOUNTS = "accounts/";
    public static final String CASE_STUDIES = "case-studies/";
    public static final String DATASETS = "datasets/";
    public static final String SOURCES = "sources/";
    public static final String PLATFORMS = "platforms/";
    public static final String KINDS = "kinds/";
    public static final String STYLESHEET = "assets/style.css";
    public static final String FEED = "feed.xml";
    public static final String SCRIPT = "assets/tables.js";
    public static final String SEARCH_SCRIPT = "assets/search.js";
    public static final String SEARCH = "search/";
    public static final String CORRECTIONS = "corrections/";

    private Routes() {
    }

    public static String account(String id) {
        return ACCOUNTS + id + "/";
    }

    public static String caseStudy(String slug) {
        return CASE_STUDIES + slug + "/";
    }

    public static String dataset(String id) {
        return DATASETS + id + "/";
    }

    public static String datasetCsv(String id) {
        return DATASETS + id + "/" + id + ".csv";
    }

    public static String datasetJson(String id) {
        return DATASETS + id + "/" + id + ".json";
    }

    public static String source(String id) {
        return SOURCES + id + "/";
    }

    public static String platform(String id) {
        return PLATFORMS + id + "/";
    }

    public static String kind(String id) {
        return KINDS + id + "/";
    }

    public static String page(String slug) {
        return slug + "/";
    }

    /** Page {@code n} (1-based) of a listing whose first page is {@code base}. */
    public static String paged(String base, int n) {
        return n <= 1 ? base : base + "page/" + n + "/";
    }

    /** The file a route is written to: {@code accounts/x/} → {@code accounts/x/index.html}. */
    public static String file(String route) {
        return route.isEmpty() || route.endsWith("/") ? route + "index.html" : route;
    }

    /** The relative prefix from {@code route} back to the site root: {@code accounts/x/} → {@code ../../}. */
    public static String rootFrom(String route) {
        int depth = 0;
        for (int i = 0; i < route.length(); i++) {
            if (route.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }
}
