package org.officialvoices.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A scratch folder for one fuzz test class, made once and removed when the JVM ends. */
final class FuzzFolder {

    private FuzzFolder() {
    }

    static Path create(String name) {
        try {
            Path dir = Files.createTempDirectory("ov-fuzz-" + name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties {@code dir}, keeping the folder itself. */
    static void clear(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
