package org.officialvoices.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.officialvoices.content.Account;
import org.officialvoices.content.Content;
import org.officialvoices.content.Copy;
import org.officialvoices.content.DataTable;
import org.officialvoices.content.Licence;
import org.officialvoices.content.PartialDate;
import org.officialvoices.content.Qualifier;
import org.officialvoices.content.Release;
import org.officialvoices.content.Source;
import org.officialvoices.data.ReleaseDiff;
import org.officialvoices.data.ReportTables;
import org.officialvoices.site.SitePlan.FileJob;
import org.officialvoices.site.SitePlan.PageJob;

/**
 * The data section: {@code /data/} with the whole report as tables (CSV, JSON, a data package and a zip), one
 * page per release with what changed since the one before and that release's frozen files, and each account's
 * own {@code data.json} and {@code data.csv}. Releases come from {@code content/releases/}; their files are made
 * from the release alone, so they never change once published.
 */
public final class DataPages {

    /** Makes a page's {@link PageMeta}: title, description, route, section. */
    interface Meta {
        PageMeta of(String title, String description, String route, String section);
    }

    /** A table as the data pages list it. */
    public record TableRow(String name, String title, String description, int rows) {
    }

    /** A release in the list of releases, newest first. */
    public record ReleaseRow(String version, PartialDate date, List<String> summary) {
    }

    /** One line of a changelog: what changed, where to see it now (or null), and old → new values. */
    public record ChangeLine(String text, String route, List<String> details) {
    }

    /** The changes to one table, as the changelog groups them. */
    public record ChangeGroup(String title, List<ChangeLine> added, List<ChangeLine> removed, List<ChangeLine> corrected) {
    }

    private final Content content;
    private final Meta meta;
    private final Words words;
    private final List<Release> releases;
    private final Set<String> accountIds;

    DataPages(Content content, Meta meta, Words words) {
        this.words = words;
        this.content = content;
        this.meta = meta;
        this.releases = content.releases().stream()
                .sorted(Comparator.comparing(Release::version, ReleaseDiff::compareVersions)).toList();
        this.accountIds = content.accounts().stream().map(Account::id).collect(Collectors.toSet());
    }

    void plan(List<PageJob> pages, List<FileJob> files) {
        String base = content.site().baseUrl();
        Release latest = releases.isEmpty() ? null : releases.get(releases.size() - 1);
        DataFiles.Package pkg = new DataFiles.Package(content.site().title() + " data", content.site().tagline(), null,
                content.site().updated(), content.site().dataLicence(), base + Routes.DATA, Routes.DATA_ZIP_NAME);
        // Each file makes the tables it needs when it is written, and drops them: a large report's tables are
        // hundreds of megabytes, and only one is ever in memory at a time.
        for (String name : ReportTables.NAMES) {
            files.add(FileJob.streamed(Routes.dataFile(name + ".csv"),
                    out -> DataFiles.writeCsv(ReportTables.schema(name), rows(name), out), null));
            files.add(FileJob.streamed(Routes.dataFile(name + ".json"),
                    out -> DataFiles.writeJson(ReportTables.schema(name), rows(name), out), null));
        }
        files.add(new FileJob(Routes.dataFile(DataFiles.DATAPACKAGE), () -> DataFiles.datapackage(pkg, ReportTables.schemas())));
        files.add(FileJob.streamed(Routes.dataFile(Routes.DATA_ZIP_NAME),
                out -> DataFiles.writeZip(pkg, ReportTables.NAMES, ReportTables::schema, this::rows, out), null));
        files.add(new FileJob(Routes.CITATION, () -> citationFile(latest)));
        pages.add(new PageJob(Routes.DATA, "page/data.jte", () -> new Views.DataView(
                meta.of(words.t("data.title"), words.t("data.description"), Routes.DATA, "data"),
                counts(), latest, releaseRows(), latest == null || !latest.sha256().equals(currentDigest()),
                latest == null ? null : citation(latest), latest == null ? null : bibtex(latest), jsonLd(latest),
                content.accounts().isEmpty() ? null : content.accounts().get(0).id()),
                () -> List.of(Deps.EVERYTHING)));
        for (int i = 0; i < releases.size(); i++) {
            Release r = releases.get(i);
            Release previous = i == 0 ? null : releases.get(i - 1);
            Release next = i == releases.size() - 1 ? null : releases.get(i + 1);
            String route = Routes.release(r.version());
            DataFiles.Package releasePkg = new DataFiles.Package(r.title(), r.description(), r.version(), r.date(),
                    r.licence(), null, Routes.releaseZip(r.version()));
            List<String> releaseKeys = new ArrayList<>(List.of(Deps.key("release", r.version())));
            java.util.function.Supplier<Map<String, byte[]>> releaseFiles = once(() -> DataFiles.of(releasePkg, r.tables()));
            for (String name : DataFiles.names(r.tables().stream().map(DataTable::name).toList(), releasePkg.zipName())) {
                files.add(new FileJob(route + name, () -> releaseFiles.get().get(name), () -> releaseKeys));
            }
            List<String> pageKeys = new ArrayList<>(releaseKeys);
            pageKeys.add(previous == null ? "#first" : Deps.key("release", previous.version()));
            pageKeys.add(next == null ? "#latest" : Deps.key("release", next.version()));
            pages.add(new PageJob(route, "page/release.jte", () -> new Views.ReleaseView(
                    meta.of(words.t("release.title", r.version()), words.t("release.description", r.version()), route, "data"),
                    r, previous == null ? null : previous.version(), next == null ? null : next.version(), rows(r.tables()),
                    changes(previous, r), prose(r.notes()), citation(r), bibtex(r)),
                    () -> pageKeys));
        }
    }

    /** {@code make}'s result, made on first use by whichever thread asks first, then shared. */
    private static <T> java.util.function.Supplier<T> once(java.util.function.Supplier<T> make) {
        return new java.util.function.Supplier<>() {
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

    /** Each account's figures at a stable address, as JSON and as CSV. */
    static List<FileJob> accountFiles(Account a) {
        List<String> keys = List.of(Deps.key("account", a.id()));
        return List.of(
                new FileJob(Routes.accountData(a.id(), "json"), () -> DataFiles.accountJson(ReportTables.of(a)), () -> keys),
                new FileJob(Routes.accountData(a.id(), "csv"), () -> DataFiles.csv(ReportTables.of(a).get(1)), () -> keys));
    }

    /** The Atom entries for releases: title, summary, route, date. */
    List<Syndication.Entry> feedEntries() {
        List<Syndication.Entry> entries = new ArrayList<>();
        for (int i = 0; i < releases.size(); i++) {
            Release r = releases.get(i);
            ReleaseDiff diff = ReleaseDiff.of(i == 0 ? List.of() : releases.get(i - 1).tables(), r.tables());
            entries.add(new Syndication.Entry(words.t("release.title", r.version()),
                    i == 0 ? words.t("feed.first-release") : words.t("feed.release-changes", String.join(separator(), reasons(diff))),
                    Routes.release(r.version()), r.date()));
        }
        return entries;
    }

    private DataTable table(String name) {
        return ReportTables.table(content, name, Format::fullCitation);
    }

    /** The current tables' digest, made one table at a time: it equals the latest release's when nothing changed. */
    private String currentDigest() {
        return org.officialvoices.content.ReleaseFormat.tablesDigest(() -> ReportTables.NAMES.stream().map(this::table).iterator());
    }

    private Iterable<List<Object>> rows(String name) {
        return ReportTables.rows(content, name, Format::fullCitation);
    }

    /** Each current table with its number of rows, counted without making the large ones. */
    private List<TableRow> counts() {
        return ReportTables.schemas().stream().map(t -> new TableRow(t.name(), title(t), description(t),
                ReportTables.count(content, t.name(), Format::fullCitation))).toList();
    }

    private List<TableRow> rows(List<DataTable> tables) {
        return tables.stream().map(t -> new TableRow(t.name(), title(t), description(t), t.rows().size())).toList();
    }

    /**
     * A table's title in the page's language ({@code data.table.<name>.title}, whose English is the data's own), or
     * the title the table itself gives when the report no longer publishes it (an old release's).
     */
    private String title(DataTable t) {
        return ReportTables.NAMES.contains(t.name()) ? words.t(tableKey(t.name()) + ".title") : t.title();
    }

    /** A table's description in the page's language, as {@link #title} finds its title. */
    private String description(DataTable t) {
        return ReportTables.NAMES.contains(t.name()) ? words.t(tableKey(t.name()) + ".description") : t.description();
    }

    /** The keys of a table's words: {@code data.table.dataset-accounts} for {@code dataset_accounts}. */
    static String tableKey(String name) {
        return "data.table." + name.replace('_', '-');
    }

    /** Between the items of a list of reasons: {@code ; } in English, {@code ；} in Chinese. */
    private String separator() {
        return words.t("punctuation.semicolon") + words.space();
    }

    /**
     * Why a release moved its version, one sentence per reason in the page's language: {@code minor: events: 5 rows
     * added} in English, word for word the release's own reasons, which name the table by its file name; in Chinese
     * {@code 次版本号：“事件”表新增 5 行}, with the table's title.
     */
    private List<String> reasons(ReleaseDiff diff) {
        return diff.causes().stream().map(r -> reason(words, r)).toList();
    }

    /** One reason in the words of {@code words}: see {@link #reasons}. */
    static String reason(Words words, ReleaseDiff.Reason r) {
        String table = words.lang() == Lang.EN || !ReportTables.NAMES.contains(r.table()) ? r.table()
                : words.t(tableKey(r.table()) + ".title");
        String what = r.columns().isEmpty() ? words.count(r.rows(), "count.row")
                : String.join(words.t("punctuation.list") + words.space(), r.columns());
        return words.t("release.reason." + r.change().id(), words.t("release.bump." + r.bump().name().toLowerCase(java.util.Locale.ROOT)),
                table, what);
    }

    private List<ReleaseRow> releaseRows() {
        List<ReleaseRow> rows = new ArrayList<>();
        for (int i = releases.size() - 1; i >= 0; i--) {
            Release r = releases.get(i);
            rows.add(new ReleaseRow(r.version(), r.date(), i == 0 ? List.of(words.t("data.releases.first"))
                    : reasons(ReleaseDiff.of(releases.get(i - 1).tables(), r.tables()))));
        }
        return rows;
    }

    /** "Cite this version": the data as a versioned publication. */
    private String citation(Release r) {
        String url = content.site().baseUrl() + Routes.release(r.version());
        return r.licence() == null
                ? words.t("release.citation.unlicensed", content.site().title(), r.title(), r.version(), words.date(r.date()), url)
                : words.t("release.citation", content.site().title(), r.title(), r.version(), words.date(r.date()), url,
                        r.licence().name());
    }

    private String bibtex(Release r) {
        String key = "officialvoices_data_" + r.version().replace('.', '_');
        return "@misc{" + key + ",\n"
                + "  author = {{" + content.site().title() + "}},\n"
                + "  title = {{" + r.title() + "}},\n"
                + "  version = {" + r.version() + "},\n"
                + "  year = {" + r.date().year() + "},\n"
                + "  date = {" + r.date().iso() + "},\n"
                + "  url = {" + content.site().baseUrl() + Routes.release(r.version()) + "},\n"
                + (r.licence() == null ? "" : "  note = {" + words.t("release.bibtex.licence", r.licence().name()) + "},\n")
                + "}";
    }

    /** schema.org {@code Dataset} for the whole data: version, dates, coverage, licence, creator, every file. */
    private String jsonLd(Release latest) {
        String base = content.site().baseUrl();
        ObjectNode root = DatasetExporter.jsonLdObject();
        root.put("@context", "https://schema.org");
        root.put("@type", "Dataset");
        root.put("name", words.t("data.jsonld.name", content.site().title()));
        root.put("description", content.site().tagline());
        root.put("url", base + Routes.DATA);
        if (latest != null) {
            root.put("version", latest.version());
        }
        root.put("dateModified", content.site().updated().iso());
        String coverage = temporalCoverage();
        if (coverage != null) {
            root.put("temporalCoverage", coverage);
        }
        Licence licence = content.site().dataLicence();
        if (licence != null) {
            root.put("license", licence.url());
        }
        root.putObject("creator").put("@type", "Organization").put("name", content.site().title());
        root.put("isAccessibleForFree", true);
        ArrayNode distribution = root.putArray("distribution");
        distribution.addObject().put("@type", "DataDownload").put("encodingFormat", "application/zip")
                .put("contentUrl", base + Routes.dataFile(Routes.DATA_ZIP_NAME));
        for (DataTable t : ReportTables.schemas()) {
            distribution.addObject().put("@type", "DataDownload").put("name", title(t)).put("encodingFormat", "text/csv")
                    .put("contentUrl", base + Routes.dataFile(t.name() + ".csv"));
            distribution.addObject().put("@type", "DataDownload").put("name", title(t)).put("encodingFormat", "application/json")
                    .put("contentUrl", base + Routes.dataFile(t.name() + ".json"));
        }
        return DatasetExporter.scriptJson(root);
    }

    /** The years the figures describe, as an ISO 8601 interval such as {@code 2011/2021}; null when there are none. */
    private String temporalCoverage() {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (Account a : content.accounts()) {
            for (var o : a.observations()) {
                first = Math.min(first, o.date().year());
                last = Math.max(last, o.date().year());
            }
        }
        return first > last ? null : first + "/" + last;
    }

    /** {@code CITATION.cff} for the latest release, or for the current data when there is none. */
    private byte[] citationFile(Release latest) {
        String title = latest == null ? content.site().title() + " data" : latest.title();
        StringBuilder b = new StringBuilder()
                .append("cff-version: 1.2.0\n")
                .append("message: \"If you use this data, please cite it as below.\"\n")
                .append("type: dataset\n")
                .append("title: ").append(yaml(title)).append('\n')
                .append("authors:\n  - name: ").append(yaml(content.site().title())).append('\n');
        if (latest != null) {
            b.append("version: ").append(yaml(latest.version())).append('\n')
                    .append("date-released: ").append(latest.date().iso()).append('\n')
                    .append("url: ").append(yaml(content.site().baseUrl() + Routes.release(latest.version()))).append('\n');
        } else {
            b.append("url: ").append(yaml(content.site().baseUrl() + Routes.DATA)).append('\n');
        }
        Licence licence = latest == null ? content.site().dataLicence() : latest.licence();
        if (licence != null) {
            b.append("license: ").append(yaml(licence.name().replace(' ', '-'))).append('\n');
        }
        return b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String yaml(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The changelog of {@code r} against {@code previous} (none for the first release), grouped by table. */
    private List<ChangeGroup> changes(Release previous, Release r) {
        if (previous == null) {
            return List.of();
        }
        ReleaseDiff diff = ReleaseDiff.of(previous.tables(), r.tables());
        Labels now = new Labels(r);
        Labels before = new Labels(previous);
        List<ChangeGroup> groups = new ArrayList<>();
        for (ReleaseDiff.TableChanges c : diff.tables()) {
            DataTable table = c.after() != null ? c.after() : c.before();
            List<ChangeLine> added = c.added().stream().map(row -> now.line(c.after(), row, List.of())).toList();
            List<ChangeLine> removed = c.removed().stream().map(row -> before.line(c.before(), row, List.of())).toList();
            List<ChangeLine> corrected = c.changed().stream().map(change -> now.line(c.after(), change.after(),
                    change.columns().stream().map(col -> words.t("release.detail", col, cell(c.before(), change.before(), col),
                            cell(c.after(), change.after(), col))).toList())).toList();
            List<ChangeLine> schema = new ArrayList<>();
            c.columnsAdded().forEach(col -> schema.add(new ChangeLine(words.t("release.column.added", col), null, List.of())));
            c.columnsRemoved().forEach(col -> schema.add(new ChangeLine(words.t("release.column.removed", col), null, List.of())));
            c.columnsRetyped().forEach(col -> schema.add(new ChangeLine(words.t("release.column.retyped", col), null, List.of())));
            List<ChangeLine> allCorrected = new ArrayList<>(schema);
            allCorrected.addAll(corrected);
            groups.add(new ChangeGroup(title(table), added, removed, allCorrected));
        }
        return groups;
    }

    /**
     * The columns whose cells are our prose (summaries, notes, events, what sources say), which the Chinese edition
     * shows in their translation; and those whose cells are names or titles, translated only where an established
     * Chinese form was given. Every other cell is an id, a code, a date, a flag or a number.
     */
    private static final Set<String> PROSE_COLUMNS = Set.of("summary", "created_note", "note", "text", "about", "says", "label",
            "url_missing");
    private static final Set<String> NAME_COLUMNS = Set.of("owner", "title");

    /**
     * A cell as a changelog shows it: in English as the data has it; in another language, with {@code (none)},
     * {@code true} and {@code false} in its words and prose in the content's translation (or marked as English when it
     * has none, as the edition marks any untranslated text).
     */
    private String cell(DataTable t, List<Object> row, String column) {
        Object value = row.get(t.index(column));
        if (value == null) {
            return words.t("release.cell.none");
        }
        if (value instanceof Boolean b) {
            return words.t(b ? "release.cell.true" : "release.cell.false");
        }
        return value instanceof java.math.BigDecimal n ? words.number(n) : text(column, value.toString());
    }

    /** A text cell of {@code column} in the page's language: see {@link #cell}. */
    private String text(String column, String english) {
        return PROSE_COLUMNS.contains(column) ? prose(english) : NAME_COLUMNS.contains(column) ? name(english) : english;
    }

    /**
     * Our prose in the page's language: as it is in English; in another, its translation in the content, else the
     * English marked as standing in for it ({@link Fallback}), as the {@link Localiser} does. Null stays null.
     */
    private String prose(String english) {
        if (words.lang() == Lang.EN || english == null || english.isEmpty()) {
            return english;
        }
        String translated = content.translations().text(english);
        return translated != null ? translated : Fallback.mark(english);
    }

    /** A name or a title: its established form in the page's language if one was given, else as it is. */
    private String name(String english) {
        if (words.lang() == Lang.EN || english == null || english.isEmpty()) {
            return english;
        }
        String translated = content.translations().text(english);
        return translated != null ? translated : english;
    }

    /** A date cell ({@code 2019-05}) as the page writes dates: unchanged in English, {@code 2019年5月} in Chinese. */
    private String date(String iso) {
        if (words.lang() == Lang.EN || iso.isEmpty()) {
            return iso;
        }
        try {
            return words.date(PartialDate.parse(iso));
        } catch (java.time.DateTimeException e) {
            return iso;
        }
    }

    /** How a changelog names a row: by the account's name, the source's citation and so on, from the release itself. */
    private final class Labels {
        private final Map<String, String> accountNames = new HashMap<>();
        private final Map<String, String> citations = new HashMap<>();

        Labels(Release r) {
            DataTable accounts = r.table(ReportTables.ACCOUNTS);
            if (accounts != null) {
                accounts.rows().forEach(row -> accountNames.put((String) row.get(accounts.index("id")),
                        (String) row.get(accounts.index("name"))));
            }
            DataTable sources = r.table(ReportTables.SOURCES);
            if (sources != null) {
                sources.rows().forEach(row -> citations.put((String) row.get(sources.index("id")), citation(sources, row)));
            }
        }

        /**
         * A source's full citation: in English the release's own; in another language written from the release's
         * cells as that edition cites sources, when the table has the cells a citation needs.
         */
        private String citation(DataTable sources, List<Object> row) {
            String english = (String) row.get(sources.index("citation"));
            if (words.lang() == Lang.EN || sources.index("title") < 0 || sources.index("title_supplied") < 0
                    || sources.index("publisher") < 0 || sources.index("author") < 0 || sources.index("date") < 0
                    || sources.index("date_inferred") < 0 || sources.index("read_copy_publisher") < 0
                    || sources.index("read_copy_date") < 0 || sources.index("read_copy_url") < 0) {
                return english;
            }
            Function<String, Object> at = col -> row.get(sources.index(col));
            try {
                boolean supplied = Boolean.TRUE.equals(at.apply("title_supplied"));
                String title = (String) at.apply("title");
                Copy read = at.apply("read_copy_url") == null && at.apply("read_copy_publisher") == null ? null
                        : new Copy((String) at.apply("read_copy_url"), (String) at.apply("read_copy_publisher"),
                                partialDate(at.apply("read_copy_date")));
                Source s = new Source((String) at.apply("id"), null, (String) at.apply("publisher"),
                        supplied ? prose(title) : title, supplied, (String) at.apply("author"),
                        partialDate(at.apply("date")), Boolean.TRUE.equals(at.apply("date_inferred")), null, read, null, null, null);
                return words.fullCitation(s);
            } catch (RuntimeException e) { // a cell of another type or an impossible date: the release's own words
                return english;
            }
        }

        private static PartialDate partialDate(Object iso) {
            return iso == null ? null : PartialDate.parse((String) iso);
        }

        ChangeLine line(DataTable t, List<Object> row, List<String> details) {
            Function<String, String> at = col -> {
                int i = t.index(col);
                return i < 0 || row.get(i) == null ? "" : row.get(i) instanceof java.math.BigDecimal n ? Format.number(n) : row.get(i).toString();
            };
            String account = at.apply(t.name().equals(ReportTables.ACCOUNTS) ? "id" : "account");
            String route = accountIds.contains(account) ? Routes.account(account) : null;
            String name = accountNames.getOrDefault(account, account);
            String source = citations.getOrDefault(at.apply("source"), at.apply("source"));
            String text = switch (t.name()) {
                case ReportTables.ACCOUNTS -> at.apply("name");
                case ReportTables.OBSERVATIONS -> words.t("release.line.observation", name, metric(at.apply("metric")),
                        qualified(t, row), date(at.apply("date")), source);
                case ReportTables.EVENTS -> words.t("release.line.event", name, date(at.apply("date")), text("text", at.apply("text")));
                case ReportTables.SOURCES -> java.util.Objects.requireNonNullElse(citations.get(at.apply("id")), at.apply("citation"));
                case ReportTables.DATASET_FIGURES -> words.t("release.line.dataset-figure", text("label", at.apply("label")),
                        qualified(t, row), source);
                case ReportTables.DATASET_ACCOUNTS -> words.t("release.line.dataset-account", at.apply("dataset"), name);
                case ReportTables.DISAGREEMENTS -> words.t("release.line.disagreement", at.apply("record"),
                        text("about", at.apply("about")), text("says", at.apply("says")), source);
                default -> String.join(" ", t.primaryKey().stream().map(at).toList());
            };
            return new ChangeLine(text, route, details);
        }

        /** A metric's id as the data has it in English ({@code followers}), its name in another language. */
        private String metric(String id) {
            return words.lang() == Lang.EN || org.officialvoices.content.Metric.byId(id).isEmpty() ? id
                    : words.metric(org.officialvoices.content.Metric.byId(id).get());
        }

        /** A value with its hedge: {@code about 24,000}; {@code 约2.4万}. */
        private String qualified(DataTable t, List<Object> row) {
            int v = t.index("value");
            Object value = v < 0 ? null : row.get(v);
            int q = t.index("qualifier");
            Qualifier qualifier = q < 0 || row.get(q) == null ? Qualifier.EXACT
                    : Qualifier.byId(row.get(q).toString()).orElse(Qualifier.EXACT);
            return words.qualifier(qualifier) + (value == null ? "" : value instanceof java.math.BigDecimal n ? words.readable(n) : value.toString());
        }
    }
}
