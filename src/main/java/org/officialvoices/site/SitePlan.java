package org.officialvoices.site;

import java.util.List;
import java.util.function.Supplier;

/**
 * Everything the site will contain, as jobs still to be done, so pages can be rendered in parallel and
 * streamed to disk rather than held in memory together.
 */
public record SitePlan(List<PageJob> pages, List<FileJob> files) {

    public SitePlan {
        pages = List.copyOf(pages);
        files = List.copyOf(files);
    }

    /**
     * An HTML page: its route, its template, how to build the template's parameter, and how to list what it
     * is made of ({@link Deps}; computed only by serve mode, to know which pages a change touches).
     */
    public record PageJob(String route, String template, Supplier<Object> view, Supplier<List<String>> deps) {
    }

    /** A non-HTML file (CSV, JSON, CSS, text) at {@code path}. */
    public record FileJob(String path, Supplier<byte[]> bytes) {
    }
}
