package org.officialvoices.site;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.officialvoices.content.Account;
import org.officialvoices.content.CaseStudy;
import org.officialvoices.content.Content;
import org.officialvoices.content.Dataset;
import org.officialvoices.content.Dated;
import org.officialvoices.content.Disagreement;
import org.officialvoices.content.Figure;
import org.officialvoices.content.Kind;
import org.officialvoices.content.Platform;
import org.officialvoices.content.Ref;
import org.officialvoices.content.Source;
import org.officialvoices.content.TextPage;
import org.officialvoices.diag.Timings;
import org.officialvoices.site.Rows.AccountRow;
import org.officialvoices.site.Rows.Citation;
import org.officialvoices.site.Rows.EventRow;
import org.officialvoices.site.Rows.FigureRow;
import org.officialvoices.site.Rows.LatestRow;
import org.officialvoices.site.SitePlan.FileJob;
import org.officialvoices.site.SitePlan.PageJob;

/** Stage 4, model: decides every page and file of the site from checked content. */
public final class SitePlanner {

    static final int LATEST_LIMIT = 10;

    private final Content content;
    private final SiteIndex index;
    private final MarkdownToHtml markdown;
    private final DatasetExporter exporter;

    private final AssetNames assets;
    private final Words words;
    private final Lang lang;
    /** The English texts standing in for missing translations, by identity; empty in English. */
    private final java.util.Set<String> english;

    /** A planner of the English edition, which also lists the files every language shares. */
    public SitePlanner(Content content, MarkdownToHtml markdown, AssetNames assets) {
        this(content, markdown, assets, Words.packed(Lang.EN), java.util.Set.of());
    }

    /**
     * A planner for the edition {@code words} speaks, of {@code content} in that language ({@link Localiser}); pages
     * link to the stylesheet and scripts at {@code assets}. Only the English edition lists the shared files (data,
     * assets, sitemap); another lists its pages, its feed and, like the English one, its search index (deferred: made
     * when asked for). {@code english} holds the texts of {@code content} that stand in for their translation.
     */
    public SitePlanner(Content content, MarkdownToHtml markdown, AssetNames assets, Words words, java.util.Set<String> english) {
        this.words = words;
        this.english = english;
        this.lang = words.lang();
        this.assets = assets;
        this.content = content;
        this.index = Timings.timed("plan: index", () -> new SiteIndex(content));
        this.markdown = markdown;
        this.exporter = new DatasetExporter(index);
    }

    /**
     * The whole site: the English edition with the files every language shares, then its Chinese twin, made from
     * the content in Chinese ({@link Localiser}). With {@code serving}, the search index is made only when a search
     * file is asked for; otherwise on a thread of its own while pages render.
     */
    public static SitePlan editions(Content content, MarkdownToHtml markdown, AssetNames assets, boolean serving) {
        SitePlan english = new SitePlanner(content, markdown, assets).plan();
        Localiser.Localised chinese = Timings.timed("plan: localise", () -> Localiser.chinese(content));
        SitePlan both = english.with(new SitePlanner(chinese.content(), markdown, assets,
                Words.packed(Lang.ZH).withEnglish(chinese.english()), chinese.english()).plan());
        return serving ? both : new SitePlan(both.pages(), both.files(), inBackground(both.deferred()));
    }

    public SitePlan plan() {
        List<PageJob> pages = new ArrayList<>();
        List<FileJob> files = new ArrayList<>();
        pages.add(new PageJob(Routes.HOME, "page/home.jte", this::home, () -> List.of(Deps.EVERYTHING)));
        listing(pages, Routes.ACCOUNTS, words.t("accounts.title"), null, words.t("accounts.description"), null, index.accountsByName, "accounts", Deps.SITE);
        for (Account a : content.accounts()) {
            pages.add(new PageJob(Routes.account(a.id()), "page/account.jte", () -> account(a), () -> accountDeps(a)));
            if (lang == Lang.EN) { // the languages share their data files
                files.addAll(DataPages.accountFiles(a));
            }
        }
        pages.add(new PageJob(Routes.CASE_STUDIES, "page/case_study_index.jte", () -> new Views.CaseStudyIndexView(
                meta(words.t("case-studies.title"), words.t("case-studies.description"), Routes.CASE_STUDIES, "case-studies"),
                index.caseStudiesByDate), () -> caseStudyKeys(Deps.page(), content.caseStudies()).keys()));
        for (CaseStudy cs : content.caseStudies()) {
            pages.add(new PageJob(Routes.caseStudy(cs.slug()), "page/case_study.jte", () -> caseStudy(cs), () -> caseStudyDeps(cs)));
        }
        pages.add(new PageJob(Routes.DATASETS, "page/dataset_index.jte", this::datasetIndex, () -> {
            Deps deps = Deps.page();
            content.datasets().forEach(ds -> deps.add(Deps.key("dataset", ds.id())));
            return deps.keys();
        }));
        for (Dataset ds : content.datasets()) {
            List<Account> members = index.members(ds);
            int pageCount = Pager.pageCount(members.size());
            for (int n = 1; n <= pageCount; n++) {
                int page = n;
                pages.add(new PageJob(Routes.paged(Routes.dataset(ds.id()), n), "page/dataset.jte",
                        () -> dataset(ds, members, page, pageCount), () -> datasetDeps(ds, members, page, pageCount)));
            }
            if (lang == Lang.EN) {
                files.add(new FileJob(Routes.datasetCsv(ds.id()), () -> exporter.csv(ds), () -> downloadDeps(ds, members)));
                files.add(new FileJob(Routes.datasetJson(ds.id()), () -> exporter.json(ds), () -> downloadDeps(ds, members)));
            }
        }
        terms(pages);
        pages.add(new PageJob(Routes.SOURCES, "page/sources.jte", this::sources, this::sourcesDeps));
        for (Source s : content.sources()) {
            List<Citation> citations = index.citationsBySource.getOrDefault(s.id(), List.of());
            int pageCount = Pager.pageCount(citations.size());
            for (int n = 1; n <= pageCount; n++) {
                int page = n;
                pages.add(new PageJob(Routes.paged(Routes.source(s.id()), n), "page/source.jte", () -> new Views.SourceView(
                        meta(s.title(), words.fullCitation(s), Routes.paged(Routes.source(s.id()), page), "sources"),
                        s, Pager.slice(citations, page), new Pager(page, pageCount, Routes.source(s.id())), citations.size()),
                        () -> sourceDeps(s, citations, page, pageCount)));
            }
        }
        for (TextPage p : content.pages()) {
            if (!p.slug().equals("home")) {
                pages.add(new PageJob(Routes.page(p.slug()), "page/text.jte", () -> new Views.TextPageView(
                        meta(p.title(), p.summary(), Routes.page(p.slug()), p.slug()), p,
                        body(p.title(), p.body(), linkRoot(Routes.page(p.slug())))),
                        () -> Deps.page().add(Deps.key("page", p.slug())).keys()));
            }
        }
        pages.add(new PageJob(Routes.SEARCH, "page/search.jte", () -> new Views.SearchView(
                meta(words.t("search.title"), words.t("search.description"), Routes.SEARCH, "search")),
                () -> Deps.page().keys()));
        Supplier<List<FileJob>> search = () -> Timings.timed("search index: " + lang.id(), () -> new SearchIndex(content, words).files());
        pages.add(new PageJob(Routes.COMPARE, "page/compare.jte", this::compare,
                () -> List.of(Deps.EVERYTHING))); // any account may enter the list, as on the home page
        pages.add(new PageJob("404.html", "page/not_found.jte", () -> new Views.NotFoundView(notFoundMeta()), () -> Deps.page().keys()));
        pages.add(new PageJob(Routes.CORRECTIONS, "page/corrections.jte", () -> new Views.CorrectionsView(
                meta(words.t("corrections.title"), words.t("corrections.description"), Routes.CORRECTIONS, "corrections"),
                index.corrections), this::correctionsDeps));
        pages.replaceAll(this::withCorrectionKeys);
        DataPages data = new DataPages(content, this::meta, words);
        Timings.timed("plan: data", () -> data.plan(pages, files));
        Syndication syndication = new Syndication(content, index, data.feedEntries(), words);
        if (lang != Lang.EN) { // the languages share every file but their feeds
            return new SitePlan(pages.stream().map(this::inLanguage).toList(), List.of(syndication.feedFile()), search);
        }
        files.addAll(Timings.timed("plan: feeds", () -> syndication.files(pages.stream().map(PageJob::route).toList())));
        return new SitePlan(pages, files, search);
    }

    /** {@code job} at its route in this planner's language: {@code accounts/x/} → {@code zh/accounts/x/}. */
    private PageJob inLanguage(PageJob job) {
        return new PageJob(lang.route(job.route()), job.template(), job.view(), job.deps(), english);
    }

    /**
     * A build makes the search indexes on a thread of its own while pages render, one language after the other (each
     * holds a large table of postings while it is made), and waits for them only when the files are written after the
     * pages: much of the work is one long sequence (2.5 s at 178,700 accounts), which would otherwise leave a core idle
     * before rendering starts.
     */
    private static Supplier<List<FileJob>> inBackground(Supplier<List<FileJob>> indexes) {
        java.util.concurrent.FutureTask<List<FileJob>> task = new java.util.concurrent.FutureTask<>(indexes::get);
        Thread thread = new Thread(task, "search-index");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while making the search index", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        };
    }

    private Views.HomeView home() {
        TextPage intro = content.pages().stream().filter(p -> p.slug().equals("home")).findFirst().orElse(null);
        List<FigureRow> keyFigures = content.site().keyFigures().stream()
                .map(r -> figureRow(index.figures.get(r.id()))).toList();
        List<LatestRow> latest = newest(LATEST_LIMIT).stream()
                .map(c -> new LatestRow(c.account(), index.observationRow(c.observation()))).toList();
        return new Views.HomeView(meta(content.site().title(), content.site().tagline(), Routes.HOME, "home"),
                intro == null ? "" : body(intro.title(), intro.body(), linkRoot(Routes.HOME)), keyFigures, index.caseStudiesByDate, latest,
                content.accounts().size(), content.datasets().size(), content.sources().size());
    }

    /** An observation in the running for the home page's "latest" list, {@code seq}-th in content order. */
    private record Candidate(Account account, org.officialvoices.content.Observation observation, int seq) {
    }

    /** Newest first, then by account id and measure; equal ones in content order. */
    static final Comparator<Candidate> NEWEST_FIRST = Comparator.comparing((Candidate c) -> c.observation().date()).reversed()
            .thenComparing(c -> c.account().id())
            .thenComparing(c -> c.observation().metric())
            .thenComparingInt(Candidate::seq);

    /**
     * The {@code limit} newest observations of all accounts, in {@link #NEWEST_FIRST} order: kept in a heap of
     * {@code limit}, so half a million observations are compared, not sorted (a full sort was 4 % of a build).
     */
    private List<Candidate> newest(int limit) {
        java.util.PriorityQueue<Candidate> kept = new java.util.PriorityQueue<>(limit + 1, NEWEST_FIRST.reversed());
        int seq = 0;
        for (Account a : content.accounts()) {
            for (var o : a.observations()) {
                Candidate c = new Candidate(a, o, seq++);
                if (kept.size() < limit) {
                    kept.add(c);
                } else if (NEWEST_FIRST.compare(c, kept.peek()) < 0) {
                    kept.poll();
                    kept.add(c);
                }
            }
        }
        return kept.stream().sorted(NEWEST_FIRST).toList();
    }

    private FigureRow figureRow(Figure f) {
        return new FigureRow(f, index.figureDatasets.get(f.id()), index.sources.get(f.observation().source().id()));
    }

    private Views.AccountView account(Account a) {
        List<Rows.ObservationRow> observations = a.observations().stream()
                .sorted(Comparator.comparing(org.officialvoices.content.Observation::metric).thenComparing(o -> o.date()))
                .map(index::observationRow).toList();
        Rows.AccountRow row = index.accountRow(a);
        return new Views.AccountView(
                meta(a.name(), a.summary() != null ? a.summary() : words.t("account.description", a.name(), row.platform().name()),
                        row.route(), "accounts"),
                row,
                dated(a.created()),
                index.sources.get(a.source().id()),
                a.events().stream().sorted(Comparator.comparing(e -> e.date()))
                        .map(e -> new EventRow(e, index.sources.get(e.source().id()))).toList(),
                observations,
                index.caseStudiesByAccount.getOrDefault(a.id(), List.of()),
                index.datasetsByAccount.getOrDefault(a.id(), List.of()),
                index.related(a),
                LineChart.of(a.name(), observations, words),
                disagreements(a.disagreements()));
    }

    private List<String> accountDeps(Account a) {
        Deps deps = Deps.page().row(a).source(a.source().id());
        datedDeps(deps, a.created());
        a.events().forEach(e -> deps.source(e.source().id()));
        a.disagreements().forEach(g -> g.claims().forEach(c -> deps.source(c.source().id())));
        caseStudyKeys(deps, index.caseStudiesByAccount.getOrDefault(a.id(), List.of()));
        index.datasetsByAccount.getOrDefault(a.id(), List.of()).forEach(ds -> deps.add(Deps.key("dataset", ds.id())));
        return deps.rows(index.related(a).stream().map(Rows.AccountRow::account).toList()).keys();
    }

    /** The corrections page shows every entry, its sources, and the title of each corrected page. */
    private List<String> correctionsDeps() {
        Deps deps = Deps.page();
        for (Rows.CorrectionRow row : index.corrections) {
            deps.add(Deps.key("correction", row.correction().id())).add(row.correction().subject().key());
            row.correction().sources().forEach(r -> deps.source(r.id()));
        }
        return deps.keys();
    }

    /** A corrected page shows a notice of each correction, so it depends on them; others are left as they are. */
    private PageJob withCorrectionKeys(PageJob job) {
        List<Rows.CorrectionRow> rows = index.correctionsByRoute.get(job.route());
        if (rows == null || job.route().equals(Routes.CORRECTIONS)) {
            return job;
        }
        return new PageJob(job.route(), job.template(), job.view(), () -> {
            List<String> keys = new ArrayList<>(job.deps().get());
            rows.forEach(row -> keys.add(Deps.key("correction", row.correction().id())));
            return keys;
        });
    }

    private static Deps caseStudyKeys(Deps deps, List<CaseStudy> caseStudies) {
        caseStudies.forEach(cs -> deps.add(Deps.key("case-study", cs.slug())));
        return deps;
    }

    private List<String> caseStudyDeps(CaseStudy cs) {
        Deps deps = Deps.page().add(Deps.key("case-study", cs.slug()));
        cs.accounts().stream().map(Ref::id).distinct().map(index::account).forEach(deps::row);
        cs.sources().forEach(r -> deps.source(r.id()));
        cs.datasets().forEach(r -> deps.add(Deps.key("dataset", r.id())));
        return deps.keys();
    }

    /** Page 1 also draws charts of, and dates its metadata by, every member; later pages show only their rows. */
    private List<String> datasetDeps(Dataset ds, List<Account> members, int page, int pageCount) {
        Deps deps = Deps.page().add(Deps.key("dataset", ds.id())).count(members.size()).count(page).count(pageCount);
        ds.sources().forEach(r -> deps.source(r.id()));
        ds.figures().forEach(f -> deps.source(f.observation().source().id()));
        ds.disagreements().forEach(g -> g.claims().forEach(c -> deps.source(c.source().id())));
        caseStudyKeys(deps, index.caseStudiesByDataset.getOrDefault(ds.id(), List.of()));
        return deps.rows(page == 1 ? members : Pager.slice(members, page)).keys();
    }

    /** A dataset's downloads: its record, every member's record, and every source they cite, with its title. */
    private static List<String> downloadDeps(Dataset ds, List<Account> members) {
        Deps deps = Deps.page().add(Deps.key("dataset", ds.id())).count(members.size());
        ds.sources().forEach(r -> deps.source(r.id()));
        ds.figures().forEach(f -> deps.source(f.observation().source().id()));
        for (Account a : members) {
            deps.account(a);
            a.observations().forEach(o -> deps.source(o.source().id()));
        }
        return deps.keys();
    }

    private List<String> sourceDeps(Source s, List<Citation> citations, int page, int pageCount) {
        Deps deps = Deps.page().source(s.id()).count(citations.size()).count(page).count(pageCount);
        Pager.slice(citations, page).forEach(c -> deps.add(c.subject()));
        return deps.keys();
    }

    private List<String> termDeps(String kind, List<String> ids, java.util.Map<String, List<Account>> accounts) {
        Deps deps = Deps.page();
        ids.forEach(id -> deps.add(Deps.key(kind, id)).count(accounts.getOrDefault(id, List.of()).size()));
        return deps.keys();
    }

    private Views.CaseStudyView caseStudy(CaseStudy cs) {
        String route = Routes.caseStudy(cs.slug());
        return new Views.CaseStudyView(meta(cs.title(), cs.summary(), route, "case-studies"), cs,
                body(cs.title(), cs.body(), linkRoot(route)),
                cs.accounts().stream().map(Ref::id).distinct().map(index::account).sorted(SiteIndex.BY_NAME)
                        .map(index::accountRow).toList(),
                resolve(cs.sources(), index.sources::get),
                resolve(cs.datasets(), index.datasets::get));
    }

    private Views.DatasetIndexView datasetIndex() {
        return new Views.DatasetIndexView(meta(words.t("datasets.title"), words.t("datasets.description"),
                Routes.DATASETS, "datasets"),
                content.datasets().stream().sorted(Comparator.comparing(Dataset::title))
                        .map(ds -> new Rows.DatasetRow(ds, (int) ds.accounts().stream().map(Ref::id).distinct().count())).toList());
    }

    private Views.DatasetView dataset(Dataset ds, List<Account> members, int page, int pageCount) {
        String route = Routes.paged(Routes.dataset(ds.id()), page);
        return new Views.DatasetView(meta(ds.title(), ds.summary(), route, "datasets"), ds,
                page == 1 ? ds.figures().stream().map(this::figureRow).toList() : List.of(),
                Pager.slice(members, page).stream().map(index::accountRow).toList(),
                new Pager(page, pageCount, Routes.dataset(ds.id())),
                resolve(ds.sources(), index.sources::get),
                index.caseStudiesByDataset.getOrDefault(ds.id(), List.of()),
                page == 1 ? exporter.jsonLd(ds) : null,
                page == 1 ? charts(ds, members) : List.of(),
                page == 1 ? disagreements(ds.disagreements()) : List.of());
    }

    private Rows.DatedRow dated(Dated dated) {
        return dated == null ? null : new Rows.DatedRow(dated, index.sources.get(dated.source().id()),
                resolve(dated.confirmedBy(), index.sources::get));
    }

    private static Deps datedDeps(Deps deps, Dated dated) {
        if (dated != null) {
            deps.source(dated.source().id());
            dated.confirmedBy().forEach(r -> deps.source(r.id()));
        }
        return deps;
    }

    private List<Rows.DisagreementRow> disagreements(List<Disagreement> disagreements) {
        return disagreements.stream().map(g -> new Rows.DisagreementRow(g, g.claims().stream()
                .map(c -> new Rows.ClaimRow(c, index.sources.get(c.source().id()))).toList())).toList();
    }

    /**
     * Rows on the compare page: its table and the script's data are one, so the page grows with it (about 0.6 kB a
     * row, measured on synthetic content); beyond this the largest accounts are listed and the page says so.
     */
    static final int COMPARE_LIMIT = 1000;

    /** Accounts with a follower count, the largest first (then by id), at most {@link #COMPARE_LIMIT}. */
    private List<Rows.AccountRow> compareRows() {
        return index.accountsByName.stream().map(index::accountRow).filter(row -> row.latestFollowers() != null)
                .sorted(Comparator.comparing((Rows.AccountRow row) -> row.latestFollowers().observation().value()).reversed()
                        .thenComparing(row -> row.account().id()))
                .limit(COMPARE_LIMIT).toList();
    }

    private Views.CompareView compare() {
        long counted = content.accounts().stream().filter(a -> index.accountRow(a).latestFollowers() != null).count();
        return new Views.CompareView(meta(words.t("compare.title"), words.t("compare.description"),
                Routes.COMPARE, "compare"), compareRows(), (int) counted, content.accounts().size() - (int) counted);
    }

    static final int FOLLOWER_CHART_LIMIT = 15;

    /** The dataset's own charts, then its accounts' latest follower counts compared (the largest first). */
    private List<BarChart> charts(Dataset ds, List<Account> members) {
        List<BarChart> charts = new ArrayList<>();
        for (int i = 0; i < ds.charts().size(); i++) {
            var spec = ds.charts().get(i);
            charts.add(BarChart.of("chart-" + (i + 1), spec.title(), spec.figures().stream()
                    .map(r -> index.figures.get(r.id()))
                    .map(f -> new BarChart.Item(f.label(), f.observation(), index.sources.get(f.observation().source().id()),
                            f.period()))
                    .toList(), words));
        }
        List<BarChart.Item> followers = members.stream()
                .map(index::accountRow)
                .filter(row -> row.latestFollowers() != null)
                .sorted(Comparator.comparing((Rows.AccountRow row) -> row.latestFollowers().observation().value()).reversed()
                        .thenComparing(row -> row.account().id()))
                .limit(FOLLOWER_CHART_LIMIT)
                .map(row -> new BarChart.Item(row.account().name(), row.latestFollowers().observation(), row.latestFollowers().source()))
                .toList();
        if (followers.size() >= 2) {
            charts.add(BarChart.of("chart-followers", members.size() > FOLLOWER_CHART_LIMIT
                    ? words.t("chart.followers.largest", FOLLOWER_CHART_LIMIT) : words.t("chart.followers"), followers, words));
        }
        return charts;
    }

    private void terms(List<PageJob> pages) {
        pages.add(new PageJob(Routes.PLATFORMS, "page/terms.jte", () -> new Views.TermIndexView(
                meta(words.t("platforms.title"), words.t("platforms.description"), Routes.PLATFORMS, "platforms"),
                words.t("platforms.title"), words.t("platforms.intro"),
                content.platforms().stream().map(p -> new Rows.TermRow(p.name(), p.nameZh(), p.summary(),
                        Routes.platform(p.id()), index.accountsByPlatform.getOrDefault(p.id(), List.of()).size())).toList()),
                () -> termDeps("platform", content.platforms().stream().map(Platform::id).toList(), index.accountsByPlatform)));
        for (Platform p : content.platforms()) {
            listing(pages, Routes.platform(p.id()), p.name(), p, p.summary(), p.launched(),
                    index.accountsByPlatform.getOrDefault(p.id(), List.of()), "platforms", Deps.key("platform", p.id()));
        }
        pages.add(new PageJob(Routes.KINDS, "page/terms.jte", () -> new Views.TermIndexView(
                meta(words.t("kinds.title"), words.t("kinds.description"), Routes.KINDS, "kinds"),
                words.t("kinds.title"), words.t("kinds.intro"),
                content.kinds().stream().map(k -> new Rows.TermRow(k.plural(), null, k.summary(), Routes.kind(k.id()),
                        index.accountsByKind.getOrDefault(k.id(), List.of()).size())).toList()),
                () -> termDeps("kind", content.kinds().stream().map(Kind::id).toList(), index.accountsByKind)));
        for (Kind k : content.kinds()) {
            listing(pages, Routes.kind(k.id()), k.plural(), null, k.summary(), null,
                    index.accountsByKind.getOrDefault(k.id(), List.of()), "kinds", Deps.key("kind", k.id()));
        }
    }

    private void listing(List<PageJob> pages, String base, String heading, Platform platform, String summary,
            Dated fact, List<Account> accounts, String section, String subject) {
        int pageCount = Pager.pageCount(accounts.size());
        for (int n = 1; n <= pageCount; n++) {
            int page = n;
            String route = Routes.paged(base, n);
            String title = pageCount > 1 ? words.t("pager.title", heading, n, pageCount) : heading;
            pages.add(new PageJob(route, "page/account_list.jte", () -> new Views.AccountListView(
                    meta(title, summary, route, section), heading, platform == null ? null : platform.nameZh(), summary,
                    dated(fact),
                    Pager.slice(accounts, page).stream().map(index::accountRow).toList(),
                    new Pager(page, pageCount, base), accounts.size()),
                    () -> {
                        Deps deps = Deps.page().add(subject).count(accounts.size()).count(page).count(pageCount);
                        return datedDeps(deps, fact).rows(Pager.slice(accounts, page)).keys();
                    }));
        }
    }

    private Views.SourcesView sources() {
        return new Views.SourcesView(meta(words.t("sources.title"), words.t("sources.description"),
                Routes.SOURCES, "sources"),
                content.sources().stream().sorted(Comparator.comparing(Source::title))
                        .map(s -> new Rows.SourceRow(s, index.citationsBySource.getOrDefault(s.id(), List.of()).size())).toList());
    }

    private List<String> sourcesDeps() {
        Deps deps = Deps.page();
        content.sources().forEach(s -> deps.source(s.id()).count(index.citationsBySource.getOrDefault(s.id(), List.of()).size()));
        return deps.keys();
    }

    private static <T> List<T> resolve(List<Ref> refs, Function<String, T> lookup) {
        return refs.stream().map(Ref::id).distinct().map(lookup).filter(Objects::nonNull).toList();
    }

    /** The meta of the page at {@code route} (its English route) in this planner's language. */
    PageMeta meta(String title, String description, String route, String section) {
        String own = lang.route(route);
        return new PageMeta(Fallback.plain(content.site().title()), Fallback.plain(title),
                Fallback.plain(description == null ? content.site().tagline() : description),
                own, Routes.rootFrom(own), content.site().baseUrl() + own, words.date(content.site().updated()),
                section, assets, content.site().updated().iso(), !section.equals("search"),
                content.site().textLicence(), content.site().dataLicence(),
                index.correctionsByRoute.getOrDefault(route, List.of()), words, content.site().baseUrl());
    }

    /**
     * What Markdown links to records start from on the page at {@code route} (its English route): the root of this
     * page's language, which is as far from it as the site root is from the English page.
     */
    private static String linkRoot(String route) {
        return Routes.rootFrom(route);
    }

    /**
     * A Markdown body as HTML. A body standing in for its missing translation (its title is marked, {@link Localiser})
     * is labelled as English, after a note saying so.
     */
    private String body(String title, String body, String root) {
        String html = markdown.render(body, root);
        return !english.contains(title) ? html : "<p class=\"untranslated-note\">" + Format.escapeMarkup(words.t("fallback.document"))
                + "</p>\n<div lang=\"en\">\n" + html + "</div>\n";
    }

    /** The 404 page is served at any missing URL, so its links start from the base URL's path, not relative. */
    private PageMeta notFoundMeta() {
        String basePath = URI.create(content.site().baseUrl()).getPath();
        return new PageMeta(Fallback.plain(content.site().title()), words.t("not-found.title"), words.t("not-found.description"),
                lang.route("404.html"), basePath, content.site().baseUrl() + lang.route("404.html"),
                words.date(content.site().updated()), "", assets, content.site().updated().iso(), false,
                content.site().textLicence(), content.site().dataLicence(), List.of(), words, content.site().baseUrl());
    }
}
