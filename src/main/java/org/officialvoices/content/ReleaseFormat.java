package org.officialvoices.content;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.diag.Pos;
import org.officialvoices.source.SourceFile;

/**
 * The release file, {@code releases/<version>.json}: written in one canonical form (one table row per line, so
 * that two releases diff line by line in git) and read back with a streaming parser, since a release of a large
 * report holds a million rows.
 *
 * <p>Usage: {@code String text = ReleaseFormat.write(release)}; {@code ReleaseFormat.read(file, diagnostics)}.
 */
public final class ReleaseFormat {

    /** Semantic versions without pre-release or build parts: {@code 1.0.0}, {@code 2.13.4}. */
    public static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final String HINT = "a release is written by the release command and never edited; "
            + "restore the file from version control (git checkout -- <file>)";

    private ReleaseFormat() {
    }

    /** The whole file for {@code release}, ending in a newline. */
    public static String write(Release release) {
        StringBuilder b = new StringBuilder(1 << 16);
        b.append("{\n  \"version\": ").append(json(release.version()))
                .append(",\n  \"date\": ").append(json(release.date().iso()));
        if (release.notes() != null) {
            b.append(",\n  \"notes\": ").append(json(release.notes()));
        }
        b.append(",\n  \"title\": ").append(json(release.title()))
                .append(",\n  \"description\": ").append(json(release.description()));
        if (release.licence() != null) {
            b.append(",\n  \"licence\": {\"name\": ").append(json(release.licence().name())).append(", \"url\": ")
                    .append(json(release.licence().url())).append('}');
        }
        b.append(",\n  \"sha256\": ").append(json(release.sha256())).append(",\n  \"files\": {");
        List<Map.Entry<String, String>> files = new ArrayList<>(new TreeMap<>(release.files()).entrySet());
        for (int i = 0; i < files.size(); i++) {
            b.append(i == 0 ? "\n" : ",\n").append("    ").append(json(files.get(i).getKey())).append(": ")
                    .append(json(files.get(i).getValue()));
        }
        b.append(files.isEmpty() ? "}" : "\n  }").append(",\n  \"tables\": ");
        try {
            tables(release.tables(), b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.append("\n}\n").toString();
    }

    /**
     * The SHA-256, in hex, of the tables in canonical form: what a release records and the build checks. The
     * tables are hashed as they come, so a lazy {@code Iterable} never holds more than one in memory.
     */
    public static String tablesDigest(Iterable<DataTable> tables) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (Writer out = new BufferedWriter(new OutputStreamWriter(
                    new DigestOutputStream(OutputStream.nullOutputStream(), sha), StandardCharsets.UTF_8), 1 << 16)) {
                tables(tables, out);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void tables(Iterable<DataTable> tables, Appendable b) throws IOException {
        b.append('[');
        int t = 0;
        for (DataTable table : tables) {
            b.append(t++ == 0 ? "\n" : ",\n").append("    {\"name\": ").append(json(table.name()))
                    .append(", \"title\": ").append(json(table.title()))
                    .append(", \"description\": ").append(json(table.description()))
                    .append(", \"primaryKey\": ").append(json(table.primaryKey()))
                    .append(", \"foreignKeys\": [");
            for (int k = 0; k < table.foreignKeys().size(); k++) {
                DataTable.ForeignKey key = table.foreignKeys().get(k);
                b.append(k == 0 ? "" : ", ").append("{\"fields\": ").append(json(key.fields()))
                        .append(", \"reference\": {\"resource\": ").append(json(key.resource()))
                        .append(", \"fields\": ").append(json(key.referenceFields())).append("}}");
            }
            b.append("],\n     \"columns\": [");
            for (int c = 0; c < table.columns().size(); c++) {
                DataTable.Column column = table.columns().get(c);
                b.append(c == 0 ? "\n" : ",\n").append("      {\"name\": ").append(json(column.name()))
                        .append(", \"type\": ").append(json(column.type()))
                        .append(", \"description\": ").append(json(column.description())).append('}');
            }
            b.append("\n     ],\n     \"rows\": [");
            for (int r = 0; r < table.rows().size(); r++) {
                b.append(r == 0 ? "\n      " : ",\n      ").append(row(table.rows().get(r)));
            }
            b.append(table.rows().isEmpty() ? "]}" : "\n     ]}");
        }
        b.append(t == 0 ? "]" : "\n  ]");
    }

    /** A row as a compact JSON array, written by hand: a generator per row costs seconds over a million rows. */
    private static String row(List<Object> cells) {
        StringBuilder b = new StringBuilder(256).append('[');
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            Object cell = cells.get(i);
            if (cell == null) {
                b.append("null");
            } else if (cell instanceof BigDecimal n) {
                b.append(n.toPlainString());
            } else if (cell instanceof Boolean flag) {
                b.append(flag.booleanValue());
            } else {
                quoted(cell.toString(), b);
            }
        }
        return b.append(']').toString();
    }

    /** {@code text} as a JSON string, escaped as Jackson escapes it: quote, backslash and control characters. */
    static void quoted(String text, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    private static String json(Object value) {
        if (value instanceof List<?> list) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(json(list.get(i)));
            }
            return b.append(']').toString();
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (value == null) {
                g.writeNull();
            } else {
                g.writeString(value.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The release in {@code file}, or empty with the problem reported where it is. */
    public static Optional<Release> read(SourceFile file, Diagnostics d) {
        try (JsonParser p = FACTORY.createParser(file.text())) {
            expect(p.nextToken(), JsonToken.START_OBJECT, p);
            String version = null;
            Pos versionPos = Pos.START;
            PartialDate date = null;
            String notes = null;
            String sha256 = null;
            String title = null;
            String description = null;
            Licence licence = null;
            Map<String, String> files = new TreeMap<>();
            List<DataTable> tables = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "version" -> {
                        versionPos = pos(p.currentTokenLocation());
                        version = text(p, value);
                    }
                    case "date" -> {
                        Pos at = pos(p.currentTokenLocation());
                        String text = text(p, value);
                        try {
                            date = PartialDate.parse(text);
                        } catch (IllegalArgumentException | java.time.DateTimeException e) {
                            d.error(file.path(), at, "\"date\" is not a date: \"" + text + "\"", HINT);
                            return Optional.empty();
                        }
                    }
                    case "notes" -> notes = value == JsonToken.VALUE_NULL ? null : text(p, value);
                    case "sha256" -> sha256 = text(p, value);
                    case "title" -> title = text(p, value);
                    case "description" -> description = text(p, value);
                    case "licence" -> {
                        expect(value, JsonToken.START_OBJECT, p);
                        String name = null;
                        String url = null;
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String key = p.currentName();
                            String v = text(p, p.nextToken());
                            if (key.equals("name")) {
                                name = v;
                            } else {
                                url = v;
                            }
                        }
                        licence = new Licence(name, url);
                    }
                    case "files" -> {
                        expect(value, JsonToken.START_OBJECT, p);
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String name = p.currentName();
                            files.put(name, text(p, p.nextToken()));
                        }
                    }
                    case "tables" -> {
                        expect(value, JsonToken.START_ARRAY, p);
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            tables.add(table(p));
                        }
                    }
                    default -> {
                        d.error(file.path(), pos(p.currentTokenLocation()), "unknown field \"" + field + "\" in a release", HINT);
                        p.skipChildren();
                    }
                }
            }
            if (version == null || date == null || sha256 == null || title == null) {
                d.error(file.path(), Pos.START, "a release needs \"version\", \"date\", \"title\" and \"sha256\"", HINT);
                return Optional.empty();
            }
            return Optional.of(new Release(version, versionPos, date, notes, title, description, licence, sha256, files,
                    tables, file.path()));
        } catch (Malformed e) {
            d.error(file.path(), e.pos, e.getMessage(), HINT);
        } catch (JsonProcessingException e) {
            d.error(file.path(), pos(e.getLocation()), "not valid JSON: " + e.getOriginalMessage(), HINT);
        } catch (IOException e) {
            d.error(file.path(), Pos.START, "cannot read: " + e.getMessage(), HINT);
        }
        return Optional.empty();
    }

    private static DataTable table(JsonParser p) throws IOException {
        String name = null;
        String title = null;
        String description = null;
        List<String> primaryKey = List.of();
        List<DataTable.ForeignKey> foreignKeys = new ArrayList<>();
        List<DataTable.Column> columns = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "name" -> name = text(p, value);
                case "title" -> title = text(p, value);
                case "description" -> description = text(p, value);
                case "primaryKey" -> primaryKey = strings(p, value);
                case "foreignKeys" -> {
                    expect(value, JsonToken.START_ARRAY, p);
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        List<String> fields = List.of();
                        String resource = null;
                        List<String> reference = List.of();
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String key = p.currentName();
                            JsonToken v = p.nextToken();
                            if (key.equals("fields")) {
                                fields = strings(p, v);
                            } else if (key.equals("reference")) {
                                expect(v, JsonToken.START_OBJECT, p);
                                while (p.nextToken() == JsonToken.FIELD_NAME) {
                                    String r = p.currentName();
                                    JsonToken rv = p.nextToken();
                                    if (r.equals("resource")) {
                                        resource = text(p, rv);
                                    } else {
                                        reference = strings(p, rv);
                                    }
                                }
                            } else {
                                p.skipChildren();
                            }
                        }
                        foreignKeys.add(new DataTable.ForeignKey(fields, resource, reference));
                    }
                }
                case "columns" -> {
                    expect(value, JsonToken.START_ARRAY, p);
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        String columnName = null;
                        String type = null;
                        String columnDescription = null;
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String key = p.currentName();
                            String v = text(p, p.nextToken());
                            switch (key) {
                                case "name" -> columnName = v;
                                case "type" -> type = v;
                                default -> columnDescription = v;
                            }
                        }
                        columns.add(new DataTable.Column(columnName, type, columnDescription));
                    }
                }
                case "rows" -> {
                    expect(value, JsonToken.START_ARRAY, p);
                    while (p.nextToken() == JsonToken.START_ARRAY) {
                        List<Object> cells = new ArrayList<>(columns.size());
                        JsonToken cell;
                        while ((cell = p.nextToken()) != JsonToken.END_ARRAY) {
                            cells.add(switch (cell) {
                                case VALUE_NULL -> null;
                                case VALUE_TRUE -> Boolean.TRUE;
                                case VALUE_FALSE -> Boolean.FALSE;
                                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDecimalValue();
                                case VALUE_STRING -> p.getText();
                                default -> throw new Malformed("a table cell must be text, a number, true, false or null",
                                        pos(p.currentTokenLocation()));
                            });
                        }
                        if (cells.size() != columns.size()) {
                            throw new Malformed("a row of table \"" + name + "\" has " + cells.size() + " cells for "
                                    + columns.size() + " columns", pos(p.currentTokenLocation()));
                        }
                        rows.add(cells);
                    }
                }
                default -> p.skipChildren();
            }
        }
        return new DataTable(name, title, description, columns, primaryKey, foreignKeys, rows);
    }

    private static List<String> strings(JsonParser p, JsonToken token) throws IOException {
        expect(token, JsonToken.START_ARRAY, p);
        List<String> items = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            items.add(text(p, t));
        }
        return items;
    }

    private static String text(JsonParser p, JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw new Malformed("expected text, found " + token, pos(p.currentTokenLocation()));
        }
        return p.getText();
    }

    private static void expect(JsonToken actual, JsonToken expected, JsonParser p) {
        if (actual != expected) {
            throw new Malformed("expected " + expected + ", found " + actual, pos(p.currentTokenLocation()));
        }
    }

    private static Pos pos(JsonLocation location) {
        return location == null ? Pos.START : Pos.of(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    /** A release file that is JSON but not a release. */
    private static final class Malformed extends RuntimeException {
        private final transient Pos pos;

        Malformed(String message, Pos pos) {
            super("malformed release: " + message);
            this.pos = pos;
        }
    }
}
