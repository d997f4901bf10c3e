package org.officialvoices.content.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import org.officialvoices.diag.Diagnostics;
import org.officialvoices.diag.Pos;
import org.officialvoices.source.SourceFile;

/** Parses a JSON file with Jackson's streaming parser into a {@link JNode} tree that keeps positions. */
public final class JsonTreeReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build();

    /** Jackson's "[Source: REDACTED (...); line: 1, column: 1]" inside messages, shortened for editors. */
    private static final java.util.regex.Pattern SOURCE_LOCATION =
            java.util.regex.Pattern.compile("\\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]");

    private JsonTreeReader() {
    }

    /** The tree of {@code file}, or empty after reporting why it is not valid JSON. */
    public static Optional<JNode> read(SourceFile file, Diagnostics diagnostics) {
        if (file.text().isBlank()) {
            diagnostics.error(file.path(), Pos.START, "file is empty", "a JSON file must hold one object: {...}");
            return Optional.empty();
        }
        try (JsonParser parser = FACTORY.createParser(file.text())) {
            JsonToken first = parser.nextToken();
            JNode root = value(parser, first, file, diagnostics);
            JsonToken after = parser.nextToken();
            if (after != null) {
                diagnostics.error(file.path(), pos(parser.currentTokenLocation()),
                        "unexpected content after the end of the JSON value",
                        "a file holds exactly one JSON object; remove what follows its closing brace");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            diagnostics.error(file.path(), pos(e.getLocation()), "malformed JSON: " + clean(e.getOriginalMessage()),
                    hintFor(e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(file.path(), Pos.START, "cannot read JSON: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static JNode value(JsonParser parser, JsonToken token, SourceFile file, Diagnostics diagnostics)
            throws IOException {
        Pos pos = pos(parser.currentTokenLocation());
        switch (token) {
            case START_OBJECT: {
                Map<String, JNode.JField> fields = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Pos keyPos = pos(parser.currentTokenLocation());
                    JNode v = value(parser, parser.nextToken(), file, diagnostics);
                    if (fields.containsKey(key)) {
                        diagnostics.error(file.path(), keyPos, "duplicate key \"" + key + "\"",
                                "a key may appear once in an object; remove one of them");
                    } else {
                        fields.put(key, new JNode.JField(key, keyPos, v));
                    }
                }
                return new JNode.JObject(fields, pos);
            }
            case START_ARRAY: {
                List<JNode> items = new ArrayList<>();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(value(parser, next, file, diagnostics));
                }
                return new JNode.JArray(items, pos);
            }
            case VALUE_STRING:
                return new JNode.JString(parser.getText(), pos);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new JNode.JNumber(parser.getDecimalValue(), pos);
            case VALUE_TRUE:
                return new JNode.JBoolean(true, pos);
            case VALUE_FALSE:
                return new JNode.JBoolean(false, pos);
            case VALUE_NULL:
                return new JNode.JNull(pos);
            default:
                throw new IllegalStateException("unexpected token " + token + " at " + pos);
        }
    }

    static Pos pos(JsonLocation location) {
        if (location == null) {
            return Pos.START;
        }
        return Pos.of(location.getLineNr(), location.getColumnNr());
    }

    private static String clean(String message) {
        if (message == null) {
            return "unknown problem";
        }
        return SOURCE_LOCATION.matcher(message.replace('\n', ' ').strip()).replaceAll("line $1, column $2");
    }

    private static String hintFor(String message) {
        if (message == null) {
            return null;
        }
        if (message.contains("was expecting double-quote to start field name")) {
            return "is there a comma after the last field? JSON allows no trailing commas";
        }
        if (message.contains("expected close marker") || message.contains("end-of-input")) {
            return "a closing brace or bracket is missing";
        }
        if (message.contains("was expecting comma")) {
            return "separate fields and items with commas";
        }
        if (message.contains("Unrecognized token") || message.contains("Unexpected character")) {
            return "strings need double quotes; numbers and true/false/null do not";
        }
        return null;
    }
}
