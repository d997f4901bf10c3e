package org.officialvoices.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.officialvoices.cli.Main;

/** Shared test vocabulary: fixture sites, running the CLI, reading its output. */
public final class TestSites {

    private TestSites() {
    }

    /** The folder of a fixture site under {@code src/test/resources/sites/}. */
    public static Path fixture(String name) {
        return Path.of("src/test/resources/sites", name);
    }

    /** The real report content at the top of the repository. */
    public static Path realContent() {
        return Path.of("content");
    }

    /** Copies {@code from} into {@code to} recursively. */
    public static Path copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes {@code to} a copy of {@code from}, deleting whatever {@code to} held: to update golden output. */
    public static void replace(Path to, Path from) {
        if (Files.exists(to)) {
            try (Stream<Path> walk = Files.walk(to)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        copy(from, to);
    }

    /** The result of one CLI run. */
    public record Run(int exitCode, String out, String err) {
    }

    public static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A file's text, as UTF-8. */
    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves {@code text} into {@code file} as many editors do, through a hidden file renamed over it, so a
     * watching server never reads the file half written (a plain write truncates first, then writes).
     */
    public static void save(Path file, String text) {
        try {
            Path hidden = file.resolveSibling("." + file.getFileName() + ".saving");
            Files.writeString(hidden, text);
            Files.move(hidden, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds {@code content} into {@code out} and fails the test unless the build succeeds. */
    public static Path build(Path content, Path out) {
        Run run = cli("build", "--content", content.toString(), "--out", out.toString());
        if (run.exitCode() != 0) {
            throw new AssertionError("build failed with " + run.exitCode() + ":\n" + run.err());
        }
        return out;
    }

    /** Parses the page at {@code route} (e.g. {@code accounts/x/}) of a built site. */
    public static Document page(Path site, String route) {
        Path file = site.resolve(route.isEmpty() || route.endsWith("/") ? route + "index.html" : route);
        try {
            return Jsoup.parse(Files.readString(file), "https://test.invalid/" + route);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Names in {@code folder}, leaving out the stamp, build state and seal the generator keeps beside each
     * output ({@code .site.stamp}, {@code .site.state}, {@code .site.state.seal}); used to check that no
     * staging or old folder, journal or staged state is left behind.
     */
    public static List<String> entries(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".stamp") && !n.endsWith(".state") && !n.endsWith(".state.seal")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code root} with a SHA-256 of its bytes, keyed by relative path: a tree fingerprint. */
    public static Map<String, String> fingerprint(Path root) {
        Map<String, String> hashes = new TreeMap<>();
        if (!Files.exists(root)) {
            return hashes;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    hashes.put(root.relativize(p).toString(), sha256(Files.readAllBytes(p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
