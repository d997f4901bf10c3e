package org.officialvoices.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.officialvoices.content.Account;
import org.officialvoices.content.Dataset;
import org.officialvoices.content.Figure;
import org.officialvoices.content.Observation;
import org.officialvoices.content.Source;

/**
 * Writes a dataset's downloads: a flat CSV with one row per figure, and a JSON document with its accounts,
 * figures and sources. Both carry every figure's source, so a reuser keeps the attribution.
 */
final class DatasetExporter {

    static final List<String> CSV_COLUMNS = List.of("dataset", "account_id", "account_name", "account_name_zh",
            "platform", "kind", "country", "figure_id", "figure_label", "metric", "value", "qualifier", "date",
            "date_precision", "value_inferred", "date_inferred", "claimed_by_owner", "source_id", "source", "source_url",
            "read_copy_url", "note", "licence");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** For JSON inside an HTML {@code <script>} block: escapes {@code < > &} so no text can close the block. */
    private static final ObjectMapper SCRIPT_JSON = new ObjectMapper();

    static {
        SCRIPT_JSON.getFactory().setCharacterEscapes(new com.fasterxml.jackson.core.io.CharacterEscapes() {
            private static final long serialVersionUID = 1L;
            private final int[] escapes = standardAsciiEscapesForJSON();

            {
                escapes['<'] = ESCAPE_STANDARD;
                escapes['>'] = ESCAPE_STANDARD;
                escapes['&'] = ESCAPE_STANDARD;
            }

            @Override
            public int[] getEscapeCodesForAscii() {
                return escapes;
            }

            @Override
            public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
                return null;
            }
        });
    }

    private final SiteIndex index;

    DatasetExporter(SiteIndex index) {
        this.index = index;
    }

    /** schema.org {@code Dataset} metadata for search engines, with both downloads and every source. */
    String jsonLd(Dataset ds) {
        String base = index.content.site().baseUrl();
        ObjectNode root = SCRIPT_JSON.createObjectNode();
        root.put("@context", "https://schema.org");
        root.put("@type", "Dataset");
        root.put("name", ds.title());
        root.put("description", ds.summary() == null ? ds.title() : ds.summary());
        root.put("url", base + Routes.dataset(ds.id()));
        root.put("dateModified", index.latestDate(ds).iso());
        root.putObject("creator").put("@type", "Organization").put("name", index.content.site().title());
        root.put("isAccessibleForFree", true);
        ArrayNode distribution = root.putArray("distribution");
        distribution.addObject().put("@type", "DataDownload").put("encodingFormat", "text/csv")
                .put("contentUrl", base + Routes.datasetCsv(ds.id()));
        distribution.addObject().put("@type", "DataDownload").put("encodingFormat", "application/json")
                .put("contentUrl", base + Routes.datasetJson(ds.id()));
        ArrayNode citation = root.putArray("citation");
        usedSources(ds).forEach(s -> citation.add(Format.fullCitation(s)));
        return scriptJson(root);
    }

    /** A new object for JSON-LD. */
    static ObjectNode jsonLdObject() {
        return SCRIPT_JSON.createObjectNode();
    }

    /** {@code node} as JSON safe inside a {@code <script>} element: {@code < > &} escaped. */
    static String scriptJson(com.fasterxml.jackson.databind.JsonNode node) {
        try {
            return SCRIPT_JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dataset as CSV, one row per figure; every text cell through {@link CsvWriter}, which defuses formulas. */
    byte[] csv(Dataset ds) {
        try (CsvWriter csv = new CsvWriter(CSV_COLUMNS, expectedSize(ds, 800))) {
            for (Account a : index.members(ds)) {
                for (Observation o : a.observations()) {
                    row(csv, ds, a, null, o);
                }
            }
            for (Figure f : ds.figures()) {
                row(csv, ds, null, f, f.observation());
            }
            return csv.bytes();
        }
    }

    /** One row, in the order of {@link #CSV_COLUMNS}; {@code a} or {@code f} is null. */
    private void row(CsvWriter csv, Dataset ds, Account a, Figure f, Observation o) {
        Source s = index.sources.get(o.source().id());
        csv.text(ds.id())
                .text(a == null ? "" : a.id())
                .text(a == null ? "" : a.name())
                .text(a == null || a.nameZh() == null ? "" : a.nameZh())
                .text(a == null ? "" : a.platform().id())
                .text(a == null ? "" : a.kind().id())
                .text(a == null ? "" : a.country())
                .text(f == null ? "" : f.id())
                .text(f == null ? "" : f.label())
                .text(o.metric().id())
                .number(o.value().toPlainString())
                .text(o.qualifier().id())
                .text(o.date().iso())
                .text(o.date().precision().id())
                .text(Boolean.toString(o.valueInferred()))
                .text(Boolean.toString(o.dateInferred()))
                .text(Boolean.toString(o.claimed()))
                .text(s.id())
                .text(Format.fullCitation(s))
                .text(s.url() == null ? "" : s.url())
                .text(s.readCopy() == null ? "" : s.readCopy().url())
                .text(o.note() == null ? "" : o.note())
                .text(licence())
                .endRow();
    }

    /** The data licence as one CSV cell, {@code CC BY 4.0 https://…}, or empty when none is set. */
    private String licence() {
        org.officialvoices.content.Licence licence = index.content.site().dataLicence();
        return licence == null ? "" : licence.name() + " " + licence.url();
    }

    /** The dataset as one JSON document, written as it goes (no tree in memory), indented, ending in a newline. */
    byte[] json(Dataset ds) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(expectedSize(ds, 1200));
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("id", ds.id());
            g.writeStringField("title", ds.title());
            g.writeStringField("summary", ds.summary());
            org.officialvoices.content.Licence licence = index.content.site().dataLicence();
            if (licence != null) {
                g.writeObjectFieldStart("licence");
                g.writeStringField("name", licence.name());
                g.writeStringField("url", licence.url());
                g.writeEndObject();
            }
            g.writeArrayFieldStart("accounts");
            for (Account a : index.members(ds)) {
                g.writeStartObject();
                g.writeStringField("id", a.id());
                g.writeStringField("name", a.name());
                g.writeStringField("nameZh", a.nameZh());
                g.writeStringField("platform", a.platform().id());
                g.writeStringField("owner", a.owner());
                g.writeStringField("kind", a.kind().id());
                g.writeStringField("country", a.country());
                g.writeStringField("created", a.created() == null ? null : a.created().date().iso());
                g.writeStringField("status", a.status().id());
                g.writeArrayFieldStart("observations");
                for (Observation o : a.observations()) {
                    g.writeStartObject();
                    observation(g, o);
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("figures");
            for (Figure f : ds.figures()) {
                g.writeStartObject();
                g.writeStringField("id", f.id());
                g.writeStringField("label", f.label());
                observation(g, f.observation());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("sources");
            for (Source s : usedSources(ds)) {
                g.writeStartObject();
                g.writeStringField("id", s.id());
                g.writeStringField("title", s.title());
                g.writeStringField("author", s.author());
                g.writeStringField("publisher", s.publisher());
                g.writeStringField("date", s.date() == null ? null : s.date().iso());
                g.writeBooleanField("dateInferred", s.dateInferred());
                g.writeStringField("url", s.url());
                copy(g, "readCopy", s.readCopy());
                copy(g, "archived", s.archived());
                g.writeStringField("urlMissing", s.urlMissing());
                g.writeStringField("citation", Format.fullCitation(s));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /**
     * A first buffer large enough for most downloads of {@code ds}, at {@code perAccount} bytes per member
     * (measured: ~720 in CSV and ~1,070 in JSON on the synthetic content), so that a download of thousands of
     * accounts is not copied a dozen times as the buffer doubles.
     */
    private int expectedSize(Dataset ds, int perAccount) {
        return (int) Math.min(64L * 1024 * 1024, 8 * 1024 + (long) perAccount * index.members(ds).size()
                + 512L * ds.figures().size());
    }

    private static void observation(JsonGenerator g, Observation o) throws IOException {
        g.writeStringField("metric", o.metric().id());
        g.writeNumberField("value", o.value());
        g.writeStringField("qualifier", o.qualifier().id());
        g.writeStringField("date", o.date().iso());
        g.writeStringField("datePrecision", o.date().precision().id());
        g.writeBooleanField("valueInferred", o.valueInferred());
        g.writeBooleanField("dateInferred", o.dateInferred());
        g.writeBooleanField("claimed", o.claimed());
        g.writeStringField("source", o.source().id());
        g.writeStringField("note", o.note());
    }

    private static void copy(JsonGenerator g, String key, org.officialvoices.content.Copy copy) throws IOException {
        if (copy == null) {
            g.writeNullField(key);
            return;
        }
        g.writeObjectFieldStart(key);
        g.writeStringField("url", copy.url());
        if (copy.publisher() != null) {
            g.writeStringField("publisher", copy.publisher());
        }
        g.writeStringField("date", copy.date() == null ? null : copy.date().iso());
        g.writeEndObject();
    }

    /** The dataset's own sources plus every source its figures cite, each once, in first-cited order. */
    private List<Source> usedSources(Dataset ds) {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        ds.sources().forEach(r -> ids.add(r.id()));
        index.members(ds).forEach(a -> a.observations().forEach(o -> ids.add(o.source().id())));
        ds.figures().forEach(f -> ids.add(f.observation().source().id()));
        List<Source> sources = new ArrayList<>();
        ids.forEach(id -> sources.add(index.sources.get(id)));
        return sources;
    }
}
