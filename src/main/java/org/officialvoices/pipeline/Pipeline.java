package org.officialvoices.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.officialvoices.check.ContentChecker;
import org.officialvoices.content.Content;
import org.officialvoices.content.ContentReader;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.output.BuildStamp;
import org.officialvoices.output.SiteWriter;
import org.officialvoices.parallel.Batches;
import org.officialvoices.render.Assets;
import org.officialvoices.render.MarkdownRenderer;
import org.officialvoices.render.PageRenderer;
import org.officialvoices.site.Routes;
import org.officialvoices.site.SitePlan;
import org.officialvoices.site.SitePlanner;
import org.officialvoices.source.SourceLoader;

import static org.officialvoices.diag.Timings.timed;

/**
 * The whole build, stage by stage: load → read → check → plan → render → write. Each stage's output is a
 * value passed to the next; problems in the input stop the run before anything is written.
 */
public final class Pipeline {

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final PageRenderer pages = new PageRenderer();
    private final Assets assets = Assets.packed();
    private final Progress progress;

    public Pipeline() {
        this(Progress.none());
    }

    /** A pipeline that counts rendered pages on {@code progress}. */
    public Pipeline(Progress progress) {
        this.progress = progress;
    }

    /** One file after loading: its digest for the stamp and what it was read into. */
    private record Loaded(byte[] digest, ContentReader.Parsed parsed) {
    }

    private static Result upToDate(long start) {
        return new Result(0, 0, new SiteWriter.Size(0, 0), (System.nanoTime() - start) / 1_000_000, true);
    }

    /** What a build produced, for the summary line; {@code upToDate} when nothing had changed. */
    public record Result(int pages, int files, SiteWriter.Size size, long millis, boolean upToDate) {
    }

    /**
     * Loads, reads and checks {@code contentDir}.
     *
     * @throws org.officialvoices.diag.BuildFailed with every problem found
     */
    public Content check(Path contentDir) {
        Diagnostics diagnostics = new Diagnostics();
        SourceLoader loader = new SourceLoader(contentDir);
        SourceLoader.Listing listing = timed("list", () -> loader.list(diagnostics));
        return checked(read(loader, listing, diagnostics, false), listing, diagnostics);
    }

    /**
     * Loads and reads in one pass: each file is parsed (and hashed, when {@code digests}) as soon as it is
     * read, then its text is dropped, so the content folder never sits in memory as text.
     */
    private static List<Loaded> read(SourceLoader loader, SourceLoader.Listing listing, Diagnostics diagnostics,
            boolean digests) {
        List<Loaded> loaded = timed("load+read", () -> loader.readEach(listing, diagnostics, (file, bytes) ->
                new Loaded(digests ? BuildStamp.digest(file.path(), bytes) : null, ContentReader.parse(file, diagnostics))));
        return loaded.stream().filter(Objects::nonNull).toList();
    }

    /** Assembles the parsed files and runs every check; throws with all problems found. */
    private static Content checked(List<Loaded> loaded, SourceLoader.Listing listing, Diagnostics diagnostics) {
        Content content = ContentReader.assemble(loaded.stream().map(Loaded::parsed).toList(), diagnostics).orElse(null);
        if (content != null) {
            timed("check", () -> ContentChecker.check(content, listing.paths(), diagnostics));
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
        return build(contentDir, outDir, null);
    }

    /**
     * {@link #build(Path, Path)}, with every absolute URL (canonical links, sitemap, feed, citations) made from
     * {@code baseUrl} instead of {@code site.json}'s, unless it is null. The override is part of the stamp, so
     * changing it rebuilds.
     */
    public Result build(Path contentDir, Path outDir, String baseUrl) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        SourceLoader loader = new SourceLoader(contentDir);
        SourceLoader.Listing listing = timed("list", () -> loader.list(diagnostics));
        BuildStamp.Stamp previous = BuildStamp.read(outDir);
        List<String> settings = baseUrl == null ? List.of() : List.of("--base-url " + baseUrl);
        String quickKey = BuildStamp.quickKey(Stream.concat(listing.stats().stream(), settings.stream()).toList());
        if (!diagnostics.hasErrors() && previous != null && previous.quickKey().equals(quickKey)) {
            return upToDate(start);
        }
        List<Loaded> loaded = read(loader, listing, diagnostics, true);
        String fingerprint = BuildStamp.combine(Stream.concat(loaded.stream().map(Loaded::digest),
                settings.stream().map(s -> BuildStamp.digest(s, new byte[0]))).toList());
        if (!diagnostics.hasErrors() && previous != null && previous.fingerprint().equals(fingerprint)) {
            BuildStamp.write(outDir, new BuildStamp.Stamp(fingerprint, quickKey));
            return upToDate(start);
        }
        Content checkedContent = checked(loaded, listing, diagnostics);
        Content content = baseUrl == null ? checkedContent : checkedContent.withSite(checkedContent.site().at(baseUrl));
        loaded = null; // parsed records now live in content; let the rest go before rendering
        listing = null; // 180,000 paths at 178,700 accounts
        BuildStamp.Stamp stamp = new BuildStamp.Stamp(fingerprint, quickKey);
        SitePlan plan;
        SiteWriter.Size size;
        try (SiteWriter writer = SiteWriter.stage(outDir)) {
            // Every account's page folder, made on a thread of its own while planning leaves a core idle and
            // ahead of the writers, which then only create files (docs/performance.md, 25)
            writer.makeFoldersAhead(content.accounts().stream().map(a -> Routes.account(a.id())).toList());
            plan = timed("plan", () -> new SitePlanner(content, markdown, assets.names()).plan());
            timed("render+write", () -> {
                progress.start("rendering pages", plan.pages().size());
                timed("render+write: pages", () -> Batches.forEach(plan.pages(), job -> {
                    String file = Routes.file(job.route());
                    pages.render(job, (bytes, length) -> writer.write(file, bytes, length));
                    progress.step();
                }));
                progress.finish();
                timed("render+write: files", () -> Batches.forEach(plan.allFiles(),
                        file -> writer.write(file.path(), file.bytes().get())));
                assets.files().forEach(file -> writer.write(file.path(), file.bytes().get()));
            });
            size = writer.size();
            timed("swap", () -> {
                BuildStamp.clear(outDir);
                writer.commit();
                BuildStamp.write(outDir, stamp);
            });
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(plan.pages().size(), plan.allFiles().size() + assets.files().size(), size, millis, false);
    }
}
