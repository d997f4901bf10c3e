package org.officialvoices.site;

import java.util.List;
import java.util.function.Supplier;

/**
 * Everything the site will contain, as jobs still to be done, so pages can be rendered in parallel and
 * streamed to disk rather than held in memory together.
 */
public record SitePlan(List<PageJob> pages, List<FileJob> files, Supplier<List<FileJob>> deferred) {

    public SitePlan {
        pages = List.copyOf(pages);
        files = List.copyOf(files);
    }

    /** This plan and {@code other}'s pages, files and deferred files. */
    public SitePlan with(SitePlan other) {
        List<PageJob> allPages = new java.util.ArrayList<>(pages);
        allPages.addAll(other.pages);
        List<FileJob> allFiles = new java.util.ArrayList<>(files);
        allFiles.addAll(other.files);
        Supplier<List<FileJob>> mine = deferred;
        return new SitePlan(allPages, allFiles, () -> {
            List<FileJob> later = new java.util.ArrayList<>(mine.get());
            later.addAll(other.deferred.get());
            return later;
        });
    }

    /**
     * Every file, the deferred ones included. {@code deferred} holds files whose very list is costly to make
     * (the search index): serve mode makes them only when one is asked for; a build makes them in the
     * background while pages render, and this waits for them.
     */
    public List<FileJob> allFiles() {
        List<FileJob> later = deferred.get();
        if (later.isEmpty()) {
            return files;
        }
        List<FileJob> all = new java.util.ArrayList<>(files);
        all.addAll(later);
        return all;
    }

    /**
     * An HTML page: its route, its template, how to build the template's parameter, and how to list what it
     * is made of ({@link Deps}; computed only by serve mode, to know which pages a change touches). On a page of a
     * translation, {@code english} holds the English texts standing in for missing translations, by identity
     * ({@link Localiser}), which the page labels as English; null on an English page.
     */
    public record PageJob(String route, String template, Supplier<Object> view, Supplier<List<String>> deps,
            java.util.Set<String> english) {

        public PageJob(String route, String template, Supplier<Object> view, Supplier<List<String>> deps) {
            this(route, template, view, deps, null);
        }
    }

    /**
     * A non-HTML file (CSV, JSON, CSS, text) at {@code path}; {@code deps} lists what it is made of, like a
     * page's, or is null for a file made again on every incremental build (sitemaps, feed: cheap).
     */
    public record FileJob(String path, Supplier<byte[]> bytes, Supplier<List<String>> deps, Streamed stream) {

        public FileJob(String path, Supplier<byte[]> bytes, Supplier<List<String>> deps) {
            this(path, bytes, deps, null);
        }

        public FileJob(String path, Supplier<byte[]> bytes) {
            this(path, bytes, null, null);
        }

        /**
         * A file too large to hold in memory (a large report's bulk data), written straight to its output; {@link
         * #bytes} still gives it whole, for {@code serve}.
         */
        public static FileJob streamed(String path, Streamed stream, Supplier<List<String>> deps) {
            return new FileJob(path, () -> {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 16);
                try {
                    stream.writeTo(out);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return out.toByteArray();
            }, deps, stream);
        }
    }

    /** Writes a file's bytes to {@code out}, a little at a time. */
    @FunctionalInterface
    public interface Streamed {
        void writeTo(java.io.OutputStream out) throws java.io.IOException;
    }
}
