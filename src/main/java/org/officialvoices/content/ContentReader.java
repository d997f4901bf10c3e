package org.officialvoices.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.officialvoices.diag.Diagnostics;
import org.officialvoices.diag.Pos;
import org.officialvoices.source.SourceFile;
import org.officialvoices.source.SourceKind;

/** Turns loaded files into typed {@link Content}; every problem goes to the diagnostics, none is skipped silently. */
public final class ContentReader {

    private ContentReader() {
    }

    /** Reads {@code files}; returns empty when a required file is missing or unreadable. */
    public static Optional<Content> read(List<SourceFile> files, Diagnostics d) {
        Map<SourceKind, List<SourceFile>> byKind = new EnumMap<>(SourceKind.class);
        for (SourceKind kind : SourceKind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        files.forEach(f -> byKind.get(f.kind()).add(f));

        Optional<SiteConfig> site = single(byKind, SourceKind.SITE, d).flatMap(f -> CatalogReader.site(f, d));
        List<Source> sources = single(byKind, SourceKind.SOURCES, d).map(f -> CatalogReader.sources(f, d)).orElse(List.of());
        List<Platform> platforms = single(byKind, SourceKind.PLATFORMS, d).map(f -> CatalogReader.platforms(f, d)).orElse(List.of());
        List<Kind> kinds = single(byKind, SourceKind.KINDS, d).map(f -> CatalogReader.kinds(f, d)).orElse(List.of());
        List<Account> accounts = each(byKind.get(SourceKind.ACCOUNT), d, AccountReader::read);
        List<Dataset> datasets = each(byKind.get(SourceKind.DATASET), d, DatasetReader::read);
        List<CaseStudy> caseStudies = each(byKind.get(SourceKind.CASE_STUDY), d, MarkdownReader::caseStudy);
        List<TextPage> pages = each(byKind.get(SourceKind.PAGE), d, MarkdownReader::page);
        return site.map(s -> new Content(s, sources, platforms, kinds, accounts, datasets, caseStudies, pages));
    }

    private static Optional<SourceFile> single(Map<SourceKind, List<SourceFile>> byKind, SourceKind kind, Diagnostics d) {
        List<SourceFile> found = byKind.get(kind);
        if (found.isEmpty()) {
            d.error(kind.pattern(), Pos.START, "required file is missing",
                    "create " + kind.pattern() + "; see docs/content-format.md");
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }

    /** Reads many files in parallel; the result keeps file order, so output never depends on scheduling. */
    private static <T> List<T> each(List<SourceFile> files, Diagnostics d,
            BiFunction<SourceFile, Diagnostics, Optional<T>> reader) {
        List<Optional<T>> read = files.parallelStream().map(f -> reader.apply(f, d)).toList();
        List<T> items = new ArrayList<>(read.size());
        read.forEach(o -> o.ifPresent(items::add));
        return items;
    }
}
