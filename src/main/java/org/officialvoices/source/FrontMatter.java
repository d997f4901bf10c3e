package org.officialvoices.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.officialvoices.diag.Diagnostics;
import org.officialvoices.diag.Pos;

/**
 * The front matter of a Markdown file and the body after it.
 *
 * <p>Front matter is the block between two {@code ---} lines at the top of the file. It holds
 * {@code key: value} lines and lists ({@code key:} followed by {@code - item} lines), the subset of YAML
 * the commonmark front-matter extension understands. We parse it ourselves so that every key and value
 * keeps its file line and column for error messages.
 *
 * @param fields   the fields in file order
 * @param body     the Markdown after the closing {@code ---}
 * @param bodyLine the 1-based file line where the body starts
 */
public record FrontMatter(Map<String, Field> fields, String body, int bodyLine) {

    /** One front-matter key with its values; {@code list} tells {@code key: a} from {@code key:} + items. */
    public record Field(String key, Pos keyPos, List<Value> values, boolean list) {
        public Field {
            values = List.copyOf(values);
        }
    }

    /** One scalar value with the position of its first character. */
    public record Value(String text, Pos pos) {
    }

    public FrontMatter {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Splits {@code file} into front matter and body; malformed lines are reported, not thrown. */
    public static FrontMatter parse(SourceFile file, Diagnostics diagnostics) {
        String[] lines = file.text().split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            diagnostics.error(file.path(), Pos.START, "missing front matter",
                    "start the file with a line \"---\", then \"title: ...\", then another \"---\"");
            return new FrontMatter(Map.of(), file.text(), 1);
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        // a list's items are gathered here and copied into its field once, at the end: copying the field on
        // every item made a long list take quadratic time
        Map<String, List<Value>> items = new LinkedHashMap<>();
        String listKey = null;
        int i = 1;
        for (; i < lines.length; i++) {
            String line = lines[i];
            Pos lineStart = new Pos(i + 1, 1);
            if (line.strip().equals("---")) {
                String body = String.join("\n", java.util.Arrays.asList(lines).subList(i + 1, lines.length));
                return new FrontMatter(withItems(fields, items), body, i + 2);
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String trimmed = line.stripLeading();
            int indent = line.length() - trimmed.length();
            if (trimmed.startsWith("- ") || trimmed.equals("-")) {
                if (listKey == null) {
                    diagnostics.error(file.path(), lineStart, "list item outside a list",
                            "put \"key:\" on the line before the items");
                    continue;
                }
                String text = unquote(trimmed.substring(1).strip());
                int start = indent + 1;
                while (start < line.length() && line.charAt(start) == ' ') {
                    start++;
                }
                items.computeIfAbsent(listKey, k -> new ArrayList<>()).add(new Value(text, new Pos(i + 1, start + 1)));
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || indent > 0) {
                diagnostics.error(file.path(), new Pos(i + 1, indent + 1), "malformed front matter line",
                        "write \"key: value\", or \"key:\" followed by \"  - item\" lines");
                listKey = null;
                continue;
            }
            String key = line.substring(0, colon).strip();
            String rest = line.substring(colon + 1);
            Pos keyPos = new Pos(i + 1, 1);
            if (fields.containsKey(key)) {
                diagnostics.error(file.path(), keyPos, "duplicate front matter key \"" + key + "\"");
                listKey = null;
                continue;
            }
            if (rest.isBlank()) {
                fields.put(key, new Field(key, keyPos, List.of(), true));
                listKey = key;
            } else {
                int valueColumn = colon + 2 + (rest.length() - rest.stripLeading().length());
                fields.put(key, new Field(key, keyPos, List.of(new Value(unquote(rest.strip()), new Pos(i + 1, valueColumn))), false));
                listKey = null;
            }
        }
        diagnostics.error(file.path(), Pos.START, "front matter is not closed",
                "add a line \"---\" after the last front matter line");
        return new FrontMatter(withItems(fields, items), "", lines.length + 1);
    }

    private static Map<String, Field> withItems(Map<String, Field> fields, Map<String, List<Value>> items) {
        items.forEach((key, values) -> fields.put(key, new Field(key, fields.get(key).keyPos(), values, true)));
        return fields;
    }

    private static String unquote(String text) {
        if (text.length() >= 2 && ((text.startsWith("\"") && text.endsWith("\"")) || (text.startsWith("'") && text.endsWith("'")))) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
