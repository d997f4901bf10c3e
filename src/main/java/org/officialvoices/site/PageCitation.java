package org.officialvoices.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * "Cite this page" in three forms, for a reader, for BibTeX and for citation managers (CSL-JSON). The site
 * publishes no dates of its own pages beyond the data's last update, so that is the date given; the
 * access date is the reader's to fill in.
 */
public final class PageCitation {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PageCitation() {
    }

    /** A BibTeX {@code @misc} entry; braces and TeX's special characters in titles are escaped. */
    public static String bibtex(PageMeta meta) {
        String year = meta.updatedIso().substring(0, 4);
        return "@misc{" + key(meta) + ",\n"
                + "  author = {{" + tex(meta.siteTitle()) + "}},\n"
                + "  title = {" + tex(meta.title()) + "},\n"
                + "  year = {" + year + "},\n"
                + "  url = {" + meta.canonical() + "},\n"
                + "  note = {" + tex(meta.t("cite.note.updated", meta.updatedIso(), meta.t("cite.accessed"))) + "}\n"
                + "}";
    }

    /** One CSL-JSON item (type {@code webpage}), in an array as citation managers import it. */
    public static String cslJson(PageMeta meta) {
        ArrayNode items = JSON.createArrayNode();
        ObjectNode item = items.addObject();
        item.put("id", key(meta));
        item.put("type", "webpage");
        item.put("title", meta.title());
        item.putArray("author").addObject().put("literal", meta.siteTitle());
        item.put("container-title", meta.siteTitle());
        item.put("URL", meta.canonical());
        ArrayNode parts = item.putObject("issued").putArray("date-parts").addArray();
        for (String part : meta.updatedIso().split("-")) {
            parts.add(Integer.parseInt(part));
        }
        item.put("note", meta.t("cite.note.accessed", meta.t("cite.accessed")));
        if (meta.textLicence() != null) {
            item.put("license", meta.textLicence().name() + " " + meta.textLicence().url());
        }
        try {
            return JSON.writeValueAsString(items);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A citation key made from the site and the page's route: {@code officialvoices-accounts-cgtn-twitter}. */
    static String key(PageMeta meta) {
        String site = meta.siteTitle().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        String page = meta.route().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return page.isEmpty() ? site : site + "-" + page;
    }

    /** Escapes the characters TeX treats specially, so a title cannot break the entry. */
    static String tex(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\textbackslash{}");
                case '{', '}', '%', '&', '$', '#', '_' -> b.append('\\').append(c);
                case '~' -> b.append("\\textasciitilde{}");
                case '^' -> b.append("\\textasciicircum{}");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
