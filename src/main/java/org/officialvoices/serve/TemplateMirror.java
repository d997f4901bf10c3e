package org.officialvoices.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A private copy of the templates folder, brought up to date only between rebuilds. jte recompiles a
 * template when its file changes as pages are being rendered; were it watching the editor's folder, a save
 * during a rebuild could make several rendering threads recompile one template at once. Reading from this
 * copy, it sees changes only when {@link #sync()} runs, before the rebuild compiles them one at a time.
 */
final class TemplateMirror {

    private final Path source;
    private final Path copy;

    TemplateMirror(Path source, Path copy) {
        this.source = source;
        this.copy = copy;
    }

    Path folder() {
        return copy;
    }

    /** Copies every template that differs from its copy and removes the copies of deleted ones. */
    void sync() {
        try {
            Set<Path> present = new HashSet<>();
            for (Path file : templates(source)) {
                Path relative = source.relativize(file);
                present.add(relative);
                Path target = copy.resolve(relative.toString());
                byte[] bytes = Files.readAllBytes(file);
                if (!Files.exists(target) || !Arrays.equals(bytes, Files.readAllBytes(target))) {
                    Files.createDirectories(target.getParent());
                    Files.write(target, bytes);
                }
            }
            for (Path old : templates(copy)) {
                if (!present.contains(copy.relativize(old))) {
                    Files.delete(old);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the templates from " + source, e);
        }
    }

    private static List<Path> templates(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            return tree.filter(p -> p.toString().endsWith(".jte") && Files.isRegularFile(p)).toList();
        }
    }
}
