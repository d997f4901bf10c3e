package org.officialvoices.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Changes an existing output folder file by file, for incremental builds: new and changed files are staged in
 * a folder beside the target, then a journal ({@code .site.journal}) listing every move and deletion is put in
 * place with one rename, and only then is the target changed. A run that dies before the journal exists leaves
 * the target as it was; one that dies after it is finished by the next run ({@link #recover}), which replays
 * the journal. Files beside the target (the build state, the stamp) are staged as {@code <name>.next} and
 * moved with the rest; the {@link OutputSeal} is written last.
 *
 * <p>Usage: {@code try (var patch = SitePatch.stage(out)) { patch.write(path, bytes); patch.delete(old);
 * patch.commit(List.of(stateFile), token); }}
 */
public final class SitePatch implements AutoCloseable {

    private static final String MOVE = "M ";
    private static final String DELETE = "D ";
    private static final String BESIDE = "B ";
    private static final String STAGING = "S ";
    private static final String TOKEN = "T ";
    private static final String END = "E";

    private final Path target;
    private final Path staging;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Set<String> deleted = ConcurrentHashMap.newKeySet();
    private boolean committed;

    private SitePatch(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Starts a patch of {@code target}, an existing output folder, first finishing or undoing any earlier one. */
    public static SitePatch stage(Path target) {
        SiteWriter.repair(target);
        Path absolute = target.toAbsolutePath().normalize();
        Path staging = absolute.resolveSibling("." + absolute.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            Files.createDirectory(staging);
        } catch (IOException e) {
            throw new OutputFailed("cannot prepare output folder " + target, e);
        }
        return new SitePatch(absolute, staging);
    }

    /** Stages {@code bytes} as the new file at {@code relativePath}. Thread-safe. */
    public void write(String relativePath, byte[] bytes, int length) {
        Path file = inside(staging, relativePath);
        try {
            Files.createDirectories(file.getParent());
            try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE)) {
                var buffer = java.nio.ByteBuffer.wrap(bytes, 0, length);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        } catch (IOException e) {
            throw new OutputFailed("cannot write " + relativePath, e);
        }
        written.add(relativePath);
    }

    public void write(String relativePath, byte[] bytes) {
        write(relativePath, bytes, bytes.length);
    }

    /** Stages the file at {@code relativePath} from {@code content}, written a little at a time. Thread-safe. */
    public void write(String relativePath, SiteWriter.StreamedContent content) {
        Path file = inside(staging, relativePath);
        try {
            Files.createDirectories(file.getParent());
            SiteWriter.writeFile(file, content);
        } catch (IOException e) {
            throw new OutputFailed("cannot write " + relativePath, e);
        }
        written.add(relativePath);
    }

    /** Marks the file at {@code relativePath} of the target for deletion. Thread-safe. */
    public void delete(String relativePath) {
        inside(target, relativePath);
        deleted.add(relativePath);
    }

    /** How many files were staged and how many marked for deletion. */
    public int changes() {
        return written.size() + deleted.size();
    }

    /** Where a file beside the target must be staged before {@link #commit}: {@code .site.state} → {@code .site.state.next}. */
    public static Path staged(Path besideFile) {
        return besideFile.resolveSibling(besideFile.getFileName() + ".next");
    }

    /**
     * Applies the patch: writes the journal, then deletes, moves the staged files into the target, moves each
     * of {@code beside} from its {@link #staged} copy, and seals the target with {@code token}.
     */
    public void commit(List<Path> beside, String token) {
        Path journal = journal(target);
        List<String> lines = new ArrayList<>();
        lines.add(STAGING + staging.getFileName());
        lines.add(TOKEN + token);
        deleted.stream().sorted().forEach(p -> lines.add(DELETE + p));
        written.stream().sorted().forEach(p -> lines.add(MOVE + p));
        beside.forEach(b -> lines.add(BESIDE + b.getFileName()));
        lines.add(END);
        try {
            Path temp = journal.resolveSibling(journal.getFileName() + ".tmp");
            Files.write(temp, lines, StandardCharsets.UTF_8);
            OutputSeal.breakSeal(target);
            Files.move(temp, journal, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            committed = true;
            replay(target, lines);
        } catch (IOException e) {
            throw new OutputFailed("cannot apply the changes to " + target, e);
        }
    }

    /** Drops what was staged unless committed; the target is untouched. */
    @Override
    public void close() {
        if (!committed) {
            SiteWriter.deleteTree(staging);
        }
    }

    /**
     * Finishes a patch an earlier run left half applied: replays its journal. A journal that cannot be read
     * whole (it is written whole, then renamed, so this means someone else's hand) breaks the seal, so the
     * next build is a full one.
     */
    static void recover(Path target) throws IOException {
        Path journal = journal(target);
        if (!Files.exists(journal)) {
            Files.deleteIfExists(journal.resolveSibling(journal.getFileName() + ".tmp"));
            String name = target.getFileName().toString();
            try (var staged = Files.newDirectoryStream(target.getParent(), "." + name + ".*.next")) {
                for (Path file : staged) {
                    Files.deleteIfExists(file); // a state or stamp staged by a run that stopped before its journal
                }
            }
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        } catch (IOException e) {
            lines = List.of();
        }
        if (lines.isEmpty() || !lines.get(lines.size() - 1).equals(END) || !lines.get(0).startsWith(STAGING)) {
            OutputSeal.breakSeal(target);
            Files.delete(journal);
            return;
        }
        replay(target, lines);
    }

    /** Does what the journal says; each step can be done again, so a replay may itself be interrupted. */
    private static void replay(Path target, List<String> lines) throws IOException {
        Path staging = target.resolveSibling(lines.get(0).substring(STAGING.length()));
        String token = null;
        for (String line : lines) {
            if (line.startsWith(DELETE)) {
                Path file = inside(target, line.substring(DELETE.length()));
                Files.deleteIfExists(file);
                prune(target, file.getParent());
            }
        }
        for (String line : lines) {
            if (line.startsWith(MOVE)) {
                String path = line.substring(MOVE.length());
                Path from = inside(staging, path);
                if (Files.exists(from)) {
                    Path to = inside(target, path);
                    Files.createDirectories(to.getParent());
                    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            } else if (line.startsWith(BESIDE)) {
                Path to = target.resolveSibling(line.substring(BESIDE.length()));
                Path from = staged(to);
                if (Files.exists(from)) {
                    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            } else if (line.startsWith(TOKEN)) {
                token = line.substring(TOKEN.length());
            }
        }
        OutputSeal.seal(target, token);
        Files.delete(journal(target));
        SiteWriter.deleteTree(staging);
    }

    /** Removes folders left empty by a deletion, up to the target, as a full build would not have them. */
    private static void prune(Path target, Path folder) throws IOException {
        for (Path dir = folder; dir != null && dir.startsWith(target) && !dir.equals(target); dir = dir.getParent()) {
            try {
                Files.delete(dir);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                if (e instanceof DirectoryNotEmptyException) {
                    return;
                }
            }
        }
    }

    private static Path inside(Path root, String relativePath) {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("output path escapes the output folder: " + relativePath);
        }
        return file;
    }

    static Path journal(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".journal");
    }
}
