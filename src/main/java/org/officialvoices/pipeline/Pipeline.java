package org.officialvoices.pipeline;

import java.nio.file.Path;
import java.util.List;

import org.officialvoices.check.ContentChecker;
import org.officialvoices.content.Content;
import org.officialvoices.content.ContentReader;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.output.BuildStamp;
import org.officialvoices.output.SiteWriter;
import org.officialvoices.render.Assets;
import org.officialvoices.render.MarkdownRenderer;
import org.officialvoices.render.PageRenderer;
import org.officialvoices.site.Routes;
import org.officialvoices.site.SitePlan;
import org.officialvoices.site.SitePlanner;
import org.officialvoices.source.SourceFile;
import org.officialvoices.source.SourceSet;
import org.officialvoices.source.SourceLoader;

/**
 * The whole build, stage by stage: load → read → check → plan → render → write. Each stage's output is a
 * value passed to the next; problems in the input stop the run before anything is written.
 */
public final class Pipeline {

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final PageRenderer pages;

    public Pipeline() {
        this(new PageRenderer());
    }

    Pipeline(PageRenderer pages) {
        this.pages = pages;
    }

    /** Runs one stage, printing its time to stderr when the system property {@code ov.timings} is set. */
    private static <T> T timed(String stage, java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        if (Boolean.getBoolean("ov.timings")) {
            System.err.printf(java.util.Locale.ROOT, "timing: %-13s %7.1f ms%n", stage, (System.nanoTime() - start) / 1e6);
        }
        return result;
    }

    private static Result upToDate(long start) {
        return new Result(0, 0, (System.nanoTime() - start) / 1_000_000, true);
    }

    /** What a build produced, for the summary line; {@code upToDate} when nothing had changed. */
    public record Result(int pages, int files, long millis, boolean upToDate) {
    }

    /**
     * Loads, reads and checks {@code contentDir}.
     *
     * @throws org.officialvoices.diag.BuildFailed with every problem found
     */
    public Content check(Path contentDir) {
        Diagnostics diagnostics = new Diagnostics();
        SourceSet sources = timed("load", () -> new SourceLoader(contentDir).load(diagnostics));
        return check(sources, diagnostics);
    }

    private Content check(SourceSet sources, Diagnostics diagnostics) {
        Content content = timed("read", () -> ContentReader.read(sources.files(), diagnostics).orElse(null));
        if (content != null) {
            timed("check", () -> {
                ContentChecker.check(content, sources, diagnostics);
                return null;
            });
        }
        diagnostics.throwIfErrors();
        return content;
    }

    /**
     * Checks, then renders every page into a staging folder and swaps it into {@code outDir}. When the
     * content and the generator are exactly those of the last successful build into {@code outDir}, it
     * stops after loading and leaves the output as it is.
     */
    public Result build(Path contentDir, Path outDir) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        SourceLoader loader = new SourceLoader(contentDir);
        SourceLoader.Listing listing = timed("list", () -> loader.list(diagnostics));
        BuildStamp.Stamp previous = BuildStamp.read(outDir);
        String quickKey = BuildStamp.quickKey(listing.stats());
        if (!diagnostics.hasErrors() && previous != null && previous.quickKey().equals(quickKey)) {
            return upToDate(start);
        }
        SourceSet sources = timed("load", () -> loader.read(listing, diagnostics));
        String fingerprint = null;
        if (!diagnostics.hasErrors()) {
            List<SourceFile> files = sources.files();
            fingerprint = timed("fingerprint", () -> BuildStamp.fingerprint(files));
            if (previous != null && previous.fingerprint().equals(fingerprint)) {
                BuildStamp.write(outDir, new BuildStamp.Stamp(fingerprint, quickKey));
                return upToDate(start);
            }
        }
        Content content = check(sources, diagnostics);
        sources = null; // the file texts are no longer needed; let them go before rendering
        BuildStamp.Stamp stamp = new BuildStamp.Stamp(fingerprint, quickKey);
        SitePlan plan = timed("plan", () -> new SitePlanner(content, markdown).plan());
        try (SiteWriter writer = SiteWriter.stage(outDir)) {
            timed("render+write", () -> {
                plan.pages().parallelStream().forEach(job -> writer.write(Routes.file(job.route()), out -> pages.render(job, out)));
                plan.files().parallelStream().forEach(file -> writer.write(file.path(), file.bytes().get()));
                Assets.files().forEach(file -> writer.write(file.path(), file.bytes().get()));
                return null;
            });
            timed("swap", () -> {
                BuildStamp.clear(outDir);
                writer.commit();
                BuildStamp.write(outDir, stamp);
                return null;
            });
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(plan.pages().size(), plan.files().size() + Assets.files().size(), millis, false);
    }
}
