package org.officialvoices.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders (and every folder below them, including ones made later) and reports changed files in
 * batches: after the first change it waits until the folders have been quiet for {@link #QUIET_MILLIS}, so an
 * editor's save (often a write, a rename and a touch) makes one rebuild, not three.
 *
 * <p>Usage: {@code try (var w = new ChangeWatcher(List.of(content))) { Set<Path> changed = w.next(); }}
 */
public final class ChangeWatcher implements AutoCloseable {

    static final long QUIET_MILLIS = 15;
    /** A save that keeps writing (a large file copied in) is still reported after this long. */
    static final long LONGEST_WAIT_MILLIS = 300;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    public ChangeWatcher(List<Path> roots) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
    }

    /**
     * Waits for changes and returns the paths that changed (files or folders). A folder in the result stands
     * for everything under it, as when the system dropped events because there were too many.
     *
     * @throws InterruptedException when the thread is interrupted or the watcher closed
     */
    public Set<Path> next() throws InterruptedException {
        Set<Path> changed = new LinkedHashSet<>();
        try {
            collect(service.take(), changed);
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LONGEST_WAIT_MILLIS);
            WatchKey key;
            while (System.nanoTime() < deadline && (key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                collect(key, changed);
            }
        } catch (ClosedWatchServiceException e) {
            throw new InterruptedException("watcher closed");
        }
        return changed;
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(folder);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException | UncheckedIOException e) {
                    changed.add(folder); // it went away again; the rebuild lists what is there
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path dir : tree.filter(Files::isDirectory).toList()) {
                folders.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY), dir);
            }
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
