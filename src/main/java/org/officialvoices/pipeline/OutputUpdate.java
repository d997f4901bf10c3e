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

    /** Renders and stages what changed; marks for deletion the pages and files of {@code before} that are gone. */
    Counts apply(List<Decided> pages, List<FileJob> files, Set<String> pagesBefore, List<String> filesBefore) {
        List<PageJob> todo = pages.stream().filter(Decided::again).map(Decided::job).toList();
        progress.start("rendering pages", todo.size());
        timed("render+write: pages", () -> Batches.forEach(todo, job -> {
            String file = Routes.file(job.route());
            renderer.render(job, (bytes, length) -> stageIfChanged(file, bytes, length));
            progress.step();
        }));
        progress.finish();
        timed("render+write: files", () -> Batches.forEach(files, f -> {
            byte[] bytes = f.bytes().get();
            stageIfChanged(f.path(), bytes, bytes.length);
        }));
        Set<String> now = new HashSet<>();
        pages.forEach(p -> now.add(Routes.file(p.job().route())));
        files.forEach(f -> now.add(f.path()));
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
