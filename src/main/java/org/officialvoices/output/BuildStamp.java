package org.officialvoices.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.officialvoices.state.GeneratorDigest;


/**
 * Remembers what the output folder was built from, so a build with nothing changed can stop after reading
 * the content. The stamp is a file beside the output ({@code .site.stamp}), never inside what is published.
 *
 * <p>A stamp holds two keys. The quick key covers every content file's path, size and modification time:
 * when it matches, nothing was edited and no file needs reading. The fingerprint covers every file's path
 * and text: when only times changed (a checkout, a {@code touch}), reading the files shows the content is
 * the same. Both include the identity of the generator build, so a new generator always rebuilds.
 */
public final class BuildStamp {

    private BuildStamp() {
    }

    /** The SHA-256 of one file's path and bytes. */
    public static byte[] digest(String path, byte[] bytes) {
        MessageDigest one = sha256();
        one.update(path.getBytes(StandardCharsets.UTF_8));
        one.update((byte) 0);
        one.update(bytes);
        return one.digest();
    }

    /** The fingerprint of files whose digests, in path order, are {@code digests}. */
    public static String combine(List<byte[]> digests) {
        MessageDigest all = sha256();
        all.update(generatorId().getBytes(StandardCharsets.UTF_8));
        digests.forEach(all::update);
        return HexFormat.of().formatHex(all.digest());
    }

    /** The keys recorded for an output folder. */
    public record Stamp(String fingerprint, String quickKey) {
    }

    /** A SHA-256 over the generator's build id and the listing's {@code path size time} lines. */
    public static String quickKey(List<String> stats) {
        MessageDigest all = sha256();
        all.update(generatorId().getBytes(StandardCharsets.UTF_8));
        stats.forEach(line -> all.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(all.digest());
    }

    /** The stamp of {@code out}, or null when the folder or its stamp is missing or unreadable. */
    public static Stamp read(Path out) {
        Path stamp = stampFile(out);
        try {
            if (!Files.isDirectory(out) || !Files.exists(stamp)) {
                return null;
            }
            List<String> lines = Files.readAllLines(stamp);
            return lines.size() == 2 ? new Stamp(lines.get(0), lines.get(1)) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Records that {@code out} now holds the build of these keys; written atomically. */
    public static void write(Path out, Stamp keys) {
        writeTo(stampFile(out), keys);
    }

    /** Writes a stamp into {@code stamp}, atomically: for a stamp staged beside the output before a commit. */
    public static void writeTo(Path stamp, Stamp keys) {
        Path temp = stamp.resolveSibling(stamp.getFileName() + ".tmp");
        try {
            Files.writeString(temp, keys.fingerprint() + "\n" + keys.quickKey() + "\n");
            Files.move(temp, stamp, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + stamp, e);
        }
    }

    /** Forgets the stamp, before the output is replaced, so a crash can never pair an old stamp with a new site. */
    public static void clear(Path out) {
        try {
            Files.deleteIfExists(stampFile(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the stamp of {@code out} lives: {@code .site.stamp} beside it. */
    public static Path file(Path out) {
        return stampFile(out);
    }

    static Path stampFile(Path out) {
        Path absolute = out.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".stamp");
    }

    /** Which generator made the output: the same code compiled again has the same id (see {@link GeneratorDigest}). */
    static String generatorId() {
        return GeneratorDigest.value();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
