package org.officialvoices.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares two output folders file by file and says how they differ in words a reader can act on: folders
 * and files only on one side, then the first differing files, each at its first differing line with the
 * lines around it. Empty when the trees are identical, folders included.
 */
public final class TreeDiff {

    private static final int FILES_SHOWN = 3;
    private static final int CONTEXT = 2;

    private TreeDiff() {
    }

    public static String describe(Path expected, Path actual) {
        TreeSet<String> want = entries(expected);
        TreeSet<String> got = entries(actual);
        StringBuilder report = new StringBuilder();
        TreeSet<String> missing = new TreeSet<>(want);
        missing.removeAll(got);
        TreeSet<String> extra = new TreeSet<>(got);
        extra.removeAll(want);
        missing.stream().limit(10).forEach(p -> report.append("missing: ").append(p).append('\n'));
        extra.stream().limit(10).forEach(p -> report.append("extra:   ").append(p).append('\n'));
        int shown = 0;
        for (String path : want) {
            if (!got.contains(path) || path.endsWith("/")) {
                continue;
            }
            byte[] a = bytes(expected.resolve(path));
            byte[] b = bytes(actual.resolve(path));
            if (!Arrays.equals(a, b)) {
                if (shown++ < FILES_SHOWN) {
                    report.append(lineDiff(path, a, b));
                } else {
                    report.append("differs: ").append(path).append('\n');
                }
            }
        }
        return report.toString();
    }

    /** Relative paths of every file, and of every folder with a trailing slash. */
    private static TreeSet<String> entries(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            TreeSet<String> all = new TreeSet<>();
            walk.filter(p -> !p.equals(root)).forEach(p -> all.add(root.relativize(p).toString().replace('\\', '/')
                    + (Files.isDirectory(p) ? "/" : "")));
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lineDiff(String path, byte[] expected, byte[] actual) {
        List<String> a = new String(expected, StandardCharsets.UTF_8).lines().toList();
        List<String> b = new String(actual, StandardCharsets.UTF_8).lines().toList();
        int line = 0;
        while (line < a.size() && line < b.size() && a.get(line).equals(b.get(line))) {
            line++;
        }
        List<String> out = new ArrayList<>();
        out.add("differs: " + path + " at line " + (line + 1) + " (full build: " + expected.length
                + " bytes, incremental: " + actual.length + " bytes)");
        for (int i = Math.max(0, line - CONTEXT); i < line; i++) {
            out.add("    " + clip(a.get(i)));
        }
        for (int i = line; i < Math.min(a.size(), line + CONTEXT + 1); i++) {
            out.add("  - " + clip(a.get(i)));
        }
        for (int i = line; i < Math.min(b.size(), line + CONTEXT + 1); i++) {
            out.add("  + " + clip(b.get(i)));
        }
        return String.join("\n", out) + "\n";
    }

    private static String clip(String line) {
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
