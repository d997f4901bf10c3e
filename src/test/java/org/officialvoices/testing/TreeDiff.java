package org.officialvoices.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Compares two folder trees file by file and says how they differ in words a reader can act on: folders
 * and files only on one side, then a unified diff of each of the first differing files. Empty when the
 * trees are identical, folders included.
 *
 * <p>{@code assertThat(TreeDiff.describe(expected, actual)).isEmpty()} for two trees on disk; to check that
 * something left a tree as it was, take a {@link Snapshot} before and compare it with the tree after.
 */
public final class TreeDiff {

    private static final int FILES_SHOWN = 3;
    private static final int LISTED = 10;

    private TreeDiff() {
    }

    /** A tree's folders and files with their bytes, read once, to compare with the same tree later. */
    public static final class Snapshot {

        /** Relative paths ({@code /} between names), folders ending in {@code /} with no bytes. */
        private final SortedMap<String, byte[]> entries;

        private Snapshot(SortedMap<String, byte[]> entries) {
            this.entries = Collections.unmodifiableSortedMap(entries);
        }

        /** Everything under {@code root}; an empty snapshot if there is no {@code root}. */
        public static Snapshot of(Path root) {
            return of(root, name -> true);
        }

        /** Everything under {@code root} but the top-level names {@code kept} refuses (a tree too deep to walk). */
        public static Snapshot of(Path root, Predicate<String> kept) {
            SortedMap<String, byte[]> entries = new TreeMap<>();
            if (!Files.exists(root)) {
                return new Snapshot(entries);
            }
            try (Stream<Path> top = Files.list(root)) {
                for (Path child : top.filter(p -> kept.test(p.getFileName().toString())).toList()) {
                    try (Stream<Path> walk = Files.walk(child)) {
                        for (Path p : (Iterable<Path>) walk::iterator) {
                            String name = root.relativize(p).toString().replace('\\', '/');
                            entries.put(Files.isDirectory(p) ? name + "/" : name, Files.isDirectory(p) ? null : Files.readAllBytes(p));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Snapshot(entries);
        }

        /** How many files (not folders) it holds. */
        public int files() {
            return (int) entries.keySet().stream().filter(name -> !name.endsWith("/")).count();
        }
    }

    /** How {@code actual} differs from {@code expected}, both on disk; empty if not at all. */
    public static String describe(Path expected, Path actual) {
        return describe(Snapshot.of(expected), "expected", Snapshot.of(actual), "actual");
    }

    /** As {@link #describe(Path, Path)}, each side named in the diff by its label ("full build"). */
    public static String describe(Path expected, String expectedLabel, Path actual, String actualLabel) {
        return describe(Snapshot.of(expected), expectedLabel, Snapshot.of(actual), actualLabel);
    }

    /** How the tree at {@code now} differs from what it was when {@code before} was taken; empty if not at all. */
    public static String describe(Snapshot before, Path now) {
        return describe(before, "before", Snapshot.of(now), "after");
    }

    /** How {@code actual} differs from {@code expected}, each side named in the diff by its label. */
    public static String describe(Snapshot expected, String expectedLabel, Snapshot actual, String actualLabel) {
        StringBuilder report = new StringBuilder();
        TreeSet<String> missing = new TreeSet<>(expected.entries.keySet());
        missing.removeAll(actual.entries.keySet());
        TreeSet<String> extra = new TreeSet<>(actual.entries.keySet());
        extra.removeAll(expected.entries.keySet());
        list(report, "only in " + expectedLabel + ": ", missing);
        list(report, "only in " + actualLabel + ": ", extra);
        int shown = 0;
        for (var entry : expected.entries.entrySet()) {
            byte[] a = entry.getValue();
            byte[] b = actual.entries.get(entry.getKey());
            if (a == null || b == null || Arrays.equals(a, b)) {
                continue;
            }
            if (shown++ < FILES_SHOWN) {
                report.append(UnifiedDiff.of(entry.getKey(), expectedLabel, a, actualLabel, b));
            } else {
                report.append("differs: ").append(entry.getKey()).append('\n');
            }
        }
        return report.toString();
    }

    private static void list(StringBuilder report, String label, TreeSet<String> names) {
        names.stream().limit(LISTED).forEach(name -> report.append(label).append(name).append('\n'));
        if (names.size() > LISTED) {
            report.append(label).append("... and ").append(names.size() - LISTED).append(" more\n");
        }
    }
}
