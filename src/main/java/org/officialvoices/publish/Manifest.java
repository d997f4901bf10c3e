package org.officialvoices.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

/**
 * What the last complete deploy put in the bucket: every file's fingerprint, keyed by its path in the site.
 * Stored as the object {@value #NAME} beside the site, written only after every upload succeeded.
 *
 * <pre>{"format":1,"rules":1,"files":{"index.html":"9f86…08","assets/style.css":"2c26…e7+gzip"}}</pre>
 */
public record Manifest(Map<String, String> files) {

    public static final String NAME = ".official-voices-deploy.json";
    static final int FORMAT = 1;
    private static final JsonFactory JSON = new JsonFactory();

    public Manifest {
        files = Map.copyOf(files);
    }

    public static Manifest empty() {
        return new Manifest(Map.of());
    }

    /** The manifest of what {@code files} will be once uploaded. */
    public static Manifest of(List<LocalFile> files) {
        Map<String, String> map = new TreeMap<>();
        files.forEach(f -> map.put(f.path(), f.fingerprint()));
        return new Manifest(map);
    }

    /**
     * Reads a stored manifest; one of another format or of other serving rules, or one that is not a manifest
     * at all, reads as empty, so every file goes up again (slower, never wrong).
     */
    public static Optional<Manifest> read(byte[] json) {
        Map<String, String> files = new TreeMap<>();
        int format = -1;
        int rules = -1;
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("format") && value == JsonToken.VALUE_NUMBER_INT) {
                    format = p.getIntValue();
                } else if (field.equals("rules") && value == JsonToken.VALUE_NUMBER_INT) {
                    rules = p.getIntValue();
                } else if (field.equals("files") && value == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String path = p.currentName();
                        if (p.nextToken() != JsonToken.VALUE_STRING) {
                            return Optional.empty();
                        }
                        files.put(path, p.getText());
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return format == FORMAT && rules == ServingRules.VERSION ? Optional.of(new Manifest(files)) : Optional.empty();
    }

    /** The JSON form, one file a line, sorted by path, so that the same site gives the same bytes. */
    public byte[] toJson() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + files.size() * 110);
        try (JsonGenerator g = JSON.createGenerator(bytes)) {
            g.writeStartObject();
            g.writeNumberField("format", FORMAT);
            g.writeNumberField("rules", ServingRules.VERSION);
            g.writeFieldName("files");
            g.writeStartObject();
            g.writeRaw("\n");
            g.setPrettyPrinter(new MinimalPrettyPrinter() {
                @Override
                public void writeObjectEntrySeparator(JsonGenerator gen) throws IOException {
                    gen.writeRaw(",\n");
                }
            });
            for (var e : new TreeMap<>(files).entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw("\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
