package org.officialvoices.source;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.officialvoices.diag.BuildFailed;
import org.officialvoices.diag.Diagnostic;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.diag.Pos;
import org.officialvoices.parallel.Batches;

/**
 * Walks a content folder and reads every file we know how to use, in a stable order.
 *
 * <p>Refuses what would make a build silently wrong or unsafe: files it does not know, files that are
 * not UTF-8, files over {@link #MAX_BYTES}, and symbolic links that lead outside the content folder.
 */
public final class SourceLoader {

    /** Content files are hand-written; anything larger is almost certainly a mistake. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;
    /** Releases are written by the program and hold every row of the data: about 700 bytes per account. */
    public static final long MAX_RELEASE_BYTES = 512L * 1024 * 1024;
    /**
     * Markdown's parser needs time that grows faster than the text on some inputs (an eighth of a megabyte of
     * nested emphasis takes seconds), and a case study is a few kilobytes: this bounds the worst case.
     */
    public static final long MAX_MARKDOWN_BYTES = 128L * 1024;

    /** Reads a file's bytes; a seam so tests can simulate files the operating system refuses to read. */
    @FunctionalInterface
    interface ByteReader {
        byte[] read(Path file) throws IOException;
    }

    /** Opens a folder for listing; a seam so tests can simulate folders the operating system refuses to list. */
    @FunctionalInterface
    interface FolderOpener {
        DirectoryStream<Path> open(Path folder) throws IOException;
    }

    private final Path root;
    private final ByteReader reader;
    private final FolderOpener opener;

    public SourceLoader(Path contentDir) {
        this(contentDir, Files::readAllBytes, Files::newDirectoryStream);
    }

    SourceLoader(Path contentDir, ByteReader reader) {
        this(contentDir, reader, Files::newDirectoryStream);
    }

    SourceLoader(Path contentDir, ByteReader reader, FolderOpener opener) {
        this.root = contentDir;
        this.reader = reader;
        this.opener = opener;
    }

    /** Reads every content file; problems go to {@code diagnostics}, files with problems are left out. */
    public SourceSet load(Diagnostics diagnostics) {
        Listing listing = list(diagnostics);
        List<SourceFile> files = readEach(listing, diagnostics, f -> f).stream().filter(java.util.Objects::nonNull).toList();
        return new SourceSet(files, listing.paths());
    }

    /** Lists the content folder without reading any file: cheap, and enough to tell whether anything changed. */
    public Listing list(Diagnostics diagnostics) {
        Path realRoot = realRoot();
        return new Listing(realRoot, list(realRoot, opener, diagnostics));
    }

    /**
     * Reads the files of {@code listing} in parallel and hands each to {@code use} as soon as it is read,
     * keeping only what {@code use} returns (in path order; null for files that could not be read). The
     * text itself is not kept, so a large content folder never sits in memory as a whole.
     */
    public <T> List<T> readEach(Listing listing, Diagnostics diagnostics, java.util.function.Function<SourceFile, T> use) {
        return readEach(listing, diagnostics, (file, bytes) -> use.apply(file));
    }

    /** What to make of one file read: from its text, and from its bytes as they are on disk. */
    @FunctionalInterface
    public interface FileUse<T> {
        T use(SourceFile file, byte[] bytes);
    }

    /** As {@link #readEach(Listing, Diagnostics, java.util.function.Function)}, handing over the file's bytes too. */
    public <T> List<T> readEach(Listing listing, Diagnostics diagnostics, FileUse<T> use) {
        return Batches.map(listing.entries(),
                e -> read(listing.root(), e, diagnostics).map(read -> use.use(read.file(), read.bytes())).orElse(null));
    }

    /** The files of a content folder as the walk saw them. */
    public record Listing(Path root, List<Entry> entries) {

        /** The relative paths of every listed file. */
        public List<String> paths() {
            return entries.stream().map(Entry::path).toList();
        }

        /** One line per file, {@code path size modified-nanoseconds}: changes whenever any file is edited. */
        public List<String> stats() {
            return entries.stream().map(Entry::stat).toList();
        }

        /** The same listing narrowed to the files whose stat line {@code keep} accepts. */
        public Listing only(java.util.function.Predicate<String> keep) {
            return new Listing(root, entries.stream().filter(e -> keep.test(e.stat())).toList());
        }
    }

    /** A listed file: its relative path, its location, and what the walk already knows of it. */
    record Entry(String path, Path file, boolean symbolicLink, long size, long modifiedNanos) {

        String stat() {
            return path + "\u0000" + size + "\u0000" + modifiedNanos;
        }
    }

    private Path realRoot() {
        try {
            if (!Files.isDirectory(root)) {
                throw BuildFailed.of(Diagnostic.error(root.toString(), Pos.START, "content folder not found")
                        .withHint("run from the project folder, or pass --content DIR"));
            }
            return root.toRealPath();
        } catch (IOException e) {
            throw BuildFailed.of(Diagnostic.error(root.toString(), Pos.START, "cannot open content folder: " + e));
        }
    }

    /**
     * Lists files without following links, so each file costs one directory entry and one {@code lstat},
     * not a path resolution; links are resolved one by one later. Links to folders are refused: they could
     * make the walk loop. The folders are walked level by level: each level's entries are read on one
     * thread (cheap) and then stat-ed on all cores, since at 178,700 accounts that was 0.4 s of a core.
     */
    private static List<Entry> list(Path realRoot, FolderOpener opener, Diagnostics diagnostics) {
        List<Entry> entries = new ArrayList<>();
        List<Named> folders = List.of(new Named(realRoot, ""));
        while (!folders.isEmpty()) {
            List<Named> children = new ArrayList<>();
            for (Named folder : folders) {
                try (DirectoryStream<Path> stream = opener.open(folder.file())) {
                    String prefix = folder.path().isEmpty() ? "" : folder.path() + "/";
                    stream.forEach(child -> {
                        String name = child.getFileName().toString();
                        if (!isHidden(name)) {
                            children.add(new Named(child, prefix + name));
                        }
                    });
                } catch (IOException | DirectoryIteratorException e) {
                    IOException cause = e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e;
                    String where = folder.path().isEmpty() ? realRoot.toString() : folder.path();
                    diagnostics.error(where, Pos.START, "cannot be listed: " + describe(cause));
                }
            }
            List<Object> listed = Batches.map(children, child -> listed(child, diagnostics));
            List<Named> next = new ArrayList<>();
            for (Object child : listed) {
                if (child instanceof Named folder) {
                    next.add(folder);
                } else if (child instanceof Entry file) {
                    entries.add(file);
                }
            }
            folders = next;
        }
        entries.sort(Comparator.comparing(Entry::path));
        return entries;
    }

    /** A name found in a folder, with its path relative to the content folder ({@code /} between names). */
    private record Named(Path file, String path) {
    }

    /**
     * Stats one listed name: the same {@link Named} back for a folder to walk into, an {@link Entry} for a
     * file, or null when it cannot be used (the problem is reported).
     */
    private static Object listed(Named child, Diagnostics diagnostics) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(child.file(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            diagnostics.error(child.path(), Pos.START, "cannot be listed: " + describe(e));
            return null;
        }
        if (attrs.isDirectory()) {
            return child;
        }
        if (!attrs.isSymbolicLink()) {
            return attrs.isRegularFile() ? entry(child.path(), child.file(), false, attrs) : notAFile(child.path(), diagnostics);
        }
        // A link's own size and time say nothing of its target, so for links we ask about the target
        BasicFileAttributes target;
        try {
            target = Files.readAttributes(child.file(), BasicFileAttributes.class);
        } catch (IOException e) {
            return new Entry(child.path(), child.file(), true, -1, -1); // a broken link: reported when it is read
        }
        if (target.isDirectory()) {
            diagnostics.error(child.path(), Pos.START, "symbolic link to a folder is not followed",
                    "link the files one by one, or copy the folder into the content folder");
            return null;
        }
        return target.isRegularFile() ? entry(child.path(), child.file(), true, target) : notAFile(child.path(), diagnostics);
    }

    private static Entry entry(String path, Path file, boolean symbolicLink, BasicFileAttributes attrs) {
        return new Entry(path, file, symbolicLink, attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }

    /**
     * A named pipe, socket or device (or a link to one) is refused before it is opened: reading a pipe with
     * no writer waits for ever, and a device may never end.
     */
    private static Entry notAFile(String path, Diagnostics diagnostics) {
        diagnostics.error(path, Pos.START, "not a regular file (a named pipe, socket or device); only files are read",
                "replace it with an ordinary file, or move it out of the content folder");
        return null;
    }

    private static boolean isHidden(String name) {
        return name.startsWith(".") || name.endsWith("~");
    }

    /** A file read: its text, and its bytes as they are on disk. */
    private record Read(SourceFile file, byte[] bytes) {
    }

    private Optional<Read> read(Path realRoot, Entry entry, Diagnostics diagnostics) {
        String path = entry.path();
        Optional<SourceKind> kind = SourceKind.of(path);
        if (kind.isEmpty()) {
            diagnostics.error(path, Pos.START, "unexpected file in content folder",
                    "content files go in site.json, sources.json, platforms.json, kinds.json, accounts/<id>.json, "
                            + "datasets/<id>.json, case-studies/<slug>.md or pages/<slug>.md");
            return Optional.empty();
        }
        try {
            long size = entry.size();
            if (entry.symbolicLink()) {
                if (!entry.file().toRealPath().startsWith(realRoot)) {
                    diagnostics.error(path, Pos.START, "symbolic link points outside the content folder",
                            "copy the file into the content folder instead of linking to it");
                    return Optional.empty();
                }
                size = Files.size(entry.file());
            }
            long limit = kind.get() == SourceKind.RELEASE ? MAX_RELEASE_BYTES
                    : kind.get().pattern().endsWith(".md") ? MAX_MARKDOWN_BYTES : MAX_BYTES;
            if (size > limit) {
                diagnostics.error(path, Pos.START, "file is too large (" + size + " bytes; the limit is "
                        + limit + ")", "split it into several files");
                return Optional.empty();
            }
            byte[] bytes = reader.read(entry.file());
            return Optional.of(new Read(new SourceFile(path, kind.get(), TextDecoder.decode(path, bytes)), bytes));
        } catch (BuildFailed e) {
            e.diagnostics().forEach(diagnostics::add);
        } catch (NoSuchFileException e) {
            diagnostics.error(path, Pos.START, "file cannot be read: it does not exist (a broken symbolic link?)");
        } catch (IOException e) {
            diagnostics.error(path, Pos.START, "file cannot be read: " + describe(e),
                    "check the file's permissions");
        }
        return Optional.empty();
    }

    private static String describe(IOException e) {
        String name = e.getClass().getSimpleName();
        return name.equals("AccessDeniedException") ? "permission denied" : name + " " + e.getMessage();
    }
}
