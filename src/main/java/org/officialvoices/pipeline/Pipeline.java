package org.officialvoices.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.officialvoices.check.ContentChecker;
import org.officialvoices.content.Content;
import org.officialvoices.content.ContentReader;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.output.SiteWriter;
import org.officialvoices.render.Assets;
import org.officialvoices.render.MarkdownRenderer;
import org.officialvoices.render.PageRenderer;
import org.officialvoices.site.Routes;
import org.officialvoices.site.SitePlan;
import org.officialvoices.site.SitePlanner;
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

    /** What a build produced, for the summary line. */
    public record Result(int pages, int files, long millis) {
    }

    /**
     * Loads, reads and checks {@code contentDir}.
     *
     * @throws org.officialvoices.diag.BuildFailed with every problem found
     */
    public Content check(Path contentDir) {
        Diagnostics diagnostics = new Diagnostics();
        SourceSet sources = new SourceLoader(contentDir).load(diagnostics);
        Content content = ContentReader.read(sources.files(), diagnostics).orElse(null);
        if (content != null) {
            ContentChecker.check(content, sources, diagnostics);
        }
        diagnostics.throwIfErrors();
        return content;
    }

    /** Checks, then renders every page into a staging folder and swaps it into {@code outDir}. */
    public Result build(Path contentDir, Path outDir) {
        long start = System.nanoTime();
        Content content = check(contentDir);
        SitePlan plan = new SitePlanner(content, markdown).plan();
        try (SiteWriter writer = SiteWriter.stage(outDir)) {
            plan.pages().parallelStream().forEach(job ->
                    writer.write(Routes.file(job.route()), pages.render(job).getBytes(StandardCharsets.UTF_8)));
            plan.files().parallelStream().forEach(file -> writer.write(file.path(), file.bytes().get()));
            Assets.files().forEach(file -> writer.write(file.path(), file.bytes().get()));
            writer.commit();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(plan.pages().size(), plan.files().size() + Assets.files().size(), millis);
    }
}
