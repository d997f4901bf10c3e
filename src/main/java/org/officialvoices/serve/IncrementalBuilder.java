package org.officialvoices.serve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.officialvoices.check.ContentChecker;
import org.officialvoices.content.Content;
import org.officialvoices.content.ContentReader;
import org.officialvoices.diag.BuildFailed;
import org.officialvoices.diag.Diagnostic;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.diag.Timings;
import org.officialvoices.parallel.Batches;
import org.officialvoices.pipeline.Progress;
import org.officialvoices.render.Assets;
import org.officialvoices.render.MarkdownRenderer;
import org.officialvoices.render.PageRenderer;
import org.officialvoices.site.AssetNames;
import org.officialvoices.site.ContentDiff;
import org.officialvoices.site.Rerender;
import org.officialvoices.site.Routes;
import org.officialvoices.site.SitePlan;
import org.officialvoices.site.SitePlan.FileJob;
import org.officialvoices.site.SitePlan.PageJob;
import org.officialvoices.site.SitePlanner;
import org.officialvoices.source.SourceLoader;

import static org.officialvoices.diag.Timings.timed;

/**
 * Serve mode's build: keeps what the last build read and rendered, and on each change reads again only the
 * files whose size or time changed, then renders again only the pages whose records, shape or template
 * changed (the dependency map: each page's {@link org.officialvoices.site.Deps} list from the last build).
 * Content errors never stop it: the pages of the last good build stay, with the errors beside them.
 *
 * <p>Not thread-safe: one thread rebuilds; the server reads the {@link Snapshot}s it returns.
 */
public final class IncrementalBuilder {

    private static final Pattern TEMPLATE_AT = Pattern.compile("at (\\S+\\.jte):(\\d+)");

    /** A content file read without problems, with the stat it had then. */
    private record Cached(String stat, ContentReader.Parsed parsed) {
    }

    /** A file just read; {@code clean} when it had no problems, so it can be kept until it changes. */
    private record Fresh(ContentReader.Parsed parsed, boolean clean) {
    }

    /** A page, the digest of its dependency list, and whether it must be rendered again. */
    private record Checked(PageJob job, Rerender.Digest deps, boolean again) {
    }

    /** A rendered page, with what it was made of. */
    private record Rendered(Rerender.Made made, byte[] html) {
    }

    /** The template every page is laid out by, and so every page links to the assets through. */
    private static final String LAYOUT = "layout/main.jte";

    private final SourceLoader loader;
    private final Progress progress;
    private PageRenderer renderer;
    private final Supplier<Assets> assets;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final Map<String, Cached> cache = new HashMap<>();
    private final Set<String> pendingTemplates = new HashSet<>();
    private AssetNames assetNames;
    private Content content;
    private Map<String, Rendered> rendered = Map.of();
    private Set<String> failed = Set.of();
    private volatile Snapshot snapshot; // read by the server's threads

    /** @param assets the site's static files, read again on every build so an edited stylesheet shows */
    public IncrementalBuilder(java.nio.file.Path contentDir, PageRenderer renderer, Supplier<Assets> assets) {
        this(contentDir, renderer, assets, Progress.none());
    }

    /** @param progress counts rendered pages, for the first build of a large site */
    public IncrementalBuilder(java.nio.file.Path contentDir, PageRenderer renderer, Supplier<Assets> assets,
            Progress progress) {
        this.progress = progress;
        this.loader = new SourceLoader(contentDir);
        this.renderer = renderer;
        this.assets = assets;
        this.snapshot = new Snapshot(System.currentTimeMillis(), Map.of(), Map.of(), Map::of, List.of(), 0, Map.of(), 0, false);
    }

    /** What one rebuild did, for the terminal and for tests. */
    public record Outcome(Snapshot snapshot, Set<String> rendered, Set<String> changed, int pages, long millis) {
    }

    /**
     * Makes the next rebuild read {@code file} again even if its size and time look unchanged: a file's time
     * has a coarse grain, and two saves of the same length within it look alike.
     */
    public void forget(java.nio.file.Path file) {
        String path = file.toString().replace('\\', '/');
        cache.keySet().removeIf(cached -> cached.equals(path) || path.isEmpty() || cached.startsWith(path + "/"));
    }

    /**
     * Renders from now on with {@code next}; pass every template to the following {@link #rebuild} so each
     * page is rendered by it.
     */
    public void useRenderer(PageRenderer next) {
        this.renderer = next;
    }

    /** The latest snapshot (before any build: empty, with no errors). */
    public Snapshot snapshot() {
        return snapshot;
    }

    /**
     * Reads what changed and renders what it affects. {@code templates} are templates edited since the last
     * call (as {@code partial/cite.jte}); {@code assetsChanged} says a static file was edited, which changes
     * every page's look without changing its HTML.
     */
    public Outcome rebuild(Set<String> templates, boolean assetsChanged) {
        long start = System.nanoTime();
        pendingTemplates.addAll(templates); // kept until a render pass has used them: content errors may come first
        Diagnostics diagnostics = new Diagnostics();
        Content next = timed("read", () -> read(diagnostics));
        if (next == null) {
            return publish(start, diagnostics.sorted(), diagnostics.errorCount(), Map.of(), Set.of(), Set.of(), assetsChanged, null);
        }
        Assets files = assets.get();
        if (!files.names().equals(assetNames)) {
            pendingTemplates.add(LAYOUT); // every page links to the stylesheet and scripts by their new names
            assetNames = files.names();
        }
        SitePlan plan = timed("plan", () -> SitePlanner.editions(next, markdown, files.names(), true));
        Set<String> changedKeys = timed("diff", () -> ContentDiff.changedKeys(content, next));
        Set<String> changedTemplates = affected(pendingTemplates);
        List<Checked> checked = timed("deps", () -> check(plan, changedKeys, changedTemplates));
        Rendering rendering = timed("render", () -> render(checked));
        Set<String> changedRoutes = keep(checked, rendering.html());
        content = next;
        pendingTemplates.clear();
        List<Diagnostic> errors = rendering.templateErrors().stream().sorted(Comparator.comparing(Diagnostic::format)).toList();
        return publish(start, errors, errors.size(), files(plan, files), rendering.html().keySet(), changedRoutes, assetsChanged, plan);
    }

    /**
     * Makes each page's dependency list and decides whether to render it again: when it shows a changed record,
     * when its list is not the one it had, when its template changed, or when it failed last time. In parallel:
     * at 10,000 accounts the lists hold hundreds of thousands of keys.
     */
    private List<Checked> check(SitePlan plan, Set<String> changedKeys, Set<String> changedTemplates) {
        return Batches.map(plan.pages(), job -> {
            List<String> deps = job.deps().get();
            Rerender.Digest digest = Rerender.Digest.of(deps);
            Rendered before = rendered.get(job.route());
            boolean again = failed.contains(job.route())
                    || Rerender.needed(before == null ? null : before.made(), job.template(), deps, digest, changedKeys, changedTemplates);
            return new Checked(job, digest, again);
        });
    }

    /** Pages rendered, by route, and the templates that failed. */
    private record Rendering(Map<String, byte[]> html, java.util.Collection<Diagnostic> templateErrors) {
    }

    /** Renders the pages to do, in parallel, after compiling their templates one at a time. */
    private Rendering render(List<Checked> checked) {
        List<PageJob> todo = checked.stream().filter(Checked::again).map(Checked::job).toList();
        Map<String, Diagnostic> templateErrors = new ConcurrentHashMap<>();
        Set<String> prepared = new HashSet<>();
        Set<String> broken = new HashSet<>();
        for (PageJob job : todo) {
            if (prepared.add(job.template())) {
                String problem = renderer.prepare(job.template());
                if (problem != null) {
                    broken.add(job.template());
                    templateErrors.putIfAbsent(problem, templateDiagnostic(job, problem));
                }
            }
        }
        Map<String, byte[]> html = new ConcurrentHashMap<>();
        progress.start("rendering pages", todo.size());
        Batches.forEach(todo.stream().filter(job -> !broken.contains(job.template())).toList(), job -> {
            try {
                html.put(job.route(), renderer.render(job));
                progress.step();
            } catch (PageRenderer.TemplateFailed e) {
                templateErrors.putIfAbsent(e.templateMessage(), templateDiagnostic(job, e.templateMessage()));
            }
        });
        progress.finish();
        return new Rendering(html, templateErrors.values());
    }

    /**
     * Keeps the new pages and, for pages that could not be rendered, the last good ones (remembered as failed,
     * to try again next time); returns the routes whose HTML changed or that are gone.
     */
    private Set<String> keep(List<Checked> checked, Map<String, byte[]> html) {
        Map<String, Rendered> nextRendered = new HashMap<>();
        Set<String> nextFailed = new HashSet<>();
        Set<String> changedRoutes = new HashSet<>();
        for (Checked page : checked) {
            String route = page.job().route();
            Rendered before = rendered.get(route);
            byte[] made = html.get(route);
            if (made != null) {
                nextRendered.put(route, new Rendered(new Rerender.Made(page.job().template(), page.deps()), made));
                if (before == null || !Arrays.equals(before.html(), made)) {
                    changedRoutes.add(route);
                }
            } else {
                if (page.again()) {
                    nextFailed.add(route);
                }
                if (before != null) {
                    nextRendered.put(route, before);
                }
            }
        }
        rendered.keySet().stream().filter(route -> !nextRendered.containsKey(route)).forEach(changedRoutes::add);
        rendered = nextRendered;
        failed = nextFailed;
        return changedRoutes;
    }

    /** Lists the content folder, reads again what changed, assembles and checks; null when there are errors. */
    private Content read(Diagnostics diagnostics) {
        SourceLoader.Listing listing;
        try {
            listing = timed("list", () -> loader.list(diagnostics));
        } catch (BuildFailed e) {
            e.diagnostics().forEach(diagnostics::add);
            return null;
        }
        Set<String> known = new HashSet<>();
        cache.values().forEach(c -> known.add(c.stat()));
        SourceLoader.Listing stale = listing.only(stat -> !known.contains(stat));
        List<String> staleStats = stale.stats();
        ContentReader reader = new ContentReader(); // this rebuild's, so a long session does not keep every edit's values
        List<Fresh> fresh = loader.readEach(stale, diagnostics, file -> {
            Diagnostics own = new Diagnostics();
            ContentReader.Parsed parsed = reader.parse(file, own);
            List<Diagnostic> problems = own.sorted();
            problems.forEach(diagnostics::add);
            return new Fresh(parsed, problems.isEmpty());
        });
        Map<String, ContentReader.Parsed> byPath = new HashMap<>();
        cache.keySet().retainAll(new HashSet<>(listing.paths()));
        for (int i = 0; i < staleStats.size(); i++) {
            String stat = staleStats.get(i);
            String path = stat.substring(0, stat.indexOf('\u0000'));
            Fresh read = fresh.get(i);
            cache.remove(path);
            if (read != null) {
                byPath.put(path, read.parsed());
                if (read.clean()) {
                    cache.put(path, new Cached(stat, read.parsed()));
                }
            }
        }
        List<ContentReader.Parsed> all = new ArrayList<>();
        for (String path : listing.paths()) {
            Cached cached = cache.get(path);
            ContentReader.Parsed parsed = byPath.containsKey(path) ? byPath.get(path) : cached == null ? null : cached.parsed();
            if (parsed != null) {
                all.add(parsed);
            }
        }
        Content next = ContentReader.assemble(all, diagnostics).orElse(null);
        if (next != null) {
            long checkStart = System.nanoTime();
            ContentChecker.check(next, listing.paths(), diagnostics);
            Timings.since("check", checkStart);
        }
        return diagnostics.hasErrors() ? null : next;
    }

    /** The templates edited, and every template that calls one of them. */
    private Set<String> affected(Set<String> templates) {
        Set<String> all = new HashSet<>(templates);
        templates.forEach(t -> all.addAll(renderer.templatesUsing(t)));
        return all;
    }

    private static Diagnostic templateDiagnostic(PageJob job, String message) {
        Matcher at = TEMPLATE_AT.matcher(message);
        String first = message.lines().findFirst().orElse(message);
        if (at.find()) {
            return Diagnostic.error("templates/" + at.group(1), Integer.parseInt(at.group(2)), 1, first)
                    .withHint("while rendering " + job.route() + "; the page shows its last good version");
        }
        return Diagnostic.error("templates/" + job.template(), 1, 1, first)
                .withHint("while rendering " + job.route() + "; the page shows its last good version");
    }

    /** Every non-page file, made on first request and then kept for this snapshot. */
    private Map<String, Supplier<byte[]>> files(SitePlan plan, Assets assets) {
        Map<String, Supplier<byte[]>> files = new HashMap<>();
        plan.files().forEach(f -> files.put(f.path(), memoized(f.bytes())));
        assets.files().forEach(f -> files.put(f.path(), f.bytes()));
        return files;
    }

    /** The plan's deferred files, listed and made together on the first request for any of them. */
    private static Supplier<Map<String, Supplier<byte[]>>> deferred(SitePlan plan) {
        return memoized(() -> {
            Map<String, Supplier<byte[]>> files = new HashMap<>();
            plan.deferred().get().forEach(f -> files.put(f.path(), memoized(f.bytes())));
            return files;
        });
    }

    private static <T> Supplier<T> memoized(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }

    /**
     * Makes the next snapshot. Its version moves on only when a reader would see a difference: a page's HTML,
     * the list of problems, or a static file.
     */
    private Outcome publish(long start, List<Diagnostic> diagnostics, int errorCount, Map<String, Supplier<byte[]>> files,
            Set<String> renderedRoutes, Set<String> changedRoutes, boolean assetsChanged, SitePlan plan) {
        Snapshot before = snapshot;
        boolean problemsChanged = !before.diagnostics().equals(diagnostics) || before.errorCount() != errorCount;
        boolean anything = problemsChanged || assetsChanged || !changedRoutes.isEmpty() || !before.built() && plan != null;
        long version = anything ? before.version() + 1 : before.version();
        Map<String, byte[]> pages = new HashMap<>();
        rendered.forEach((route, page) -> pages.put(Routes.file(route), page.html()));
        Map<String, Long> changedAt = new HashMap<>(before.changedAt());
        changedRoutes.forEach(route -> changedAt.put(Routes.file(route), version));
        long allChangedAt = problemsChanged || assetsChanged ? version : before.allChangedAt();
        snapshot = new Snapshot(version, pages, plan == null ? before.files() : files,
                plan == null ? before.deferredFiles() : deferred(plan), diagnostics, errorCount, changedAt, allChangedAt,
                before.built() || plan != null);
        Set<String> changedFiles = new HashSet<>();
        changedRoutes.forEach(route -> changedFiles.add(Routes.file(route)));
        return new Outcome(snapshot, renderedRoutes, changedFiles, pages.size(), (System.nanoTime() - start) / 1_000_000);
    }
}
