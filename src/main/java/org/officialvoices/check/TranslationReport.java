package org.officialvoices.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.officialvoices.content.Translations;
import org.officialvoices.content.json.JNode;
import org.officialvoices.content.json.JsonTreeReader;
import org.officialvoices.diag.Diagnostic;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.diag.Pos;
import org.officialvoices.source.SourceFile;
import org.officialvoices.source.SourceKind;
import org.officialvoices.source.SourceSet;

/**
 * What {@code check --translations} lists: each English text without its Chinese, and each translation made from
 * English that has changed since (its recorded hash is not the English's now). Each line says where, and the hash to
 * record once the Chinese matches the English again.
 *
 * @param missing  texts and files with no translation
 * @param outdated translations older than their English
 */
public record TranslationReport(List<Diagnostic> missing, List<Diagnostic> outdated) {

    /** The fields each kind of JSON file translates, at any depth (a source's title only where it is supplied). */
    static final Map<SourceKind, Set<String>> TRANSLATED = Map.of(
            SourceKind.SITE, Set.of("title", "tagline"),
            SourceKind.PLATFORMS, Set.of("summary"),
            SourceKind.KINDS, Set.of("label", "plural", "summary"),
            SourceKind.SOURCES, Set.of("note", "urlMissing", "title"),
            SourceKind.ACCOUNT, Set.of("summary", "note", "text", "about", "says"),
            SourceKind.DATASET, Set.of("title", "summary", "label", "note", "about", "says"),
            SourceKind.CORRECTIONS, Set.of("what", "before", "after", "why"));

    public boolean clean() {
        return missing.isEmpty() && outdated.isEmpty();
    }

    /** The report on {@code files}, which have passed {@code check}. */
    public static TranslationReport of(SourceSet files) {
        List<Diagnostic> missing = new ArrayList<>();
        List<Diagnostic> outdated = new ArrayList<>();
        Map<String, SourceFile> byPath = new HashMap<>();
        files.files().forEach(f -> byPath.put(f.path(), f));
        for (SourceFile f : files.files()) {
            Set<String> fields = TRANSLATED.get(f.kind());
            if (fields != null) {
                JsonTreeReader.read(f, new Diagnostics()).ifPresent(root -> json(root, f.path(), f.kind(), fields, missing, outdated));
            } else if (f.kind() == SourceKind.CASE_STUDY || f.kind() == SourceKind.PAGE) {
                document(f, byPath, missing, outdated);
            }
        }
        return new TranslationReport(sorted(missing), sorted(outdated));
    }

    private static List<Diagnostic> sorted(List<Diagnostic> list) {
        return list.stream().sorted(java.util.Comparator.comparing(Diagnostic::path).thenComparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column)).toList();
    }

    private static void json(JNode node, String path, SourceKind kind, Set<String> fields, List<Diagnostic> missing,
            List<Diagnostic> outdated) {
        if (node instanceof JNode.JArray array) {
            array.items().forEach(item -> json(item, path, kind, fields, missing, outdated));
            return;
        }
        if (!(node instanceof JNode.JObject object)) {
            return;
        }
        Map<String, String> english = new TreeMap<>();
        for (JNode.JField field : object.fields().values()) {
            if (field.key().equals(Translations.FIELD)) {
                continue;
            }
            if (fields.contains(field.key()) && field.value() instanceof JNode.JString text && !text.value().isEmpty()
                    && !(kind == SourceKind.SOURCES && field.key().equals("title") && !supplied(object))) {
                english.put(field.key(), text.value());
            }
            json(field.value(), path, kind, fields, missing, outdated);
        }
        JNode.JField zh = object.fields().get(Translations.FIELD);
        Map<String, String> translated = new TreeMap<>();
        String recorded = "";
        if (zh != null && zh.value() instanceof JNode.JObject block) {
            block.fields().values().forEach(f -> {
                if (f.value() instanceof JNode.JString s && !f.key().equals(Translations.HASH)) {
                    translated.put(f.key(), s.value());
                }
            });
            JNode.JField hash = block.fields().get(Translations.HASH);
            recorded = hash != null && hash.value() instanceof JNode.JString s ? s.value() : "";
        }
        List<String> untranslated = english.keySet().stream().filter(k -> !translated.containsKey(k)).toList();
        if (!untranslated.isEmpty()) {
            Pos at = object.fields().get(untranslated.get(0)).value().pos();
            missing.add(Diagnostic.warning(path, at, "no Chinese for " + quoted(untranslated),
                    "add \"zh\": {" + String.join(", ", english.keySet().stream().map(k -> "\"" + k + "\": \"…\"").toList())
                            + ", \"of\": \"" + Translations.of(english) + "\"} to this object"));
        }
        if (zh != null && !translated.isEmpty()) {
            Map<String, String> source = new TreeMap<>();
            translated.keySet().forEach(k -> {
                if (object.fields().get(k) != null && object.fields().get(k).value() instanceof JNode.JString s) {
                    source.put(k, s.value());
                }
            });
            String expected = Translations.of(source);
            if (!expected.equals(recorded)) {
                outdated.add(Diagnostic.warning(path, zh.value().pos(), recorded.isEmpty()
                        ? "the translation of " + quoted(List.copyOf(source.keySet())) + " records no \"of\""
                        : "the translation of " + quoted(List.copyOf(source.keySet())) + " was made from older English",
                        "check the Chinese against the English now, then set \"of\": \"" + expected + "\""));
            }
        }
    }

    private static boolean supplied(JNode.JObject source) {
        JNode.JField f = source.fields().get("titleSupplied");
        return f != null && f.value() instanceof JNode.JBoolean b && b.value();
    }

    private static String quoted(List<String> keys) {
        return String.join(", ", keys.stream().map(k -> "\"" + k + "\"").toList());
    }

    private static void document(SourceFile original, Map<String, SourceFile> byPath, List<Diagnostic> missing,
            List<Diagnostic> outdated) {
        String translationPath = original.path().substring(0, original.path().length() - ".md".length()) + ".zh.md";
        String hash = Translations.ofDocument(original.text());
        SourceFile translation = byPath.get(translationPath);
        if (translation == null) {
            missing.add(Diagnostic.warning(original.path(), Pos.START, "no Chinese translation (" + translationPath + ")",
                    "create it with the front matter translationOf: " + name(original.path()) + ", of: " + hash
                            + ", title and summary, then the body in Chinese"));
            return;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^of:\\s*(\\S+)\\s*$").matcher(translation.text());
        String recorded = m.find() ? m.group(1).replaceAll("^[\"']|[\"']$", "") : "";
        if (!recorded.equals(hash)) {
            int line = m.find(0) ? (int) translation.text().substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1 : 1;
            outdated.add(Diagnostic.warning(translationPath, new Pos(line, 1), "made from an older " + original.path(),
                    "check the Chinese against the English now, then set of: " + hash));
        }
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
