package org.officialvoices.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.officialvoices.content.DataTable;
import org.officialvoices.content.Licence;
import org.officialvoices.content.PartialDate;

/**
 * The files of a set of tables, as the data pages publish them: each table as CSV and as JSON, a Frictionless
 * {@code datapackage.json} describing them, and a zip of everything with a README. Every file depends only on
 * its arguments, so a release's files come out byte for byte the same on every build.
 *
 * <p>Usage: {@code Map<String, byte[]> files = DataFiles.of(new DataFiles.Package(...), tables)} for tables in
 * memory; {@code DataFiles.writeCsv(schema, rows, out)} and {@link #writeZip} for a large report's, row by row.
 */
public final class DataFiles {

    /** Excel opens a UTF-8 CSV as UTF-8 only when it starts with a byte-order mark; without one, Chinese is garbled. */
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    public static final String DATAPACKAGE = "datapackage.json";
    public static final String README = "README.txt";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonFactory FACTORY = JSON.getFactory();

    private DataFiles() {
    }

    /**
     * What describes the package as a whole.
     *
     * @param version  the release's version, or null for the current, unreleased data
     * @param date     when the data was last updated (or the release made): the date inside the zip too
     * @param homepage the absolute address of the page that presents these files; null for a release, whose files
     *                 must not change when the site moves
     * @param zipName  the zip's file name, such as {@code official-voices-data-1.0.0.zip}
     */
    public record Package(String title, String description, String version, PartialDate date, Licence licence,
            String homepage, String zipName) {
    }

    /** The names {@link #of} gives its files, in the same order, without making them. */
    public static List<String> names(List<String> tables, String zipName) {
        List<String> names = new java.util.ArrayList<>();
        tables.forEach(t -> {
            names.add(t + ".csv");
            names.add(t + ".json");
        });
        names.add(DATAPACKAGE);
        names.add(zipName);
        return names;
    }

    /** Every file of tables already in memory (a release's), by name, in the order of {@link #names}. */
    public static Map<String, byte[]> of(Package pkg, List<DataTable> tables) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (DataTable t : tables) {
            files.put(t.name() + ".csv", csv(t));
            files.put(t.name() + ".json", json(t));
        }
        files.put(DATAPACKAGE, datapackage(pkg, tables));
        files.put(pkg.zipName(), zip(pkg, tables));
        return files;
    }

    /**
     * The zip of every table (CSV, JSON, and a CSV marked for Excel), the data package and a README, written to
     * {@code target} one row at a time: {@code schema} gives a table's columns and {@code rows} its rows, which are
     * read three times and never held. Every entry is dated {@code pkg.date()} at midnight, so the zip's bytes
     * never vary.
     */
    public static void writeZip(Package pkg, List<String> names, java.util.function.Function<String, DataTable> schema,
            java.util.function.Function<String, Iterable<List<Object>>> rows, java.io.OutputStream target) {
        PartialDate date = pkg.date();
        LocalDateTime time = LocalDateTime.of(date.year(), Math.max(1, date.month()), Math.max(1, date.day()), 0, 0);
        List<DataTable> schemas = new java.util.ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        try {
            ZipOutputStream zip = new ZipOutputStream(new java.io.FilterOutputStream(target) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush(); // the target is its owner's to close
                }
            }, StandardCharsets.UTF_8);
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED); // a third of the time of the default level, a little larger
            for (String name : names) {
                DataTable t = schema.apply(name);
                schemas.add(t);
                int[] count = {0};
                Iterable<List<Object>> counted = () -> java.util.stream.StreamSupport.stream(rows.apply(name).spliterator(), false)
                        .peek(row -> count[0]++).iterator();
                start(zip, name + ".csv", time);
                writeCsv(t, counted, zip);
                counts.put(name, count[0]);
                start(zip, name + ".json", time);
                writeJson(t, rows.apply(name), zip);
                start(zip, "excel/" + name + ".csv", time);
                zip.write(BOM);
                writeCsv(t, rows.apply(name), zip);
            }
            start(zip, DATAPACKAGE, time);
            zip.write(datapackage(pkg, schemas));
            start(zip, README, time);
            zip.write(readme(pkg, schemas, counts));
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #writeZip} into memory, for tables already there (a release's). */
    static byte[] zip(Package pkg, List<DataTable> tables) {
        Map<String, DataTable> byName = new LinkedHashMap<>();
        tables.forEach(t -> byName.put(t.name(), t));
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        writeZip(pkg, List.copyOf(byName.keySet()), byName::get, name -> byName.get(name).rows(), out);
        return out.toByteArray();
    }

    private static void start(ZipOutputStream zip, String name, LocalDateTime time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
    }

    /**
     * One account's download, {@code data.json}: its row of the accounts table as an object, then its observations
     * and events as arrays; {@code tables} are those of {@link org.officialvoices.data.ReportTables#of(
     * org.officialvoices.content.Account)}.
     */
    public static byte[] accountJson(List<DataTable> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeFieldName("account");
            object(g, tables.get(0), tables.get(0).rows().get(0));
            for (DataTable t : tables.subList(1, tables.size())) {
                g.writeArrayFieldStart(t.name());
                for (List<Object> row : t.rows()) {
                    object(g, t, row);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /**
     * A table as CSV: UTF-8 without a byte-order mark, as the Data Package standard and its tools expect (the
     * reference validator reads a mark as part of the first column's name); a header, then one line per row.
     */
    public static byte[] csv(DataTable t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + 200 * t.rows().size());
        writeCsv(t, t.rows(), out);
        return out.toByteArray();
    }

    /** {@link #csv} written to {@code out} row by row, for {@code rows} too many to hold: {@code t} gives the columns. */
    public static void writeCsv(DataTable t, Iterable<List<Object>> rows, java.io.OutputStream out) {
        try (CsvWriter csv = new CsvWriter(t.columns().stream().map(DataTable.Column::name).toList(), out)) {
            for (List<Object> row : rows) {
                for (Object cell : row) {
                    if (cell instanceof BigDecimal n) {
                        csv.number(n.toPlainString());
                    } else {
                        csv.text(cell == null ? "" : cell.toString());
                    }
                }
                csv.endRow();
            }
        }
    }

    /** {@code csv} with a UTF-8 byte-order mark in front, for the copies meant for Excel. */
    static byte[] withBom(byte[] csv) {
        byte[] marked = new byte[BOM.length + csv.length];
        System.arraycopy(BOM, 0, marked, 0, BOM.length);
        System.arraycopy(csv, 0, marked, BOM.length, csv.length);
        return marked;
    }

    /**
     * A table as a JSON array of objects keyed by column name, one row per line (compact, but readable and easy to
     * diff); missing cells are null.
     */
    public static byte[] json(DataTable t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + 300 * t.rows().size());
        writeJson(t, t.rows(), out);
        return out.toByteArray();
    }

    /** {@link #json} written to {@code out} row by row: {@code t} gives the columns. */
    public static void writeJson(DataTable t, Iterable<List<Object>> rows, java.io.OutputStream out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new RowPerLine());
            g.writeStartArray();
            for (List<Object> row : rows) {
                object(g, t, row);
            }
            g.writeEndArray();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compact JSON with each element of the outer array on a line of its own. */
    private static final class RowPerLine extends com.fasterxml.jackson.core.util.MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            g.writeRaw('[');
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(",\n");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            g.writeRaw(nrOfValues == 0 ? "]" : "\n]");
        }
    }

    private static void object(JsonGenerator g, DataTable t, List<Object> row) throws IOException {
        g.writeStartObject();
        for (int c = 0; c < row.size(); c++) {
            g.writeFieldName(t.columns().get(c).name());
            Object cell = row.get(c);
            if (cell == null) {
                g.writeNull();
            } else if (cell instanceof BigDecimal n) {
                g.writeNumber(n);
            } else if (cell instanceof Boolean b) {
                g.writeBoolean(b);
            } else {
                g.writeString(XmlText.clean(cell.toString()));
            }
        }
        g.writeEndObject();
    }

    /** The Frictionless Data Package (v2) descriptor: every CSV with its table schema, keys, licence and version. */
    static byte[] datapackage(Package pkg, List<DataTable> tables) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://datapackage.org/profiles/2.0/datapackage.json");
        root.put("name", "official-voices");
        root.put("title", pkg.title());
        root.put("description", pkg.description());
        if (pkg.homepage() != null) {
            root.put("homepage", pkg.homepage());
        }
        if (pkg.version() != null) {
            root.put("version", pkg.version());
        }
        root.put("created", pkg.date().iso() + "T00:00:00Z");
        if (pkg.licence() != null) {
            root.putArray("licenses").addObject().put("name", pkg.licence().name().replace(' ', '-'))
                    .put("path", pkg.licence().url()).put("title", pkg.licence().name());
        }
        root.putArray("contributors").addObject().put("title", pkg.title()).putArray("roles").add("creator");
        ArrayNode resources = root.putArray("resources");
        for (DataTable t : tables) {
            ObjectNode r = resources.addObject();
            r.put("name", t.name());
            r.put("type", "table");
            r.put("path", t.name() + ".csv");
            r.put("title", t.title());
            r.put("description", t.description());
            r.put("format", "csv");
            r.put("mediatype", "text/csv");
            r.put("encoding", "utf-8");
            ObjectNode schema = r.putObject("schema");
            ArrayNode fields = schema.putArray("fields");
            for (DataTable.Column c : t.columns()) {
                ObjectNode f = fields.addObject().put("name", c.name()).put("type", c.type()).put("description", c.description());
                if (c.type().equals("boolean")) {
                    f.putArray("trueValues").add("true");
                    f.putArray("falseValues").add("false");
                }
                if (t.primaryKey().contains(c.name())) {
                    f.putObject("constraints").put("required", true);
                }
            }
            ArrayNode key = schema.putArray("primaryKey");
            t.primaryKey().forEach(key::add);
            if (!t.foreignKeys().isEmpty()) {
                ArrayNode foreign = schema.putArray("foreignKeys");
                for (DataTable.ForeignKey k : t.foreignKeys()) {
                    ObjectNode fk = foreign.addObject();
                    k.fields().forEach(fk.putArray("fields")::add);
                    ObjectNode ref = fk.putObject("reference").put("resource", k.resource());
                    k.referenceFields().forEach(ref.putArray("fields")::add);
                }
            }
            schema.putArray("missingValues").add("");
        }
        try {
            return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The zip's README: what the files are, their columns, the licence and how to cite. */
    static byte[] readme(Package pkg, List<DataTable> tables, Map<String, Integer> counts) {
        StringBuilder b = new StringBuilder();
        b.append(pkg.title()).append(pkg.version() == null ? ", current data" : ", data version " + pkg.version())
                .append("\n").append(pkg.date().display()).append("\n\n").append(pkg.description()).append("\n\n")
                .append("Each table comes as CSV (UTF-8) and as JSON. datapackage.json describes every column, the\n")
                .append("primary and foreign keys, and the licence, as a Frictionless Data Package. A text cell that a\n")
                .append("spreadsheet would run as a formula starts with a single quote (').\n\n")
                .append("For Excel, open the copies in excel/: the same CSV files with a UTF-8 byte-order mark, without\n")
                .append("which Excel reads the Chinese names as the wrong characters. Programs should read the files\n")
                .append("beside this README, which have no mark.\n\n");
        for (DataTable t : tables) {
            b.append(t.name()).append(".csv / ").append(t.name()).append(".json: ").append(t.description())
                    .append(" (").append(Format.count(counts.get(t.name()), "row")).append(")\n");
            for (DataTable.Column c : t.columns()) {
                b.append("  ").append(c.name()).append(" (").append(c.type()).append("): ").append(c.description()).append('\n');
            }
            b.append('\n');
        }
        if (pkg.licence() != null) {
            b.append("Licence: ").append(pkg.licence().name()).append(", ").append(pkg.licence().url()).append("\n");
        }
        if (pkg.homepage() != null) {
            b.append("Home page: ").append(pkg.homepage()).append("\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The SHA-256 of {@code bytes} in hex, as releases record their files. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
