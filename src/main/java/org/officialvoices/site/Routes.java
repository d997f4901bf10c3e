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
    /** The icon pages name in their head: a vector drawing, fingerprinted like the other assets. */
    public static final String ICON = "assets/favicon.svg";
    /**
     * The same icon where browsers and feed readers look without being told: at the site root, under its fixed
     * name, so it cannot be fingerprinted. Its source is {@code templates/assets/favicon.ico}.
     */
    public static final String ROOT_ICON = "favicon.ico";
    public static final String SEARCH = "search/";
    public static final String COMPARE = "compare/";
    public static final String COMPARE_SCRIPT = "assets/compare.js";
    public static final String CORRECTIONS = "corrections/";
    public static final String DATA = "data/";
    /** The zip of the current data; a release's zip carries its version in its name. */
    public static final String DATA_ZIP_NAME = "official-voices-data.zip";
    public static final String CITATION = DATA + "CITATION.cff";

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

    /** A file of the current data, such as {@code accounts.csv}, under {@code data/}. */
    public static String dataFile(String name) {
        return DATA + name;
    }

    /** A release's page, where its files are too: {@code data/releases/1.0.0/}. */
    public static String release(String version) {
        return DATA + "releases/" + version + "/";
    }

    /** The name of a release's zip: {@code official-voices-data-1.0.0.zip}. */
    public static String releaseZip(String version) {
        return "official-voices-data-" + version + ".zip";
    }

    /** One account's figures as a file: {@code accounts/<id>/data.json} or {@code data.csv}. */
    public static String accountData(String id, String extension) {
        return account(id) + "data." + extension;
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
