package org.officialvoices.site;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;

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
            "date_precision", "inferred", "source_id", "source", "note");

    private static final CsvMapper CSV = new CsvMapper();
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
        try {
            return SCRIPT_JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] csv(Dataset ds) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        CSV_COLUMNS.forEach(schema::addColumn);
        StringWriter out = new StringWriter();
        try (SequenceWriter writer = CSV.writer(schema.build()).writeValues(out)) {
            for (Account a : index.members(ds)) {
                for (Observation o : a.observations()) {
                    writer.write(row(ds, a, null, o));
                }
            }
            for (Figure f : ds.figures()) {
                writer.write(row(ds, null, f, f.observation()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String[] row(Dataset ds, Account a, Figure f, Observation o) {
        Source s = index.sources.get(o.source().id());
        return new String[] {
            ds.id(),
            a == null ? "" : a.id(),
            a == null ? "" : a.name(),
            a == null || a.nameZh() == null ? "" : a.nameZh(),
            a == null ? "" : a.platform().id(),
            a == null ? "" : a.kind().id(),
            a == null ? "" : a.country(),
            f == null ? "" : f.id(),
            f == null ? "" : f.label(),
            o.metric().id(),
            o.value().toPlainString(),
            o.qualifier().id(),
            o.date().iso(),
            o.date().precision().name().toLowerCase(java.util.Locale.ROOT),
            Boolean.toString(o.inferred()),
            s.id(),
            Format.fullCitation(s),
            o.note() == null ? "" : o.note(),
        };
    }

    byte[] json(Dataset ds) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", ds.id());
        root.put("title", ds.title());
        root.put("summary", ds.summary());
        ArrayNode accounts = root.putArray("accounts");
        for (Account a : index.members(ds)) {
            ObjectNode node = accounts.addObject();
            node.put("id", a.id());
            node.put("name", a.name());
            node.put("nameZh", a.nameZh());
            node.put("platform", a.platform().id());
            node.put("owner", a.owner());
            node.put("kind", a.kind().id());
            node.put("country", a.country());
            node.put("created", a.created() == null ? null : a.created().date().iso());
            node.put("status", a.status().id());
            ArrayNode observations = node.putArray("observations");
            a.observations().forEach(o -> observation(observations.addObject(), o));
        }
        ArrayNode figures = root.putArray("figures");
        for (Figure f : ds.figures()) {
            ObjectNode node = figures.addObject();
            node.put("id", f.id());
            node.put("label", f.label());
            observation(node, f.observation());
        }
        ArrayNode sources = root.putArray("sources");
        usedSources(ds).forEach(s -> {
            ObjectNode node = sources.addObject();
            node.put("id", s.id());
            node.put("title", s.title());
            node.put("author", s.author());
            node.put("publisher", s.publisher());
            node.put("date", s.date() == null ? null : s.date().iso());
            node.put("dateInferred", s.dateInferred());
            node.put("url", s.url());
            node.put("citation", Format.fullCitation(s));
        });
        try {
            byte[] json = JSON.writeValueAsBytes(root);
            byte[] line = java.util.Arrays.copyOf(json, json.length + 1);
            line[json.length] = '\n';
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void observation(ObjectNode node, Observation o) {
        node.put("metric", o.metric().id());
        node.put("value", o.value());
        node.put("qualifier", o.qualifier().id());
        node.put("date", o.date().iso());
        node.put("datePrecision", o.date().precision().name().toLowerCase(java.util.Locale.ROOT));
        node.put("inferred", o.inferred());
        node.put("source", o.source().id());
        node.put("note", o.note());
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
