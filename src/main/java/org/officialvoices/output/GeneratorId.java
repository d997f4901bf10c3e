package org.officialvoices.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What identifies the generator that made an output: a SHA-256 of its own compiled classes, templates and
 * assets, and of the names (with versions) of the libraries beside it. The same code compiled again gets
 * the same id, so a cached output stays valid across CI runs; any change to the code, a template or a
 * dependency gets a new one, so stamps and saved state never outlive the generator that wrote them.
 */
final class GeneratorId {

    /** Computed once per run: it only depends on files that do not change while the program runs. */
    static final String ID = compute();

    private GeneratorId() {
    }

    private static String compute() {
        MessageDigest sha = sha256();
        try {
            Path code = Path.of(GeneratorId.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) {
                hashFolder(code, sha);
                // Under exec:java or an IDE, the libraries are separate jars whose names carry their versions
                for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                    Path jar = Path.of(entry).getFileName();
                    if (jar != null && !Path.of(entry).toAbsolutePath().equals(code.toAbsolutePath())) {
                        sha.update((jar + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                }
            } else {
                try (InputStream in = Files.newInputStream(code)) {
                    hash(in, sha);
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Not from a file (an unusual class loader): an id that never matches, so every build is full
            return "unknown-" + System.nanoTime();
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void hashFolder(Path root, MessageDigest sha) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            sha.update(root.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            try (InputStream in = Files.newInputStream(file)) {
                hash(in, sha);
            }
        }
    }

    private static void hash(InputStream in, MessageDigest sha) throws IOException {
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
            sha.update(buffer, 0, n);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
