package org.officialvoices.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the CLI in a separate JVM, to kill it mid-build or to change JVM-wide settings such as thread count. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** Starts {@code Main} with {@code jvmArgs} and {@code args}; output goes to {@code log}. */
    public static Process start(List<String> jvmArgs, Path log, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.officialvoices.cli.Main");
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs to completion and returns the exit code; a child still running after five minutes is killed. */
    public static int run(List<String> jvmArgs, Path log, String... args) {
        Process child = start(jvmArgs, log, args);
        try {
            if (!child.waitFor(5, TimeUnit.MINUTES)) {
                throw new AssertionError("child JVM still running after 5 minutes; see " + log);
            }
            return child.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            child.destroyForcibly();
        }
    }
}
