package org.officialvoices.pipeline;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A one-line counter for long builds ({@code rendering pages 12,345 / 193,113}), redrawn in place at most
 * every {@link #EVERY_MILLIS} and erased at the end. Only for a person at a terminal: CI logs and pipes get
 * nothing. Thread-safe: pages are rendered in parallel.
 */
public final class Progress {

    static final long EVERY_MILLIS = 100;
    private static final Progress NONE = new Progress(null, System::nanoTime);

    private final PrintStream out;
    private final LongSupplier nanos;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong lastDrawn = new AtomicLong();
    private volatile String label = "";
    private volatile int total;
    private volatile int width;

    Progress(PrintStream out, LongSupplier nanos) {
        this.out = out;
        this.nanos = nanos;
    }

    /** Draws on {@code err} when this process writes to a terminal and the {@code CI} variable is unset. */
    public static Progress forTerminal(PrintStream err) {
        return forTerminal(err, Terminal.ofThisProcess());
    }

    /** Draws on {@code err} when {@code terminal} says a person is watching; otherwise does nothing. */
    static Progress forTerminal(PrintStream err, Terminal terminal) {
        return terminal.interactive() ? new Progress(err, System::nanoTime) : NONE;
    }

    public static Progress none() {
        return NONE;
    }

    /** Starts counting {@code total} steps of {@code what} (such as "rendering pages"). */
    public void start(String what, int steps) {
        if (out == null) {
            return;
        }
        label = what;
        total = steps;
        done.set(0);
        lastDrawn.set(nanos.getAsLong());
    }

    /** One step done; redraws the line if it was last drawn long enough ago. */
    public void step() {
        if (out == null) {
            return;
        }
        int now = done.incrementAndGet();
        long time = nanos.getAsLong();
        long last = lastDrawn.get();
        if (time - last >= EVERY_MILLIS * 1_000_000 && lastDrawn.compareAndSet(last, time)) {
            draw(now);
        }
    }

    /** Erases the line, so what is printed next starts clean. */
    public synchronized void finish() {
        if (out != null && width > 0) {
            out.print("\r" + " ".repeat(width) + "\r");
            out.flush();
            width = 0;
        }
    }

    private synchronized void draw(int now) {
        String line = String.format(Locale.ROOT, "%s %,d / %,d", label, now, total);
        out.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        out.flush();
        width = Math.max(width, line.length());
    }
}
