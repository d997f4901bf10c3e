package org.officialvoices.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Says that the output folder is exactly what the build state beside it describes: a file beside the output
 * ({@code .site.state.seal}) holding the state's token and the output folder's identity and time as they were
 * when the last commit ended. It is removed before any commit starts and written when one has ended, so an
 * interrupted commit, or an output folder replaced or changed at its top since, is never taken as up to date.
 *
 * <p>The check is cheap (one {@code stat}): it cannot see a page edited by hand deep in the folder; for that,
 * {@code build --full}.
 */
public final class OutputSeal {

    private OutputSeal() {
    }

    /** Records that {@code target} now matches the state whose token is {@code token}. */
    public static void seal(Path target, String token) {
        Path seal = file(target);
        Path temp = seal.resolveSibling(seal.getFileName() + ".tmp");
        try {
            Files.writeString(temp, token + "\n" + identity(target) + "\n");
            Files.move(temp, seal, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new OutputFailed("cannot write " + seal, e);
        }
    }

    /** Whether {@code target} is sealed with {@code token} and has not been replaced or changed at its top since. */
    public static boolean holds(Path target, String token) {
        try {
            List<String> lines = Files.readAllLines(file(target));
            return lines.size() == 2 && lines.get(0).equals(token) && lines.get(1).equals(identity(target));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Breaks the seal, before a commit starts changing the output. */
    public static void breakSeal(Path target) {
        try {
            Files.deleteIfExists(file(target));
        } catch (IOException e) {
            throw new OutputFailed("cannot remove " + file(target), e);
        }
    }

    static Path file(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".state.seal");
    }

    /** The folder's file key (device and inode where the system has them) and its modification time. */
    private static String identity(Path target) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attrs.isDirectory()) {
            throw new IOException(target + " is not a folder");
        }
        return attrs.fileKey() + " " + attrs.lastModifiedTime().toMillis() + " "
                + attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
