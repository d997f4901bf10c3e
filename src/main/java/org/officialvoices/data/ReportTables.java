package org.officialvoices.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.officialvoices.content.Account;
import org.officialvoices.content.Content;
import org.officialvoices.content.Copy;
import org.officialvoices.content.DataTable;
import org.officialvoices.content.DataTable.Column;
import org.officialvoices.content.DataTable.ForeignKey;
import org.officialvoices.content.Dataset;
import org.officialvoices.content.Event;
import org.officialvoices.content.Figure;
import org.officialvoices.content.Observation;
import org.officialvoices.content.PartialDate;
import org.officialvoices.content.Ref;
import org.officialvoices.content.Source;

/**
 * The whole report as tables, the form in which it is downloaded, described in {@code datapackage.json} and
 * frozen in releases: accounts, observations, events, sources, datasets, their members and their own figures.
 * Rows are sorted by primary key, so the same content always gives the same tables.
 *
 * <p>Usage: {@code List<DataTable> tables = ReportTables.of(content, Format::fullCitation)}.
 */
public final class ReportTables {

    public static final String ACCOUNTS = "accounts";
    public static final String OBSERVATIONS = "observations";
    public static final String EVENTS = "events";
    public static final String SOURCES = "sources";
    public static final String DATASETS = "datasets";
    public static final String DATASET_ACCOUNTS = "dataset_accounts";
    public static final String DATASET_FIGURES = "dataset_figures";
    public static final String DISAGREEMENTS = "disagreements";

    private static final String PARTIAL_DATE = "A year (2019), month (2019-05) or day (2019-05-20): only as precise as the source.";

    private ReportTables() {
    }

    /** The tables' names, in the order they are published. */
    public static final List<String> NAMES = List.of(ACCOUNTS, OBSERVATIONS, EVENTS, SOURCES, DATASETS, DATASET_ACCOUNTS,
            DATASET_FIGURES, DISAGREEMENTS);

    /** Every table, each sorted by its primary key; {@code citation} writes a source's full citation. */
    public static List<DataTable> of(Content content, Function<Source, String> citation) {
        return NAMES.stream().map(name -> table(content, name, citation)).toList();
    }

    /**
     * One table, made afresh: a large report's tables are made one at a time and dropped once written, so that
     * no more than one is in memory.
     */
    public static DataTable table(Content content, String name, Function<Source, String> citation) {
        return switch (name) {
            case ACCOUNTS -> accounts(content.accounts());
            case OBSERVATIONS -> observations(content.accounts());
            case EVENTS -> events(content.accounts());
            case SOURCES -> sources(content, citation);
            case DATASETS -> datasets(content);
            case DATASET_ACCOUNTS -> datasetAccounts(content);
            case DATASET_FIGURES -> datasetFigures(content);
            case DISAGREEMENTS -> disagreements(content);
            default -> throw new IllegalArgumentException("no table " + name);
        };
    }

    /**
     * A table's rows in primary-key order, made as they are read for the three tables that grow with the accounts
     * (a large report's observations are hundreds of megabytes as rows), and listed for the others.
     */
    public static Iterable<List<Object>> rows(Content content, String name, Function<Source, String> citation) {
        return switch (name) {
            case ACCOUNTS, OBSERVATIONS, EVENTS -> () -> byId(content.accounts()).stream()
                    .flatMap(a -> rowsOf(a, name).stream()).iterator();
            default -> table(content, name, citation).rows();
        };
    }

    /** A table's number of rows, counted without keeping them. */
    public static int count(Content content, String name, Function<Source, String> citation) {
        return switch (name) {
            case ACCOUNTS -> content.accounts().size();
            case OBSERVATIONS -> content.accounts().stream().mapToInt(a -> a.observations().size()).sum();
            case EVENTS -> content.accounts().stream().mapToInt(a -> a.events().size()).sum();
            default -> table(content, name, citation).rows().size();
        };
    }

    /** Accounts by id, the first key of the tables made from them. */
    private static List<Account> byId(List<Account> accounts) {
        List<Account> sorted = new ArrayList<>(accounts);
        sorted.sort(Comparator.comparing(Account::id));
        return sorted;
    }

    /** A table without rows: its schema. */
    public static DataTable schema(String name) {
        return Schemas.BY_NAME.get(name);
    }

    /** The tables without rows: their schemas, for a data package's descriptor. */
    public static List<DataTable> schemas() {
        return Schemas.ALL;
    }

    /** The schemas, made once from empty content: immutable constants. */
    private static final class Schemas {
        static final List<DataTable> ALL = of(new Content(null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), org.officialvoices.content.Translations.NONE), s -> "");
        static final java.util.Map<String, DataTable> BY_NAME = ALL.stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(DataTable::name, t -> t));
    }

    /** One account's rows of the accounts, observations and events tables, for its own download. */
    public static List<DataTable> of(Account a) {
        return List.of(schema(ACCOUNTS).withRows(rowsOf(a, ACCOUNTS)), schema(OBSERVATIONS).withRows(rowsOf(a, OBSERVATIONS)),
                schema(EVENTS).withRows(rowsOf(a, EVENTS)));
    }

    private static List<Object> accountRow(Account a) {
        return cells(a.id(), a.name(), a.nameZh(), a.handle(), a.platform().id(), a.owner(), a.kind().id(), a.country(),
                a.created() == null ? null : a.created().date().iso(),
                a.created() == null ? null : a.created().dateInferred(),
                a.created() == null ? null : a.created().source().id(),
                a.created() == null || a.created().confirmedBy().isEmpty() ? null
                        : String.join(" ", a.created().confirmedBy().stream().map(Ref::id).toList()),
                a.created() == null ? null : a.created().note(),
                a.status().id(), a.source().id(), a.summary());
    }

    /** One account's rows of {@code table} (accounts, observations or events), in key order. */
    private static List<List<Object>> rowsOf(Account a, String table) {
        return switch (table) {
            case ACCOUNTS -> List.of(accountRow(a));
            case OBSERVATIONS -> {
                List<List<Object>> rows = new ArrayList<>(a.observations().size());
                a.observations().forEach(o -> rows.add(observation(a.id(), o)));
                yield sorted(rows, 0, 1, 4, 11);
            }
            default -> {
                List<List<Object>> rows = new ArrayList<>(a.events().size());
                a.events().forEach(e -> rows.add(event(a.id(), e)));
                yield sorted(rows, 0, 1, 3);
            }
        };
    }

    private static DataTable accounts(List<Account> accounts) {
        List<List<Object>> rows = new ArrayList<>(accounts.size());
        for (Account a : accounts) {
            rows.add(accountRow(a));
        }
        return new DataTable(ACCOUNTS, "Accounts", "Every official account in the report, one row each.",
                List.of(text("id", "The account's id; its page is /accounts/<id>/."),
                        text("name", "The account's name in English."),
                        text("name_zh", "The account's name in Chinese, where one is established."),
                        text("handle", "The account's handle on its platform, where known."),
                        text("platform", "The platform: weibo, wechat or twitter."),
                        text("owner", "Who runs the account."),
                        text("kind", "The kind of owner: police, embassy, ministry, state-media and so on."),
                        text("country", "ISO 3166 code of the country whose government or organisation owns the account."),
                        text("created", "When the account opened. " + PARTIAL_DATE),
                        bool("created_date_inferred", "True when the opening date was worked out rather than read; see created_note."),
                        text("created_source", "Id of the source for the opening date (a row of sources)."),
                        text("created_confirmed_by", "Ids of other sources that report the same opening date, separated by spaces."),
                        text("created_note", "How the opening date was read or inferred."),
                        text("status", "active, considered (planned when reported), inactive or unknown."),
                        text("source", "Id of the source in which we found the account (a row of sources)."),
                        text("summary", "What the account is, in our words.")),
                List.of("id"),
                List.of(key("created_source", SOURCES, "id"), key("source", SOURCES, "id")),
                sorted(rows, 0));
    }

    private static DataTable observations(List<Account> accounts) {
        List<List<Object>> rows = new ArrayList<>();
        for (Account a : accounts) {
            for (Observation o : a.observations()) {
                rows.add(observation(a.id(), o));
            }
        }
        return new DataTable(OBSERVATIONS, "Observations",
                "Every figure reported about an account (followers, posts and so on), with its date and source.",
                observationColumns("account", "Id of the account (a row of accounts)."),
                List.of("account", "metric", "date", "source"),
                List.of(key("account", ACCOUNTS, "id"), key("source", SOURCES, "id")),
                sorted(rows, 0, 1, 4, 11));
    }

    /** The columns of a figure, after {@code first} (the account or the dataset figure's id). */
    private static List<Column> observationColumns(String first, String firstDescription) {
        return List.of(text(first, firstDescription),
                text("metric", "What is counted: followers, posts, accounts, share-percent and so on."),
                number("value", "The figure, as a plain number; percentages as 0-100."),
                text("qualifier", "How the source hedges it: exact, approximate (about), more-than, nearly, less-than."),
                text("date", "When the figure was true. " + PARTIAL_DATE),
                text("date_precision", "year, month or day."),
                bool("value_inferred", "True when the value was worked out rather than read (\"a third\" as 33); see note."),
                bool("date_inferred", "True when the date was worked out rather than read (\"last year\"); see note."),
                bool("claimed_by_owner", "True when the figure is the owner's claim about itself."),
                text("note", "How the figure was read, and the reason for any inference."),
                text("unit", "count or percent."),
                text("source", "Id of the source (a row of sources)."));
    }

    private static List<Object> observation(String first, Observation o) {
        return cells(first, o.metric().id(), o.value(), o.qualifier().id(), o.date().iso(), o.date().precision().id(),
                o.valueInferred(), o.dateInferred(), o.claimed(), o.note(),
                o.metric().unit().name().toLowerCase(java.util.Locale.ROOT), o.source().id());
    }

    private static List<Object> event(String account, Event e) {
        return cells(account, e.date().iso(), e.dateInferred(), e.text(), e.source().id(), e.note());
    }

    private static DataTable events(List<Account> accounts) {
        List<List<Object>> rows = new ArrayList<>();
        for (Account a : accounts) {
            for (Event e : a.events()) {
                rows.add(event(a.id(), e));
            }
        }
        return new DataTable(EVENTS, "Events", "Dated events in an account's history: launches, first posts, changes.",
                List.of(text("account", "Id of the account (a row of accounts)."),
                        text("date", "When it happened. " + PARTIAL_DATE),
                        bool("date_inferred", "True when the date was worked out rather than read; see note."),
                        text("text", "What happened, in our words."),
                        text("source", "Id of the source (a row of sources)."),
                        text("note", "How the date was read or inferred.")),
                List.of("account", "date", "text"),
                List.of(key("account", ACCOUNTS, "id"), key("source", SOURCES, "id")),
                sorted(rows, 0, 1, 3));
    }

    private static DataTable sources(Content content, Function<Source, String> citation) {
        List<List<Object>> rows = new ArrayList<>();
        for (Source s : content.sources()) {
            Copy read = s.readCopy();
            Copy archived = s.archived();
            rows.add(cells(s.id(), s.publisher(), s.title(), s.titleSupplied(), s.author(), iso(s.date()), s.dateInferred(),
                    s.url(), read == null ? null : read.url(), read == null ? null : read.publisher(),
                    read == null ? null : iso(read.date()), archived == null ? null : archived.url(),
                    archived == null ? null : iso(archived.date()), s.urlMissing(), s.note(), citation.apply(s)));
        }
        return new DataTable(SOURCES, "Sources", "Every publication the report cites, with its address.",
                List.of(text("id", "The source's id; its page is /sources/<id>/."),
                        text("publisher", "Who published it."),
                        text("title", "Its title as published, or our description (see title_supplied)."),
                        bool("title_supplied", "True when our copy has no title and the title is our description."),
                        text("author", "The author, where named."),
                        text("date", "When it was published. " + PARTIAL_DATE),
                        bool("date_inferred", "True when the date was worked out rather than read; see note."),
                        text("url", "The original publication's address."),
                        text("read_copy_url", "The republication we read, when we did not read the original."),
                        text("read_copy_publisher", "Who republished the copy we read."),
                        text("read_copy_date", "When the copy we read was published."),
                        text("archived_url", "An archived copy's address."),
                        text("archived_date", "When the archived copy was captured."),
                        text("url_missing", "Why no address is recorded, when none could be found."),
                        text("note", "What we know of the source and how we read it."),
                        text("citation", "The full citation, as the site writes it.")),
                List.of("id"), List.of(), sorted(rows, 0));
    }

    private static DataTable datasets(Content content) {
        List<List<Object>> rows = new ArrayList<>();
        for (Dataset ds : content.datasets()) {
            rows.add(cells(ds.id(), ds.title(), ds.summary()));
        }
        return new DataTable(DATASETS, "Datasets", "Named collections of accounts and figures; each has a page.",
                List.of(text("id", "The dataset's id; its page is /datasets/<id>/."),
                        text("title", "Its title."), text("summary", "What it collects.")),
                List.of("id"), List.of(), sorted(rows, 0));
    }

    private static DataTable datasetAccounts(Content content) {
        List<List<Object>> rows = new ArrayList<>();
        for (Dataset ds : content.datasets()) {
            ds.accounts().stream().map(Ref::id).distinct().forEach(id -> rows.add(cells(ds.id(), id)));
        }
        return new DataTable(DATASET_ACCOUNTS, "Dataset members", "Which accounts each dataset collects.",
                List.of(text("dataset", "Id of the dataset (a row of datasets)."),
                        text("account", "Id of the account (a row of accounts).")),
                List.of("dataset", "account"),
                List.of(key("dataset", DATASETS, "id"), key("account", ACCOUNTS, "id")),
                sorted(rows, 0, 1));
    }

    private static DataTable datasetFigures(Content content) {
        List<List<Object>> rows = new ArrayList<>();
        for (Dataset ds : content.datasets()) {
            for (Figure f : ds.figures()) {
                List<Object> row = new ArrayList<>(observation(f.id(), f.observation()));
                row.add(1, ds.id());
                row.add(2, f.label());
                rows.add(row);
            }
        }
        List<Column> columns = new ArrayList<>(observationColumns("id", "The figure's id."));
        columns.add(1, text("dataset", "Id of the dataset it belongs to (a row of datasets)."));
        columns.add(2, text("label", "What the figure counts, in words."));
        return new DataTable(DATASET_FIGURES, "Dataset figures",
                "Figures that belong to no single account, such as counts of accounts or of users.",
                columns, List.of("id"),
                List.of(key("dataset", DATASETS, "id"), key("source", SOURCES, "id")),
                sorted(rows, 0));
    }

    private static DataTable disagreements(Content content) {
        List<List<Object>> rows = new ArrayList<>();
        for (Account a : content.accounts()) {
            a.disagreements().forEach(g -> g.claims().forEach(c ->
                    rows.add(cells("account:" + a.id(), g.about(), c.says(), c.source().id(), g.note()))));
        }
        for (Dataset ds : content.datasets()) {
            ds.disagreements().forEach(g -> g.claims().forEach(c ->
                    rows.add(cells("dataset:" + ds.id(), g.about(), c.says(), c.source().id(), g.note()))));
        }
        return new DataTable(DISAGREEMENTS, "Where sources differ",
                "What each source says where sources contradict each other about an account or a dataset's count.",
                List.of(text("record", "The record the sources differ on: account:<id> or dataset:<id>."),
                        text("about", "What they differ on."),
                        text("says", "What this source says, in our words."),
                        text("source", "Id of the source (a row of sources)."),
                        text("note", "Our reading of the disagreement.")),
                List.of("record", "about", "source"),
                List.of(key("source", SOURCES, "id")),
                sorted(rows, 0, 1, 3));
    }

    private static Column text(String name, String description) {
        return new Column(name, "string", description);
    }

    private static Column number(String name, String description) {
        return new Column(name, "number", description);
    }

    private static Column bool(String name, String description) {
        return new Column(name, "boolean", description);
    }

    private static ForeignKey key(String field, String resource, String referenceField) {
        return new ForeignKey(List.of(field), resource, List.of(referenceField));
    }

    private static String iso(PartialDate date) {
        return date == null ? null : date.iso();
    }

    private static List<Object> cells(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof BigDecimal n) {
                values[i] = n.stripTrailingZeros().scale() < 0 ? n.setScale(0) : n.stripTrailingZeros();
            }
        }
        return Arrays.asList(values);
    }

    /** {@code rows} in the order of the cells at {@code columns}, compared as text (nulls first). */
    private static List<List<Object>> sorted(List<List<Object>> rows, int... columns) {
        Comparator<List<Object>> order = null;
        for (int c : columns) {
            Comparator<List<Object>> next = Comparator.comparing(row -> row.get(c) == null ? "" : row.get(c).toString());
            order = order == null ? next : order.thenComparing(next);
        }
        rows.sort(order);
        return rows;
    }
}
