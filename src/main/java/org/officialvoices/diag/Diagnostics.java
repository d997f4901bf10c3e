package org.officialvoices.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one run, so an editor sees them all at once rather than one per build.
 *
 * <p>Collection is capped: past {@link #LIMIT} errors the rest are counted, not kept. Thread-safe.
 */
public final class Diagnostics {

    public static final int LIMIT = 100;

    private final List<Diagnostic> kept = new ArrayList<>();
    private int errors;

    public synchronized void add(Diagnostic diagnostic) {
        if (diagnostic.severity() == Diagnostic.Severity.ERROR) {
            errors++;
        }
        if (kept.size() < LIMIT) {
            kept.add(diagnostic);
        }
    }

    public void error(String path, Pos pos, String message) {
        add(Diagnostic.error(path, pos, message));
    }

    public void error(String path, Pos pos, String message, String hint) {
        add(Diagnostic.error(path, pos, message).withHint(hint));
    }

    public synchronized boolean hasErrors() {
        return errors > 0;
    }

    public synchronized int errorCount() {
        return errors;
    }

    /** The kept problems in file order, so output does not depend on the order files were read. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(kept);
        copy.sort(Diagnostic.ORDER);
        return List.copyOf(copy);
    }

    /** Throws {@link BuildFailed} when any error was added. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new BuildFailed(sorted(), errorCount());
        }
    }
}
