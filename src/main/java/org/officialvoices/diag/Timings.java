package org.officialvoices.diag;

import java.util.Locale;
import java.util.function.Supplier;

/** Times a stage and prints it to stderr when the system property {@code ov.timings} is true (for profiling). */
public final class Timings {

    private Timings() {
    }

    public static <T> T timed(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        since(stage, start);
        return result;
    }

    /** As {@link #timed(String, Supplier)}, for work that returns nothing. */
    public static void timed(String stage, Runnable work) {
        long start = System.nanoTime();
        work.run();
        since(stage, start);
    }

    /** Prints {@code text} as a timing line, formatted like {@link String#format}, when timings are on. */
    public static void note(String format, Object... args) {
        if (Boolean.getBoolean("ov.timings")) {
            System.err.printf(Locale.ROOT, "timing: " + format + "%n", args);
        }
    }

    /** Prints the time since {@code startNanos} (from {@link System#nanoTime()}) as the time of {@code stage}. */
    public static void since(String stage, long startNanos) {
        note("%-13s %7.1f ms", stage, (System.nanoTime() - startNanos) / 1e6);
    }
}
