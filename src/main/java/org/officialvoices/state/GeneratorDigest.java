package org.officialvoices.state;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Which generator made an output, its stamp and its build state: a SHA-256 of the generator's own classes, compiled templates and
 * resources (its jar's entries, or its class folder's files), and of the names of the jars on its class
 * path, which carry their versions. The build holds no time, so CI that compiles the same code again on every
 * run keeps its state and stamp, while any change to the code, a
 * template, a stylesheet or a dependency's version makes the next build a full one. Made once per run.
 */
public final class GeneratorDigest {

    private GeneratorDigest() {
    }

    private static final class Holder {
        static final String VALUE = compute();
    }

    public static String value() {
        return Holder.VALUE;
    }

    private static String compute() {
        try {
            Path code = Path.of(GeneratorDigest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return of(code, classPath());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // No code source to read (an unusual class loader): a digest no state can match, so builds are full
            return "unknown-" + System.nanoTime();
        }
    }

    /** The digest of the generator in {@code code} (a jar or a class folder) with {@code classPath}. */
    static String of(Path code, List<Path> classPath) {
        MessageDigest sha = sha256();
        try {
            if (Files.isDirectory(code)) {
                folder(code, sha);
            } else {
                jar(code, sha);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path entry : classPath) {
            if (entry.getFileName() != null && !entry.toAbsolutePath().equals(code.toAbsolutePath())) {
                sha.update(entry.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Where the generator's dependencies come from: its class loader's URLs when it has them (under Maven's
     * {@code exec:java}), else the JVM's class path (a plain {@code java -cp}; the shaded jar holds them all).
     */
    private static List<Path> classPath() throws java.net.URISyntaxException {
        List<Path> paths = new java.util.ArrayList<>();
        if (GeneratorDigest.class.getClassLoader() instanceof java.net.URLClassLoader loader) {
            for (java.net.URL url : loader.getURLs()) {
                paths.add(Path.of(url.toURI()));
            }
        } else {
            for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    paths.add(Path.of(entry));
                }
            }
        }
        return paths;
    }

    private static void folder(Path root, MessageDigest sha) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = root.relativize(file).toString().replace(File.separatorChar, '/');
            entry(name, Files.readAllBytes(file), sha);
        }
    }

    /**
     * A jar's entries by name, size and CRC-32 as its central directory records them, so that nothing is
     * decompressed: the shaded jar holds 15 MB of classes, and this runs on every build, "nothing changed" too.
     */
    private static void jar(Path jar, MessageDigest sha) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> entries = new java.util.ArrayList<>(Collections.list(file.entries()));
            entries.sort(java.util.Comparator.comparing(JarEntry::getName));
            java.nio.ByteBuffer numbers = java.nio.ByteBuffer.allocate(16);
            for (JarEntry e : entries) {
                if (!e.isDirectory()) {
                    entry(e.getName(), numbers.clear().putLong(e.getSize()).putLong(e.getCrc()).array(), sha);
                }
            }
        }
    }

    private static void entry(String name, byte[] bytes, MessageDigest sha) {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
