package org.officialvoices.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.officialvoices.diag.Diagnostic;
import org.officialvoices.pipeline.Progress;
import org.officialvoices.render.Assets;
import org.officialvoices.render.PageRenderer;
import org.officialvoices.serve.IncrementalBuilder.Outcome;

/**
 * The editor's loop: builds the site into memory, serves it, and rebuilds what a saved file affects, telling
 * open pages to reload. With a templates folder, templates and static files are read from it and reloaded
 * when edited; without one, the templates compiled into the program are used.
 *
 * <p>Usage: {@code try (var s = DevSession.start(content, templates, 8080, out)) { s.run(); }}
 */
public final class DevSession implements AutoCloseable {

    private final Path content;
    private final Path templates;
    private final TemplateMirror mirror;
    private final Path scratch;
    private final IncrementalBuilder builder;
    private final DevServer server;
    private final ChangeWatcher watcher;
    private final PrintStream out;
    private volatile boolean closed;
    private boolean hadErrors;
    private boolean reported;

    private DevSession(Path content, Path templates, TemplateMirror mirror, Path scratch, IncrementalBuilder builder,
            DevServer server, ChangeWatcher watcher, PrintStream out) {
        this.content = content;
        this.templates = templates;
        this.mirror = mirror;
        this.scratch = scratch;
        this.builder = builder;
        this.server = server;
        this.watcher = watcher;
        this.out = out;
    }

    /**
     * Builds once, then starts serving on {@code port} of 127.0.0.1 and watching; errors in the content are
     * reported and shown, never fatal.
     *
     * @param templates the templates folder, or null to use the compiled-in templates
     * @throws IOException when the port cannot be opened
     */
    public static DevSession start(Path contentDir, Path templatesDir, int port, PrintStream out) throws IOException {
        Path content = contentDir.toAbsolutePath().normalize();
        Path templates = templatesDir == null ? null : templatesDir.toAbsolutePath().normalize();
        Path scratch = null;
        TemplateMirror mirror = null;
        if (templates != null) {
            scratch = Files.createTempDirectory("official-voices-serve-");
            mirror = new TemplateMirror(templates, Files.createDirectory(scratch.resolve("templates")));
            Files.createDirectory(scratch.resolve("classes"));
        }
        Path assetDir = templates;
        // The first build uses the compiled-in templates, so serving starts at once; run() then compiles the
        // folder's templates (seconds of javac) while the first pages are already being read.
        IncrementalBuilder builder = new IncrementalBuilder(content, new PageRenderer(),
                () -> assetDir == null ? Assets.packed() : Assets.read(assetDir), Progress.forTerminal(System.err));
        DevServer server = null;
        ChangeWatcher watcher = null;
        try {
            watcher = new ChangeWatcher(templates == null ? List.of(content) : List.of(content, templates));
            server = DevServer.start(port, builder::snapshot);
            DevSession session = new DevSession(content, templates, mirror, scratch, builder, server, watcher, out);
            session.report(builder.rebuild(Set.of(), false), List.of());
            return session;
        } catch (IOException | RuntimeException e) {
            if (server != null) {
                server.close();
            }
            if (watcher != null) {
                watcher.close();
            }
            deleteTree(scratch);
            throw e;
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + "/");
    }

    public Snapshot snapshot() {
        return builder.snapshot();
    }

    /** Rebuilds with nothing changed: the JIT compiles the rebuild's code now, so the first real save is fast too. */
    static final int WARM_UPS = 3;

    /** Rebuilds after every batch of changes until {@link #close()} or an interrupt. */
    public void run() {
        if (mirror != null) {
            guarded(this::loadTemplates);
        }
        for (int i = 0; i < WARM_UPS && !closed; i++) {
            guarded(this::warmUp);
        }
        while (!closed) {
            Set<Path> changed;
            try {
                changed = watcher.next();
            } catch (InterruptedException e) {
                return;
            }
            changed.removeIf(DevSession::ignored);
            if (!closed && !changed.isEmpty()) {
                rebuild(changed);
            }
        }
    }

    /**
     * One rebuild with nothing known to have changed. It still reads files whose size or time changed, so a
     * save made during the warm-up is rendered by it, and reported here; the watcher's event for that save
     * then finds nothing new.
     */
    private void warmUp() {
        long before = builder.snapshot().version();
        Outcome outcome = builder.rebuild(Set.of(), false);
        if (outcome.snapshot().version() != before) {
            report(outcome, List.of());
        }
    }

    /**
     * Switches to templates compiled from the templates folder, which reload when edited, and renders every
     * page with them: they differ from the compiled-in ones if the folder was edited since the last compile.
     */
    private void loadTemplates() {
        long start = System.nanoTime();
        mirror.sync();
        builder.useRenderer(PageRenderer.hotReloading(mirror.folder(), scratch.resolve("classes")));
        Outcome outcome = builder.rebuild(new HashSet<>(templateNames(templates)), false);
        if (outcome.snapshot().hasErrors()) {
            report(outcome, List.of(templates));
        } else {
            out.printf(Locale.ROOT, "templates in %s compiled in %d ms: edits to them now show without a restart"
                    + " (%d page(s) differ from the built-in templates)%n", templates, (System.nanoTime() - start) / 1_000_000,
                    outcome.changed().size());
            out.flush();
            server.published();
        }
    }

    /** Editors' swap and backup files, which the build ignores too. */
    private static boolean ignored(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~");
    }

    /** One rebuild for a batch of changed paths; a bug is reported and the server goes on. */
    void rebuild(Set<Path> changed) {
        Set<String> editedTemplates = new HashSet<>();
        boolean assets = false;
        for (Path path : changed) {
            if (path.startsWith(content)) {
                builder.forget(content.relativize(path));
            } else if (templates != null && path.startsWith(templates)) {
                if (path.startsWith(templates.resolve("assets"))) {
                    assets = true;
                } else {
                    editedTemplates.addAll(templateNames(path));
                }
            }
        }
        boolean assetsChanged = assets;
        guarded(() -> {
            if (mirror != null) {
                mirror.sync();
            }
            report(builder.rebuild(editedTemplates, assetsChanged), changed.stream().sorted().toList());
        });
    }

    /** Runs one rebuild; a bug in it is reported and the server goes on with the last build. */
    private void guarded(Runnable rebuild) {
        try {
            rebuild.run();
        } catch (RuntimeException e) {
            if (closed) {
                return; // stopped mid-rebuild: its scratch folder is gone, and nobody is served any more
            }
            out.println("internal error while rebuilding: this is a bug in Official Voices. The server goes on with the last build.");
            e.printStackTrace(out);
        }
    }

    /** The template names ({@code partial/cite.jte}) a changed path stands for: itself, or all below a folder. */
    private List<String> templateNames(Path path) {
        if (!Files.isDirectory(path)) {
            return path.toString().endsWith(".jte") ? List.of(name(path)) : List.of();
        }
        try (Stream<Path> tree = Files.walk(path)) {
            return tree.filter(p -> p.toString().endsWith(".jte")).map(this::name).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private String name(Path template) {
        return templates.relativize(template).toString().replace('\\', '/');
    }

    /** Prints what a rebuild did, then tells open pages (in that order, so the terminal is never behind the browser). */
    private void report(Outcome outcome, List<Path> changed) {
        Snapshot s = outcome.snapshot();
        boolean fixed = hadErrors && !s.hasErrors();
        hadErrors = s.hasErrors();
        List<String> what = new ArrayList<>();
        Path here = Path.of("").toAbsolutePath();
        changed.stream().limit(3).forEach(p -> what.add(p.startsWith(here) ? here.relativize(p).toString() : p.toString()));
        if (changed.size() > 3) {
            what.add("and " + (changed.size() - 3) + " more");
        }
        String cause = what.isEmpty() ? "" : " after changes to " + String.join(", ", what);
        if (s.hasErrors()) {
            for (Diagnostic d : s.diagnostics()) {
                out.println(d.format());
            }
            out.printf(Locale.ROOT, "%d error(s)%s; %s%n", s.errorCount(), cause, s.built()
                    ? "the browser shows them over the last good pages. Fix and save to clear them."
                    : "nothing to show until they are fixed; the browser lists them.");
        } else {
            out.printf(Locale.ROOT, "%s%s %d of %d pages in %d ms%s%n", fixed ? "no errors now; " : "",
                    reported ? "rebuilt" : "built",
                    outcome.changed().size(), outcome.pages(), outcome.millis(), cause);
        }
        out.flush();
        reported = true;
        server.published();
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            watcher.close();
        } finally {
            server.close();
            deleteTree(scratch);
        }
    }

    /** Best effort: on Ctrl+C a rebuild may still be writing here, and stopping must not fail for that. */
    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for the system's temporary-file cleaning
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the same
        }
    }
}
