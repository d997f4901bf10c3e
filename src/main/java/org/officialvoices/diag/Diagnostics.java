package org.officialvoices.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Collects the problems of one run, so an editor sees them all at once rather than one per build.
 *
 * <p>Collection is capped: only the first {@link #LIMIT} problems in file order are kept, the rest are
 * counted. Which ones are kept never depends on the order problems were found in, so parallel reading
 * still gives the same report every time. Thread-safe.
 */
public final class Diagnostics {

    public static final int LIMIT = 100;

    /** The kept problems as a max-heap in file order, so the last in file order is dropped first. */
    private final PriorityQueue<Diagnostic> kept = new PriorityQueue<>(Diagnostic.ORDER.reversed());
    private int errors;

    public synchronized void add(Diagnostic diagnostic) {
        if (diagnostic.severity() == Diagnostic.Severity.ERROR) {
            errors++;
        }
        kept.add(diagnostic);
        if (kept.size() > LIMIT) {
            kept.poll();
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
