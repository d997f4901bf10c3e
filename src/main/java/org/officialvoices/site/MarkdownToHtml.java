package org.officialvoices.site;

/** Renders a Markdown body to safe HTML, resolving internal links relative to the page at {@code root}. */
@FunctionalInterface
public interface MarkdownToHtml {

    String render(String markdown, String root);
}
