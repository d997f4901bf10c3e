package org.officialvoices.serve;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.officialvoices.diag.Diagnostic;
import org.officialvoices.site.Routes;

/**
 * The site as the server shows it at one moment: rendered pages by file path ({@code accounts/x/index.html}),
 * other files made on first request (some, like the search index, listed only then), the problems of the latest build, and when each page last changed.
 * Immutable; the server swaps in a new one after each rebuild.
 *
 * @param version     increases with every rebuild that changed anything a reader sees
 * @param changedAt   for each page, the version in which its HTML last changed
 * @param allChangedAt the version in which every page changed at once (errors shown or cleared, a stylesheet edited)
 * @param built       false until a build has succeeded, so there are no pages to show yet
 */
public record Snapshot(long version, Map<String, byte[]> pages, Map<String, Supplier<byte[]>> files,
        Supplier<Map<String, Supplier<byte[]>>> deferredFiles, List<Diagnostic> diagnostics, int errorCount, Map<String, Long> changedAt, long allChangedAt, boolean built) {

    public Snapshot {
        pages = Map.copyOf(pages);
        files = Map.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
        changedAt = Map.copyOf(changedAt);
    }

    /**
     * A non-page file: listed ones first, then those made on demand, which are all search files (so a request
     * for a missing favicon does not make the search index).
     */
    public Supplier<byte[]> file(String path) {
        Supplier<byte[]> listed = files.get(path);
        return listed != null || !path.startsWith(Routes.SEARCH) ? listed : deferredFiles.get().get(path);
    }

    /** Every non-page file, the deferred ones made now. */
    public Map<String, Supplier<byte[]>> allFiles() {
        Map<String, Supplier<byte[]>> all = new java.util.HashMap<>(files);
        all.putAll(deferredFiles.get());
        return all;
    }

    /** Whether a reader who loaded {@code path} at version {@code since} should load it again. */
    public boolean changedSince(String path, long since) {
        return allChangedAt > since || changedAt.getOrDefault(path, Long.MIN_VALUE) > since;
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }
}
