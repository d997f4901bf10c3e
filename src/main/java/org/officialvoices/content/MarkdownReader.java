package org.officialvoices.content;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.officialvoices.diag.Diagnostics;
import org.officialvoices.diag.Suggestions;
import org.officialvoices.source.FrontMatter;
import org.officialvoices.source.SourceFile;

/** Reads Markdown files with front matter: case studies and free-standing pages. */
final class MarkdownReader {

    static final Set<String> CASE_STUDY_KEYS = Set.of("title", "summary", "date", "accounts", "sources", "datasets");
    static final Set<String> PAGE_KEYS = Set.of("title", "summary");
    static final Set<String> TRANSLATION_KEYS = Set.of("translationOf", "of", "title", "summary");

    private MarkdownReader() {
    }

    static Optional<CaseStudy> caseStudy(SourceFile file, Diagnostics d, Interner shared) {
        FrontMatter fm = FrontMatter.parse(file, d);
        Reader r = new Reader(file, fm, d, CASE_STUDY_KEYS, shared);
        String title = r.scalar("title", true);
        String summary = r.scalar("summary", true);
        PartialDate date = r.date("date");
        List<Ref> accounts = r.list("accounts");
        List<Ref> sources = r.list("sources");
        List<Ref> datasets = r.list("datasets");
        if (title == null || summary == null || date == null) {
            return Optional.empty();
        }
        return Optional.of(new CaseStudy(file.stem(), title, summary, date, accounts, sources, datasets, fm.body(),
                fm.bodyLine(), file.path(), Translations.ofDocument(file.text())));
    }

    static Optional<TextPage> page(SourceFile file, Diagnostics d, Interner shared) {
        FrontMatter fm = FrontMatter.parse(file, d);
        Reader r = new Reader(file, fm, d, PAGE_KEYS, shared);
        String title = r.scalar("title", true);
        String summary = r.scalar("summary", false);
        return title == null ? Optional.empty()
                : Optional.of(new TextPage(file.stem(), title, summary, fm.body(), fm.bodyLine(), file.path(),
                        Translations.ofDocument(file.text())));
    }

    /**
     * A translation, {@code x.zh.md}: its front matter names the original beside it ({@code translationOf: x.md}) and
     * the hash of the original's text it was made from ({@code of}), and gives the title and summary in Chinese.
     */
    static Optional<MarkdownTranslation> translation(SourceFile file, Diagnostics d, Interner shared) {
        FrontMatter fm = FrontMatter.parse(file, d);
        Reader r = new Reader(file, fm, d, TRANSLATION_KEYS, shared);
        String name = file.path().substring(file.path().lastIndexOf('/') + 1);
        String originalName = name.substring(0, name.length() - ".zh.md".length()) + ".md";
        String original = r.scalar("translationOf", true);
        String of = r.scalar("of", true);
        String title = r.scalar("title", true);
        String summary = r.scalar("summary", false);
        if (original != null && !original.equals(originalName)) {
            d.error(file.path(), fm.fields().get("translationOf").keyPos(), "\"translationOf\" is \"" + original
                    + "\" but a translation sits beside its original, here " + originalName,
                    "set translationOf: " + originalName + ", or rename this file to match its original");
            return Optional.empty();
        }
        String folder = file.path().substring(0, file.path().lastIndexOf('/') + 1);
        return original == null || of == null || title == null ? Optional.empty()
                : Optional.of(new MarkdownTranslation(folder + original, of, title, summary, fm.body(), fm.bodyLine(),
                        file.path()));
    }

    /** Typed access to front-matter fields, reporting unknown keys and wrong shapes. */
    private static final class Reader {
        private final SourceFile file;
        private final FrontMatter fm;
        private final Diagnostics d;
        private final Interner shared;

        Reader(SourceFile file, FrontMatter fm, Diagnostics d, Set<String> keys, Interner shared) {
            this.file = file;
            this.shared = shared;
            this.fm = fm;
            this.d = d;
            for (FrontMatter.Field field : fm.fields().values()) {
                if (!keys.contains(field.key())) {
                    String hint = Suggestions.didYouMean(field.key(), keys);
                    d.error(file.path(), field.keyPos(), "unknown front matter key \"" + field.key() + "\"",
                            hint != null ? hint : "known keys: " + String.join(", ", new java.util.TreeSet<>(keys)));
                }
            }
        }

        String scalar(String key, boolean required) {
            FrontMatter.Field field = fm.fields().get(key);
            if (field == null) {
                if (required) {
                    d.error(file.path(), org.officialvoices.diag.Pos.START, "missing front matter key \"" + key + "\"",
                            "add a line \"" + key + ": ...\" between the --- lines");
                }
                return null;
            }
            if (field.list() || field.values().isEmpty()) {
                d.error(file.path(), field.keyPos(), "front matter key \"" + key + "\" needs a single value on its line");
                return null;
            }
            return field.values().get(0).text();
        }

        PartialDate date(String key) {
            String text = scalar(key, true);
            if (text == null) {
                return null;
            }
            try {
                return shared.date(text);
            } catch (DateTimeException e) {
                d.error(file.path(), fm.fields().get(key).values().get(0).pos(), "invalid date: " + e.getMessage(),
                        "write a year (2019), a month (2019-05) or a day (2019-05-20)");
                return null;
            }
        }

        List<Ref> list(String key) {
            FrontMatter.Field field = fm.fields().get(key);
            if (field == null) {
                return List.of();
            }
            if (!field.list()) {
                d.error(file.path(), field.keyPos(), "front matter key \"" + key + "\" needs a list",
                        "write \"" + key + ":\" and then one \"  - id\" line per item");
                return List.of();
            }
            List<Ref> refs = new ArrayList<>();
            field.values().forEach(v -> refs.add(shared.ref(v.text(), v.pos())));
            return refs;
        }
    }
}
