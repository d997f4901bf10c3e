package org.officialvoices.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.officialvoices.check.ContentChecker;
import org.officialvoices.content.Content;
import org.officialvoices.content.ContentReader;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.output.BuildStamp;
import org.officialvoices.output.OutputSeal;
import org.officialvoices.output.SitePatch;
import org.officialvoices.output.SiteWriter;
import org.officialvoices.parallel.Batches;
import org.officialvoices.render.Assets;
import org.officialvoices.render.MarkdownRenderer;
import org.officialvoices.render.PageRenderer;
import org.officialvoices.site.ContentDiff;
import org.officialvoices.site.Rerender;
import org.officialvoices.site.Routes;
import org.officialvoices.site.SitePlan;
import org.officialvoices.site.SitePlan.FileJob;
import org.officialvoices.site.SitePlanner;
import org.officialvoices.source.SourceLoader;
import org.officialvoices.state.BuildState;
import org.officialvoices.state.GeneratorDigest;

import org.officialvoices.diag.Timings;

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
    /** Above this share of pages to render again, an incremental build gives way to a full one, which is quicker. */
    private final double fullBuildShare;

    public Pipeline() {
        this(Progress.none());
    }

    /** A pipeline that counts rendered pages on {@code progress}. */
    public Pipeline(Progress progress) {
        this(progress, 0.5);
    }

    /** For tests: {@code fullBuildShare} 1 keeps every build with a usable state incremental. */
    Pipeline(Progress progress, double fullBuildShare) {
        this.progress = progress;
        this.fullBuildShare = fullBuildShare;
    }

    private static Result upToDate(long start) {
        return new Result(0, 0, null, (System.nanoTime() - start) / 1_000_000, true, null, null);
    }

    /**
     * What a build produced, for the summary line; {@code upToDate} when nothing had changed; {@code size} of
     * the whole site after a full build (null otherwise); {@code changed} for an incremental build (null for a
     * full one), {@code fullBecause} why a build that could have been incremental was not.
     */
    public record Result(int pages, int files, SiteWriter.Size size, long millis, boolean upToDate, Changed changed,
            String fullBecause) {

        public Result(int pages, int files, SiteWriter.Size size, long millis, boolean upToDate) {
            this(pages, files, size, millis, upToDate, null, null);
        }
    }

    /** What an incremental build did: pages rendered again, files rewritten and files deleted in the output. */
    public record Changed(int rendered, int written, int deleted) {
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
        return checked(timed("load+read", () -> LoadedContent.all(new ContentReader(), loader, listing, diagnostics, false)),
                listing, diagnostics);
    }

    /** Assembles the parsed files and runs every check; throws with all problems found. */
    private static Content checked(LoadedContent loaded, SourceLoader.Listing listing, Diagnostics diagnostics) {
        Content content = ContentReader.assemble(loaded.parsed(), diagnostics).orElse(null);
        if (content != null) {
            timed("check", () -> ContentChecker.check(content, listing.paths(), diagnostics));
        }
        diagnostics.throwIfErrors();
        return content;
    }

    public Result build(Path contentDir, Path outDir) {
        return build(contentDir, outDir, null, false);
    }

    public Result build(Path contentDir, Path outDir, boolean full) {
        return build(contentDir, outDir, null, full);
    }

    /**
     * Checks, then brings {@code outDir} up to date. When the content and the generator are exactly those of
     * the last successful build into it, it stops after loading and leaves the output as it is. When the build
     * state beside it ({@link BuildState}) is usable, only the pages and files showing what changed are written
     * again, and pages that are gone are deleted ({@link SitePatch}); otherwise, or with {@code full}, every
     * page is rendered into a staging folder swapped in whole. Unless {@code baseUrl} is null, every absolute URL
     * (canonical links, sitemap, feed, citations) is made from it instead of {@code site.json}'s; it is part of
     * the stamp and of the state's site settings, so changing it rebuilds in full.
     */
    public Result build(Path contentDir, Path outDir, String baseUrl, boolean full) {
        long start = System.nanoTime();
        SiteWriter.repair(outDir); // an interrupted commit is finished before anything looks at the output
        Diagnostics diagnostics = new Diagnostics();
        SourceLoader loader = new SourceLoader(contentDir);
        SourceLoader.Listing listing = timed("list", () -> loader.list(diagnostics));
        return build(listing, loader, diagnostics, outDir, baseUrl, full, start);
    }

    private Result build(SourceLoader.Listing listing, SourceLoader loader, Diagnostics diagnostics, Path outDir,
            String baseUrl, boolean full, long start) {
        BuildStamp.Stamp previous = full ? null : BuildStamp.read(outDir);
        List<String> settings = baseUrl == null ? List.of() : List.of("--base-url " + baseUrl);
        String quickKey = BuildStamp.quickKey(Stream.concat(listing.stats().stream(), settings.stream()).toList());
        if (!diagnostics.hasErrors() && previous != null && previous.quickKey().equals(quickKey)) {
            return upToDate(start);
        }
        String[] because = {full ? "--full" : null};
        BuildState state = full ? null : timed("state: read", () -> usableState(outDir, because));
        long readStart = System.nanoTime();
        // A reader of this build's own, let go once the files are read: its tables of shared values go with it
        LoadedContent loaded = state == null ? LoadedContent.all(new ContentReader(), loader, listing, diagnostics, true)
                : LoadedContent.since(new ContentReader(), state, loader, listing, diagnostics);
        Timings.since("load+read", readStart);
        String fingerprint = BuildStamp.combine(Stream.concat(loaded.digests().stream(),
                settings.stream().map(s -> BuildStamp.digest(s, new byte[0]))).toList());
        BuildStamp.Stamp stamp = new BuildStamp.Stamp(fingerprint, quickKey);
        if (!diagnostics.hasErrors() && previous != null && previous.fingerprint().equals(fingerprint)) {
            if (state != null) { // only times changed: remember them, so the files are not read next time
                writeState(outDir, new BuildState(state.token(), state.generator(), state.site(), loaded.records(),
                        state.pages(), state.files()));
            }
            BuildStamp.write(outDir, stamp);
            return upToDate(start);
        }
        Content checkedContent = checked(loaded, listing, diagnostics);
        Content content = baseUrl == null ? checkedContent : checkedContent.withSite(checkedContent.site().at(baseUrl));
        listing = null; // 180,000 paths at 178,700 accounts
        String site = BuildState.siteDigest(content.site());
        if (state != null && !state.site().equals(site)) {
            because[0] = "the site's settings changed";
        } else if (state != null) {
            Result result = incremental(content, loaded, state, outDir, stamp, start);
            if (result != null) {
                return result;
            }
            because[0] = "most pages changed";
        }
        List<BuildState.SourceRecord> sources = loaded.records();
        loaded = null; // parsed records now live in content; let the rest go before rendering
        return fullBuild(content, sources, site, outDir, stamp, start, because[0]);
    }

    /**
     * The state beside {@code outDir} if it was made by this generator and the output is as it left it; else
     * null, with the reason in {@code because[0]}.
     */
    private static BuildState usableState(Path outDir, String[] because) {
        Path file = BuildState.file(outDir);
        if (!java.nio.file.Files.isDirectory(outDir)) {
            return null; // a first build: nothing to explain
        }
        if (!java.nio.file.Files.exists(file)) {
            because[0] = "no build state beside the output";
            return null;
        }
        BuildState state = BuildState.read(file, GeneratorDigest.value());
        if (state == null) {
            because[0] = "the build state is damaged or from another generator";
            return null;
        }
        if (!OutputSeal.holds(outDir, state.token())) {
            because[0] = "the output changed since the last build, or its last update did not finish";
            return null;
        }
        return state;
    }

    /** Renders every page into a staging folder and swaps it in, then records the state for the next build. */
    private Result fullBuild(Content content, List<BuildState.SourceRecord> sources, String site, Path outDir,
            BuildStamp.Stamp stamp, long start, String because) {
        SitePlan plan;
        SiteWriter.Size size;
        Map<String, Rerender.Made> made = new ConcurrentHashMap<>();
        Map<String, Rerender.Made> files = new ConcurrentHashMap<>();
        try (SiteWriter writer = SiteWriter.stage(outDir)) {
            // Every account's page folder, made on a thread of its own while planning leaves a core idle and
            // ahead of the writers, which then only create files (docs/performance.md, 25)
            writer.makeFoldersAhead(content.accounts().stream().map(a -> Routes.account(a.id())).toList());
            plan = timed("plan", () -> SitePlanner.editions(content, markdown, assets.names(), false));
            timed("render+write", () -> {
                progress.start("rendering pages", plan.pages().size());
                timed("render+write: pages", () -> Batches.forEach(plan.pages(), job -> {
                    String file = Routes.file(job.route());
                    pages.render(job, (bytes, length) -> writer.write(file, bytes, length));
                    made.put(job.route(), new Rerender.Made(job.template(), Rerender.Digest.of(job.deps().get())));
                    progress.step();
                }));
                progress.finish();
                List<FileJob> all = new ArrayList<>(plan.files());
                all.addAll(assets.files());
                List<FileJob> search = plan.deferred().get();
                timed("render+write: files", () -> Batches.forEach(all, file -> {
                    if (file.stream() != null) {
                        writer.write(file.path(), file.stream()::writeTo);
                    } else {
                        writer.write(file.path(), file.bytes().get());
                    }
                    files.put(file.path(), file.deps() == null ? new Rerender.Made(BuildState.ALWAYS, Rerender.Digest.NONE)
                            : new Rerender.Made(OutputUpdate.FILE, Rerender.Digest.of(file.deps().get())));
                }));
                timed("render+write: search", () -> Batches.forEach(search, file -> {
                    writer.write(file.path(), file.bytes().get());
                    files.put(file.path(), new Rerender.Made(BuildState.SEARCH, Rerender.Digest.NONE));
                }));
            });
            size = writer.size();
            timed("swap", () -> {
                BuildStamp.clear(outDir);
                OutputSeal.breakSeal(outDir);
                writer.commit();
            });
        }
        BuildState next = new BuildState(UUID.randomUUID().toString(), GeneratorDigest.value(), site, sources, made, files);
        timed("state: write", () -> {
            writeState(outDir, next);
            BuildStamp.write(outDir, stamp);
            OutputSeal.seal(outDir, next.token());
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(plan.pages().size(), files.size(), size, millis, false, null, because);
    }

    /**
     * Renders again only the pages showing what changed since {@code state} and rewrites only the files whose
     * bytes changed; null when so much changed that a full build is quicker (then nothing was written).
     */
    private Result incremental(Content content, LoadedContent loaded, BuildState state, Path outDir,
            BuildStamp.Stamp stamp, long start) {
        Set<String> changedKeys = timed("diff", () -> ContentDiff.changedKeys(loaded.before(), content));
        // The search index, the costliest file, is made only if what it shows changed
        SitePlan plan = timed("plan", () -> SitePlanner.editions(content, markdown, assets.names(), true));
        List<OutputUpdate.Decided> decided = timed("deps", () -> OutputUpdate.decide(plan.pages(), state.pages(), changedKeys));
        long again = decided.stream().filter(OutputUpdate.Decided::again).count();
        if (again > decided.size() * fullBuildShare) {
            return null;
        }
        List<FileJob> plain = new ArrayList<>(plan.files());
        plain.addAll(assets.files());
        List<OutputUpdate.DecidedFile> files = new ArrayList<>(timed("deps: files",
                () -> OutputUpdate.decideFiles(plain, state.files(), changedKeys)));
        Map<String, Rerender.Made> fileMade = new HashMap<>();
        Set<String> kept = new java.util.HashSet<>();
        if (timed("diff: search", () -> ContentDiff.sameSearchIndex(loaded.before(), content))) {
            state.files().forEach((path, made) -> {
                if (made.template().equals(BuildState.SEARCH)) {
                    fileMade.put(path, made);
                    kept.add(path);
                }
            });
        } else {
            Rerender.Made search = new Rerender.Made(BuildState.SEARCH, Rerender.Digest.NONE);
            timed("search index", () -> plan.deferred().get()).forEach(f -> files.add(new OutputUpdate.DecidedFile(f, search, true)));
        }
        files.forEach(f -> fileMade.put(f.job().path(), f.made()));
        Map<String, Rerender.Made> made = new HashMap<>(decided.size() * 2);
        decided.forEach(d -> made.put(d.job().route(), new Rerender.Made(d.job().template(), d.deps())));
        BuildState next = new BuildState(UUID.randomUUID().toString(), GeneratorDigest.value(), state.site(),
                loaded.records(), made, fileMade);
        OutputUpdate.Counts counts;
        try (SitePatch patch = SitePatch.stage(outDir)) {
            counts = timed("render+write", () -> new OutputUpdate(outDir, pages, patch, progress)
                    .apply(decided, files, state.pages().keySet(), state.files().keySet(), kept));
            timed("state: write", () -> {
                next.write(SitePatch.staged(BuildState.file(outDir)));
                BuildStamp.writeTo(SitePatch.staged(BuildStamp.file(outDir)), stamp);
            });
            timed("commit", () -> patch.commit(List.of(BuildState.file(outDir), BuildStamp.file(outDir)), next.token()));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(plan.pages().size(), fileMade.size(), null, millis, false,
                new Changed(counts.rendered(), counts.written(), counts.deleted()), null);
    }

    /** Writes the state beside the output through a temporary name, so it is whole or absent. */
    private static void writeState(Path outDir, BuildState state) {
        Path file = BuildState.file(outDir);
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        state.write(temp);
        try {
            java.nio.file.Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new org.officialvoices.output.OutputFailed("cannot write the build state " + file, e);
        }
    }
}
