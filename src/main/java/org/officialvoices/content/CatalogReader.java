package org.officialvoices.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.officialvoices.content.json.JNode;
import org.officialvoices.content.json.JsonTreeReader;
import org.officialvoices.content.json.ObjectFields;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.source.SourceFile;

/**
 * Reads the single-file catalogues: {@code site.json}, {@code sources.json}, {@code platforms.json}, {@code kinds.json}
 * and {@code corrections.json}.
 */
final class CatalogReader {

    static final Set<String> SITE_FIELDS = Set.of("title", "tagline", "baseUrl", "language", "updated", "keyFigures",
            "textLicence", "dataLicence");
    static final Set<String> LICENCE_FIELDS = Set.of("name", "url");
    static final Set<String> SOURCE_FIELDS = Set.of("id", "publisher", "title", "titleSupplied", "author", "date",
            "dateInferred", "url", "readCopy", "archived", "urlMissing", "note");
    static final Set<String> READ_COPY_FIELDS = Set.of("url", "publisher", "date");
    static final Set<String> ARCHIVED_FIELDS = Set.of("url", "date");
    static final Set<String> PLATFORM_FIELDS = Set.of("id", "name", "nameZh", "launched", "summary");
    static final Set<String> KIND_FIELDS = Set.of("id", "label", "plural", "summary");
    static final Set<String> CORRECTION_FIELDS = Set.of("id", "date", "subject", "what", "before", "after", "why",
            "sources");

    private CatalogReader() {
    }

    static Optional<SiteConfig> site(SourceFile file, Diagnostics d, Values values) {
        return JsonTreeReader.read(file, d)
                .flatMap(root -> ObjectFields.of(root, file.path(), d, "site settings", SITE_FIELDS))
                .flatMap(f -> {
                    String title = f.requiredString("title");
                    String tagline = f.optionalString("tagline").orElse("");
                    String baseUrl = f.requiredString("baseUrl");
                    if (baseUrl != null && !SiteConfig.hasBaseUrlForm(baseUrl)) {
                        d.error(file.path(), f.pos("baseUrl"), "\"baseUrl\" must be an absolute http(s) URL ending in /",
                                "for example \"https://example.org/report/\"");
                        baseUrl = null;
                    } else if (baseUrl != null && WebAddress.problem(baseUrl) != null) {
                        d.error(file.path(), f.pos("baseUrl"), "\"baseUrl\" is not a valid URL: " + WebAddress.problem(baseUrl),
                                "for example \"https://example.org/report/\"");
                        baseUrl = null;
                    }
                    String language = f.optionalString("language").orElse("en");
                    PartialDate updated = values.date(f, "updated", true);
                    List<Ref> keyFigures = values.refs(f, "keyFigures", false);
                    Licence textLicence = licence(f, "textLicence", file);
                    Licence dataLicence = licence(f, "dataLicence", file);
                    return title == null || baseUrl == null || updated == null ? Optional.empty()
                            : Optional.of(new SiteConfig(title, tagline, baseUrl, language, updated, keyFigures,
                                    textLicence, dataLicence));
                });
    }

    /** An optional licence ({@code {"name": ..., "url": ...}}) with an absolute http(s) address. */
    private static Licence licence(ObjectFields parent, String key, SourceFile file) {
        return parent.node(key)
                .flatMap(node -> ObjectFields.of(node, file.path(), parent.diagnostics(), "\"" + key + "\"", LICENCE_FIELDS))
                .map(f -> {
                    String name = f.requiredString("name");
                    String url = url(f, file);
                    return name == null || url == null ? null : new Licence(name, url);
                })
                .orElse(null);
    }

    static List<Source> sources(SourceFile file, Diagnostics d, Values values) {
        return list(file, d, "sources", "source", SOURCE_FIELDS, f -> {
            String id = f.requiredString("id");
            String title = f.requiredString("title");
            boolean hasAddress = f.node("url").isPresent() || f.node("readCopy").isPresent();
            String url = f.node("url").isPresent() ? url(f, file) : null;
            Copy readCopy = copy(f, "readCopy", READ_COPY_FIELDS, file, values);
            Copy archived = copy(f, "archived", ARCHIVED_FIELDS, file, values);
            String urlMissing = f.optionalString("urlMissing").orElse(null);
            if (!hasAddress && urlMissing == null && !f.node("urlMissing").isPresent()) {
                d.error(file.path(), f.pos(), "source " + (id == null ? "" : "\"" + id + "\" ") + "has no \"url\"",
                        "add \"url\": \"https://…\" (the original) or a \"readCopy\" with the url of the copy we read; "
                                + "only if none can be found, \"urlMissing\": \"why\"");
            }
            if (hasAddress && urlMissing != null) {
                d.error(file.path(), f.pos("urlMissing"), "\"urlMissing\" on a source that has an address",
                        "remove \"urlMissing\"");
            }
            Source source = new Source(id, f.pos("id"), f.optionalString("publisher").orElse(null), title,
                    f.bool("titleSupplied"), f.optionalString("author").orElse(null), values.date(f, "date", false),
                    f.bool("dateInferred"), url, readCopy, archived, urlMissing, f.optionalString("note").orElse(null));
            // kept even when its address is bad (already reported), so that figures citing it are not also reported
            return id == null || title == null ? null : source;
        });
    }

    /** The required {@code url} of {@code f}: absolute http(s), so every citation can link to what it cites. */
    private static String url(ObjectFields f, SourceFile file) {
        String url = f.requiredString("url");
        String problem = url == null ? null : WebAddress.problem(url);
        if (problem != null) {
            f.diagnostics().error(file.path(), f.pos("url"), "\"url\" must be an absolute http or https address, found \""
                    + url + "\"" + (url.matches("https?://.+") ? ": " + problem : ""),
                    "write the full address as a browser shows it, e.g. \"https://www.example.org/news/1\"");
            return null;
        }
        return url;
    }

    /** An optional copy of a source ({@code readCopy}, {@code archived}): an object with its own required url. */
    private static Copy copy(ObjectFields parent, String key, Set<String> fields, SourceFile file, Values values) {
        return parent.node(key)
                .flatMap(node -> ObjectFields.of(node, file.path(), parent.diagnostics(), "\"" + key + "\"", fields))
                .map(f -> {
                    String url = url(f, file);
                    String publisher = fields.contains("publisher") ? f.optionalString("publisher").orElse(null) : null;
                    PartialDate date = values.date(f, "date", false);
                    return url == null ? null : new Copy(url, publisher, date);
                })
                .orElse(null);
    }

    static List<Platform> platforms(SourceFile file, Diagnostics d, Values values) {
        return list(file, d, "platforms", "platform", PLATFORM_FIELDS, f -> {
            String id = f.requiredString("id");
            String name = f.requiredString("name");
            Platform platform = new Platform(id, f.pos("id"), name, f.optionalString("nameZh").orElse(null),
                    values.dated(f, "launched"), f.optionalString("summary").orElse(null));
            return id == null || name == null ? null : platform;
        });
    }

    static List<Kind> kinds(SourceFile file, Diagnostics d) {
        return list(file, d, "kinds", "kind", KIND_FIELDS, f -> {
            String id = f.requiredString("id");
            String label = f.requiredString("label");
            String plural = f.requiredString("plural");
            Kind kind = new Kind(id, f.pos("id"), label, plural, f.optionalString("summary").orElse(null));
            return id == null || label == null || plural == null ? null : kind;
        });
    }

    /** The corrections log: each entry dated to the day, about one record, saying what changed and why. */
    static List<Correction> corrections(SourceFile file, Diagnostics d, Values values) {
        return list(file, d, "corrections", "correction", CORRECTION_FIELDS, f -> {
            String id = f.requiredString("id");
            PartialDate date = values.date(f, "date", true);
            if (date != null && date.day() == 0) {
                d.error(file.path(), f.pos("date"), "a correction's \"date\" needs the day, found \"" + date.iso() + "\"",
                        "write the day the correction was made, as \"2026-11-29\"");
                date = null;
            }
            Correction.Subject subject = subject(f, d, file);
            String what = f.requiredString("what");
            String why = f.requiredString("why");
            List<Ref> sources = values.refs(f, "sources", false);
            return id == null || date == null || subject == null || what == null || why == null ? null
                    : new Correction(id, f.pos("id"), date, subject, what, f.optionalString("before").orElse(null),
                            f.optionalString("after").orElse(null), why, sources, f.pos());
        });
    }

    private static Correction.Subject subject(ObjectFields f, Diagnostics d, SourceFile file) {
        String text = f.requiredString("subject");
        if (text == null) {
            return null;
        }
        int colon = text.indexOf(':');
        String kind = colon < 0 ? "" : text.substring(0, colon);
        if (colon < 0 || !Correction.Subject.KINDS.contains(kind) || colon == text.length() - 1) {
            d.error(file.path(), f.pos("subject"), "\"subject\" must name a record as kind:id, found \"" + text + "\"",
                    "for example \"account:alhambra-police-weibo\"; kinds: " + String.join(", ", Correction.Subject.KINDS));
            return null;
        }
        return new Correction.Subject(kind, text.substring(colon + 1), f.pos("subject"));
    }

    /** Reads {@code {"<key>": [ {...}, ... ]}}, mapping each object; a null from {@code reader} means "skip". */
    private static <T> List<T> list(SourceFile file, Diagnostics d, String key, String what, Set<String> fields,
            Function<ObjectFields, T> reader) {
        List<T> items = new ArrayList<>();
        JsonTreeReader.read(file, d)
                .flatMap(root -> ObjectFields.of(root, file.path(), d, key + " file", Set.of(key)))
                .ifPresent(top -> {
                    for (JNode node : top.array(key, true)) {
                        ObjectFields.of(node, file.path(), d, what, fields).map(reader).ifPresent(items::add);
                    }
                });
        return items;
    }
}
