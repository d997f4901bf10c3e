package org.officialvoices.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.officialvoices.diag.Diagnostics;
import org.officialvoices.diag.Pos;
import org.officialvoices.source.SourceFile;
import org.officialvoices.source.SourceKind;

/**
 * Turns loaded files into typed {@link Content}; every problem goes to the diagnostics, none is skipped silently.
 * Make one per build: it keeps one copy of each value repeated across the build's files ({@link Interner}),
 * and drops them with the build.
 *
 * <p>Example: {@code var reader = new ContentReader(); files.forEach(f -> parsed.add(reader.parse(f, d)));
 * ContentReader.assemble(parsed, d)}.
 */
public final class ContentReader {

    private final Interner shared = new Interner();
    private final Values values = new Values(shared);

    /**
     * What one file was read into: a record, a list of records (catalogues), or null when it had errors; and the
     * current translations of its texts ({@link Translations}).
     */
    public record Parsed(SourceKind kind, Object value, Map<String, String> zh) {

        /** A file's records, with an account's translations, which it carries. */
        public Parsed(SourceKind kind, Object value) {
            this(kind, value, value instanceof Account a ? a.zh() : Map.of());
        }
    }

    /** Reads one file into its records; problems go to {@code d}. Thread-safe, so files can be read in parallel. */
    public Parsed parse(SourceFile f, Diagnostics d) {
        Object value = switch (f.kind()) {
            case SITE -> CatalogReader.site(f, d, values).orElse(null);
            case SOURCES -> CatalogReader.sources(f, d, values);
            case PLATFORMS -> CatalogReader.platforms(f, d, values);
            case KINDS -> CatalogReader.kinds(f, d);
            case ACCOUNT -> AccountReader.read(f, d, values).orElse(null);
            case DATASET -> DatasetReader.read(f, d, values).orElse(null);
            case CASE_STUDY -> MarkdownReader.caseStudy(f, d, shared).orElse(null);
            case PAGE -> MarkdownReader.page(f, d, shared).orElse(null);
            case CASE_STUDY_ZH, PAGE_ZH -> MarkdownReader.translation(f, d, shared).orElse(null);
            case CORRECTIONS -> CatalogReader.corrections(f, d, values);
            case RELEASE -> ReleaseFormat.read(f, d).orElse(null);
        };
        if (f.kind() == SourceKind.ACCOUNT) {
            return new Parsed(f.kind(), value); // with the translations its reader collected
        }
        return new Parsed(f.kind(), value, !f.path().endsWith(".json") || f.kind() == SourceKind.RELEASE || value == null
                ? Map.of() : translations(f, d));
    }

    /**
     * The current translations in a JSON file other than an account's (whose reader collects them as it reads).
     * These files are few and small, so they are parsed a second time rather than every reader taking part.
     */
    private static Map<String, String> translations(SourceFile f, Diagnostics d) {
        Diagnostics again = new Diagnostics(); // the first reading reported the file's syntax already
        return org.officialvoices.content.json.JsonTreeReader.read(f, again)
                .map(root -> Translations.collect(root, f.path(), d)).orElse(Map.of());
    }

    /**
     * Puts parsed files, in path order, together into {@link Content}; reports a missing required file.
     * Files that failed to parse are left out, their problems already reported.
     */
    public static Optional<Content> assemble(List<Parsed> parsed, Diagnostics d) {
        Map<SourceKind, List<Object>> byKind = new EnumMap<>(SourceKind.class);
        for (SourceKind kind : SourceKind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        boolean[] present = new boolean[SourceKind.values().length];
        for (Parsed p : parsed) {
            present[p.kind().ordinal()] = true;
            if (p.value() != null) {
                byKind.get(p.kind()).add(p.value());
            }
        }
        for (SourceKind kind : SourceKind.values()) {
            if (kind.isRequired() && !present[kind.ordinal()]) {
                d.error(kind.pattern(), Pos.START, "required file is missing",
                        "create " + kind.pattern() + "; see docs/content-format.md");
            }
        }
        Optional<SiteConfig> site = byKind.get(SourceKind.SITE).stream().map(SiteConfig.class::cast).findFirst();
        return site.map(s -> new Content(s, catalogue(byKind, SourceKind.SOURCES, Source.class),
                catalogue(byKind, SourceKind.PLATFORMS, Platform.class), catalogue(byKind, SourceKind.KINDS, Kind.class),
                records(byKind, SourceKind.ACCOUNT, Account.class), records(byKind, SourceKind.DATASET, Dataset.class),
                records(byKind, SourceKind.CASE_STUDY, CaseStudy.class), records(byKind, SourceKind.PAGE, TextPage.class),
                catalogue(byKind, SourceKind.CORRECTIONS, Correction.class),
                records(byKind, SourceKind.RELEASE, Release.class),
                Translations.merge(parsed.stream().map(Parsed::zh).toList(), java.util.stream.Stream.concat(
                        records(byKind, SourceKind.CASE_STUDY_ZH, MarkdownTranslation.class).stream(),
                        records(byKind, SourceKind.PAGE_ZH, MarkdownTranslation.class).stream()).toList())));
    }

    private static <T> List<T> records(Map<SourceKind, List<Object>> byKind, SourceKind kind, Class<T> type) {
        return byKind.get(kind).stream().map(type::cast).toList();
    }

    private static <T> List<T> catalogue(Map<SourceKind, List<Object>> byKind, SourceKind kind, Class<T> type) {
        return byKind.get(kind).stream().flatMap(list -> ((List<?>) list).stream()).map(type::cast).toList();
    }
}
