package org.officialvoices.site;

import java.util.Locale;

/**
 * The report's languages. English is the original, published at the site root with the URLs it has always had; each
 * other language is a full twin of it under a folder of its own ({@code zh/accounts/x/} beside {@code accounts/x/}).
 */
public enum Lang {
    EN("en", "en", "", Locale.ENGLISH, "English"),
    ZH("zh", "zh-Hans", "zh/", Locale.SIMPLIFIED_CHINESE, "中文");

    private final String id;
    private final String tag;
    private final String prefix;
    private final Locale locale;
    private final String name;

    Lang(String id, String tag, String prefix, Locale locale, String name) {
        this.id = id;
        this.tag = tag;
        this.prefix = prefix;
        this.locale = locale;
        this.name = name;
    }

    /** The short id used in file names: {@code en}, {@code zh} ({@code i18n/zh.properties}, {@code x.zh.md}). */
    public String id() {
        return id;
    }

    /** The BCP 47 tag for {@code <html lang>} and {@code hreflang}: {@code en}, {@code zh-Hans}. */
    public String tag() {
        return tag;
    }

    /** Where this language's pages live under the site root: empty for English, {@code zh/} for Chinese. */
    public String prefix() {
        return prefix;
    }

    /** The route of page {@code route} (a path from the English root, such as {@code accounts/x/}) in this language. */
    public String route(String route) {
        return prefix + route;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's own name, for the language switch: {@code English}, {@code 中文}. */
    public String ownName() {
        return name;
    }

    /** The language a route belongs to, and so its page's route in English: {@code zh/accounts/} is Chinese. */
    public static Lang ofRoute(String route) {
        return route.startsWith(ZH.prefix) ? ZH : EN;
    }

    /** {@code route} with its language's folder taken off: {@code zh/accounts/} → {@code accounts/}. */
    public static String englishRoute(String route) {
        Lang lang = ofRoute(route);
        return route.substring(lang.prefix.length());
    }
}
