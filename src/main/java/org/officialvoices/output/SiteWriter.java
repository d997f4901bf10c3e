package org.officialvoices.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import org.officialvoices.diag.Timings;

/**
 * Stage 6, write: puts a new site into a staging folder beside the target and swaps it in only when every
 * file is written, so a failed build leaves the previous output exactly as it was.
 *
 * <p>Usage: {@code var staging = SiteWriter.stage(out); staging.write("a/index.html", bytes); staging.commit();}
 * With many page folders, {@code staging.makeFoldersAhead(folders)} first makes them on a thread of its own.
 */
public final class SiteWriter implements AutoCloseable {

    /**
     * Asks whether a folder's entries may be removed, throwing the system's reason if not; a seam so tests can
     * simulate a folder the system refuses, which permission bits cannot do for root.
     */
    @FunctionalInterface
    interface FolderAccess {
        void checkWritable(Path dir) throws IOException;

        /** The operating system's answer ({@code access(2)}): it says why, even for root (a read-only file system). */
        FolderAccess SYSTEM = dir -> dir.getFileSystem().provider().checkAccess(dir, java.nio.file.AccessMode.WRITE);
    }

    private final Path target;
    private final Path staging;
    private boolean committed;
    private Thread folderMaker;
    private volatile boolean stopFolders;
    private volatile int foldersAhead;
    private volatile long foldersAheadNanos;
    private final LongAdder foldersByWriters = new LongAdder();
    private final LongAdder filesWritten = new LongAdder();
    private final LongAdder bytesWritten = new LongAdder();
    /** Why the previous output could not be removed whole, found while the new one is written; null if it can. */
    private final CompletableFuture<IOException> obstacle;

    private SiteWriter(Path target, Path staging, FolderAccess access) {
        this.target = target;
        this.staging = staging;
        this.obstacle = new CompletableFuture<>();
        Thread checker = new Thread(() -> obstacle.complete(obstacleToRemoving(target, access)), "ov-old-site-check");
        checker.setDaemon(true);
        checker.start();
    }

    /** Starts a new output for {@code target}, first repairing any swap an earlier run left half done. */
    public static SiteWriter stage(Path target) {
        return stage(target, FolderAccess.SYSTEM);
    }

    static SiteWriter stage(Path target, FolderAccess access) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Path parent = absolute.getParent();
            Files.createDirectories(parent);
            SitePatch.recover(absolute);
            recover(absolute);
            Path staging = parent.resolve("." + absolute.getFileName() + ".tmp-" + UUID.randomUUID());
            Files.createDirectory(staging);
            return new SiteWriter(absolute, staging, access);
        } catch (IOException e) {
            throw new OutputFailed("cannot prepare output folder " + target, e);
        } catch (UncheckedIOException e) {
            throw new OutputFailed("cannot remove what an earlier run left beside " + target, e.getCause());
        }
    }

    /** Writes one file at {@code relativePath} in the staged site, in one system call when it can. Thread-safe. */
    public void write(String relativePath, byte[] bytes) {
        write(relativePath, bytes, bytes.length);
    }

    /** Writes the first {@code length} bytes of {@code bytes} as the file at {@code relativePath}. Thread-safe. */
    public void write(String relativePath, byte[] bytes, int length) {
        Path file = inside(relativePath);
        try {
            try {
                writeFile(file, bytes, length);
            } catch (NoSuchFileException e) {
                makeDirectory(file.getParent()); // not made ahead (yet)
                foldersByWriters.increment();
                writeFile(file, bytes, length);
            }
            filesWritten.increment();
            bytesWritten.add(length);
        } catch (IOException e) {
            throw new OutputFailed("cannot write " + relativePath, e);
        }
    }

    /**
     * Writes the file at {@code relativePath} from {@code content}, which writes its bytes to the stream it is given,
     * for files too large to hold in memory. Thread-safe.
     */
    public void write(String relativePath, StreamedContent content) {
        Path file = inside(relativePath);
        try {
            long length;
            try {
                length = writeFile(file, content);
            } catch (NoSuchFileException e) {
                makeDirectory(file.getParent());
                foldersByWriters.increment();
                length = writeFile(file, content);
            }
            filesWritten.increment();
            bytesWritten.add(length);
        } catch (IOException e) {
            throw new OutputFailed("cannot write " + relativePath, e);
        }
    }

    /** Bytes written to a stream, as {@link #write(String, StreamedContent)} takes them. */
    @FunctionalInterface
    public interface StreamedContent {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** Writes {@code content} to {@code file} through a buffer; returns how many bytes it wrote. */
    static long writeFile(Path file, StreamedContent content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, WRITE_OPTIONS);
                java.io.OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16)) {
            content.writeTo(out);
            out.flush();
            return channel.position();
        }
    }

    /** How much the staged site holds: the files written so far and their bytes. */
    public record Size(long files, long bytes) {
    }

    public Size size() {
        return new Size(filesWritten.sum(), bytesWritten.sum());
    }

    private Path inside(String relativePath) {
        Path file = staging.resolve(relativePath).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("output path escapes the output folder: " + relativePath);
        }
        return file;
    }

    /** One set for every file, rather than a new set made from varargs for each of 193,000 files. */
    private static final java.util.Set<StandardOpenOption> WRITE_OPTIONS = java.util.EnumSet.of(
            StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);

    private static void writeFile(Path file, byte[] bytes, int length) throws IOException {
        try (FileChannel channel = FileChannel.open(file, WRITE_OPTIONS)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    /**
     * Starts making {@code folders} (paths relative to the site, in the order pages will be written) on a
     * thread of its own, so that the writers find most of them made. A folder not made yet when its file is
     * written is made by the writer; a failure here only stops this thread, and the writer that needs the
     * folder reports it.
     */
    public void makeFoldersAhead(List<String> folders) {
        if (folderMaker != null || committed) {
            throw new IllegalStateException("folders are already being made ahead, or the site was committed");
        }
        folderMaker = new Thread(() -> {
            long start = System.nanoTime();
            try {
                for (String folder : folders) {
                    if (stopFolders) {
                        return;
                    }
                    makeDirectory(inside(folder));
                    foldersAhead++; // this thread's alone
                }
                foldersAheadNanos = System.nanoTime() - start;
            } catch (Throwable e) {
                // Stop quietly, whatever it was (even running out of memory): the writer that needs the
                // folder makes it itself, and reports any problem with its file's path.
            }
        }, "ov-folders");
        folderMaker.setDaemon(true);
        folderMaker.start();
    }

    /** Stops the folder thread and waits for it, so that nothing is made in the staging folder after this. */
    private void stopFolders() {
        if (folderMaker == null) {
            return;
        }
        stopFolders = true;
        boolean interrupted = false;
        while (folderMaker.isAlive()) {
            try {
                folderMaker.join(); // at most one folder's time: it checks the flag before each
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        folderMaker = null;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Makes the folder a file goes in. Most pages have a folder of their own, so it is made at once, in one
     * call; without keeping a set of the folders made, which at 193,000 pages held ~25 MB of paths.
     */
    private static void makeDirectory(Path dir) throws IOException {
        try {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            // made for an earlier file (a dataset's downloads, the search shards)
        } catch (NoSuchFileException e) {
            Files.createDirectories(dir); // its parent is new too; tolerates another thread making it
        }
    }

    /** Replaces the target with the staged site. */
    public void commit() {
        stopFolders();
        Timings.note("folders ahead  %7.1f ms (%d made ahead, %d by the writers)", foldersAheadNanos / 1e6, foldersAhead,
                foldersByWriters.sum());
        IOException cannotRemove = obstacle.join();
        if (cannotRemove != null) {
            // checked before anything moves: once the old site is aside, a delete failing half way would lose it
            throw new OutputFailed("cannot replace " + target + ": the previous output cannot be removed whole, "
                    + "so it is left as it was", cannotRemove);
        }
        Path old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
        try {
            boolean hadOld = Files.exists(target);
            if (hadOld) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
            if (hadOld) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new OutputFailed("cannot replace " + target, e);
        } catch (UncheckedIOException e) {
            throw new OutputFailed("the new site is in place, but the previous one, moved aside to " + old
                    + ", could not be deleted", e.getCause());
        }
    }

    /**
     * Why {@code root} could not be deleted whole, or null if it can: a folder whose entries cannot be
     * removed (read-only, immutable, on a read-only file system) or a part that cannot even be listed.
     * Runs on a thread of its own while the new site is rendered. Only folders matter (deleting a file needs
     * its folder writable), so where the file system counts a folder's subfolders in its link count (2 plus
     * one per subfolder: ext4, XFS, tmpfs), a folder with none, such as a page's, is not even listed: at
     * 193,000 pages that is most of the cost. Elsewhere every folder is listed.
     */
    static IOException obstacleToRemoving(Path root) {
        return obstacleToRemoving(root, FolderAccess.SYSTEM);
    }

    private static IOException obstacleToRemoving(Path root, FolderAccess access) {
        try {
            if (Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                checkRemovable(root, links(root), access);
            }
            return null;
        } catch (IOException e) {
            return e;
        } catch (java.nio.file.DirectoryIteratorException e) {
            return e.getCause();
        }
    }

    private static void checkRemovable(Path dir, int links, FolderAccess access) throws IOException {
        access.checkWritable(dir);
        if (links == 2) {
            return; // no subfolders
        }
        int subfolders = links > 2 ? links - 2 : Integer.MAX_VALUE; // 1 or unknown: a file system that does not count
        int found = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (java.util.Iterator<Path> it = entries.iterator(); found < subfolders && it.hasNext(); ) {
                Path entry = it.next();
                java.util.Map<String, Object> attrs = unixAttributes(entry);
                boolean folder = attrs != null ? ((Integer) attrs.get("mode") & 0170000) == 0040000
                        : Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS);
                if (folder) {
                    found++;
                    checkRemovable(entry, attrs != null ? (Integer) attrs.get("nlink") : 0, access);
                }
            }
        }
    }

    /** A folder's link count, or 0 where the file system does not say. */
    private static int links(Path dir) throws IOException {
        java.util.Map<String, Object> attrs = unixAttributes(dir);
        return attrs == null ? 0 : (Integer) attrs.get("nlink");
    }

    private static java.util.Map<String, Object> unixAttributes(Path p) throws IOException {
        try {
            return Files.readAttributes(p, "unix:mode,nlink", LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null; // not a Unix file system view: every folder is listed
        }
    }

    /** Drops the staged files unless committed; the target is untouched. */
    @Override
    public void close() {
        stopFolders();
        if (!committed) {
            deleteTree(staging);
        }
    }

    /**
     * Repairs what an earlier run left half done beside {@code target}: finishes an interrupted
     * {@link SitePatch}, puts back an old output moved aside, removes stale staging folders.
     */
    public static void repair(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            if (Files.isDirectory(absolute.getParent())) {
                SitePatch.recover(absolute);
                recover(absolute);
            }
        } catch (IOException e) {
            throw new OutputFailed("cannot repair output folder " + target, e);
        }
    }

    /**
     * Puts back an old output a killed run had moved aside, and removes stale staging folders and the
     * half-written stamp or state files ({@code .site.state.tmp}) such a run left.
     */
    static void recover(Path target) throws IOException {
        String name = target.getFileName().toString();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(), "." + name + ".*")) {
            for (Path sibling : siblings) {
                String s = sibling.getFileName().toString();
                if (s.startsWith("." + name + ".old-") && !Files.exists(target)) {
                    Files.move(sibling, target, StandardCopyOption.ATOMIC_MOVE);
                } else if (s.startsWith("." + name + ".old-") || s.startsWith("." + name + ".tmp-")) {
                    deleteTree(sibling);
                } else if (s.endsWith(".tmp") && Files.isRegularFile(sibling, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(sibling); // a stamp or state a killed run wrote but never renamed into place
                }
            }
        }
    }

    /** Deletes a tree, its top-level folders in parallel (an old site can hold hundreds of thousands of files). */
    static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> children = Files.list(root)) {
            children.toList().parallelStream().forEach(SiteWriter::deleteSerially);
            Files.delete(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteSerially(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
