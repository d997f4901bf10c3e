package org.officialvoices.content;

/** A free-standing Markdown page from {@code pages/<slug>.md}, such as the methodology. */
public record TextPage(String slug, String title, String summary, String body, int bodyLine, String path,
        String textHash) {
}
