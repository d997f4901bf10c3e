package org.officialvoices.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.officialvoices.output.OutputFailed;
import org.officialvoices.output.SitePatch;
import org.officialvoices.parallel.Batches;
import org.officialvoices.render.PageRenderer;
import org.officialvoices.site.Rerender;
import org.officialvoices.site.Routes;
import org.officialvoices.site.SitePlan.FileJob;
import org.officialvoices.site.SitePlan.PageJob;
import org.officialvoices.state.BuildState;

import static org.officialvoices.diag.Timings.timed;

/**
 * The write stage of an incremental build: renders the pages {@link Rerender} picks, makes every other file,
 * stages those whose bytes differ from the output's, marks for deletion what the site no longer has, and
 * leaves the commit to the caller. Pages it does not render are the previous build's, unchanged.
 */
final class OutputUpdate {

    /** A page of the new plan, its dependency digest, and whether it is to be rendered again. */
    record Decided(PageJob job, Rerender.Digest deps, boolean again) {
    }

    /** A file of the new plan, what it is made of, and whether it is to be made again. */
    record DecidedFile(FileJob job, Rerender.Made made, boolean again) {
    }

    /** What the update changed, for the summary line. */
    record Counts(int rendered, int written, int deleted) {
    }

    private final Path out;
    private final PageRenderer renderer;
    private final SitePatch patch;
    private final Progress progress;
    private final AtomicInteger written = new AtomicInteger();

    OutputUpdate(Path out, PageRenderer renderer, SitePatch patch, Progress progress) {
        this.out = out.toAbsolutePath().normalize();
        this.renderer = renderer;
        this.patch = patch;
        this.progress = progress;
    }

    /** Each page of the plan with its digest and the decision, made in parallel. */
    static List<Decided> decide(List<PageJob> pages, Map<String, Rerender.Made> before, Set<String> changedKeys) {
        return Batches.map(pages, job -> {
            List<String> deps = job.deps().get();
            Rerender.Digest digest = Rerender.Digest.of(deps);
            return new Decided(job, digest, Rerender.needed(before.get(job.route()), job.template(), deps, digest,
                    changedKeys, Set.of()));
        });
    }

    /**
     * Files with a dependency list are made again when it shows a change, like pages; the others always (they
     * are cheap), except search files, which the caller leaves out when the index is the same.
     */
    static List<DecidedFile> decideFiles(List<FileJob> files, Map<String, Rerender.Made> before, Set<String> changedKeys) {
        return Batches.map(files, job -> {
            if (job.deps() == null) {
                return new DecidedFile(job, new Rerender.Made(BuildState.ALWAYS, Rerender.Digest.NONE), true);
            }
            List<String> deps = job.deps().get();
            Rerender.Digest digest = Rerender.Digest.of(deps);
            return new DecidedFile(job, new Rerender.Made(FILE, digest),
                    Rerender.needed(before.get(job.path()), FILE, deps, digest, changedKeys, Set.of()));
        });
    }

    /** What a file with a dependency list is marked as in the state. */
    static final String FILE = "file";

    /**
     * Renders and stages what changed; marks for deletion what the output held ({@code before}: page routes
     * and file paths) that is neither in the new plan nor {@code kept}.
     */
    Counts apply(List<Decided> pages, List<DecidedFile> files, Set<String> pagesBefore, Set<String> filesBefore,
            Set<String> kept) {
        List<PageJob> todo = pages.stream().filter(Decided::again).map(Decided::job).toList();
        progress.start("rendering pages", todo.size());
        timed("render+write: pages", () -> Batches.forEach(todo, job -> {
            String file = Routes.file(job.route());
            renderer.render(job, (bytes, length) -> stageIfChanged(file, bytes, length));
            progress.step();
        }));
        progress.finish();
        timed("render+write: files", () -> Batches.forEach(files.stream().filter(DecidedFile::again).toList(), f -> {
            if (f.job().stream() != null) { // too large to compare in memory: staged again whenever it is due
                patch.write(f.job().path(), f.job().stream()::writeTo);
                written.incrementAndGet();
                return;
            }
            byte[] bytes = f.job().bytes().get();
            stageIfChanged(f.job().path(), bytes, bytes.length);
        }));
        Set<String> now = new HashSet<>(kept);
        pages.forEach(p -> now.add(Routes.file(p.job().route())));
        files.forEach(f -> now.add(f.job().path()));
        int deleted = 0;
        for (String route : pagesBefore) {
            if (!now.contains(Routes.file(route))) {
                patch.delete(Routes.file(route));
                deleted++;
            }
        }
        for (String file : filesBefore) {
            if (!now.contains(file)) {
                patch.delete(file);
                deleted++;
            }
        }
        return new Counts(todo.size(), written.get(), deleted);
    }

    /** Stages the file unless the output already holds exactly these bytes. */
    private void stageIfChanged(String path, byte[] bytes, int length) {
        Path existing = out.resolve(path);
        try {
            if (Files.size(existing) == length
                    && Arrays.equals(Files.readAllBytes(existing), 0, length, bytes, 0, length)) {
                return;
            }
        } catch (NoSuchFileException e) {
            // new
        } catch (IOException e) {
            throw new OutputFailed("cannot read " + existing, e);
        }
        patch.write(path, bytes, length);
        written.incrementAndGet();
    }
}
