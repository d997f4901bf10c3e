package org.officialvoices.content.json;

import java.io.IOException;
import java.math.BigDecimal;
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
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import org.officialvoices.diag.Diagnostics;
import org.officialvoices.diag.Pos;
import org.officialvoices.source.Characters;
import org.officialvoices.source.SourceFile;

/**
 * Parses a JSON file with Jackson's streaming parser into a {@link JNode} tree that keeps positions.
 *
 * <p>Input is bounded so that a few kilobytes can never need much memory or time: objects and arrays nest
 * at most {@link #MAX_DEPTH} deep, a string holds at most {@link #MAX_STRING} characters, a number is
 * written in at most {@link #MAX_NUMBER_TEXT} characters and has at most {@link #MAX_INTEGER_DIGITS} digits
 * before the point and {@link #MAX_FRACTION_DIGITS} after it (so {@code 1e999999999} is refused rather than
 * printed as a billion digits). Strings may not hold the characters {@link Characters} forbids, which JSON
 * escapes such as {@code \u0001} or a lone {@code \ud800} could otherwise bring in.
 */
public final class JsonTreeReader {

    public static final int MAX_DEPTH = 64;
    public static final int MAX_STRING = 100_000;
    public static final int MAX_NUMBER_TEXT = 100;
    public static final int MAX_INTEGER_DIGITS = 18;
    public static final int MAX_FRACTION_DIGITS = 9;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING).maxNumberLength(MAX_NUMBER_TEXT).maxNameLength(MAX_STRING).build())
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
            try {
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
            } catch (StreamConstraintsException e) {
                // the exception has no location; the parser still knows where it stopped
                diagnostics.error(file.path(), pos(parser.currentTokenLocation()), limitExceeded(e.getOriginalMessage()),
                        "content files hold short, hand-written values; see \"Input limits\" in docs/content-format.md");
                return Optional.empty();
            }
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
                    characters(key, keyPos, file, diagnostics);
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
                return new JNode.JString(characters(parser.getText(), pos, file, diagnostics), pos);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new JNode.JNumber(number(parser, pos, file, diagnostics), pos);
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

    /** {@code text}, after reporting the first character in it that no output may hold. */
    private static String characters(String text, Pos pos, SourceFile file, Diagnostics diagnostics) {
        int bad = Characters.firstForbidden(text);
        if (bad >= 0) {
            diagnostics.error(file.path(), pos, "string contains " + Characters.describe(text, bad),
                    "remove it: no page, feed or download may hold it (write \\n for a new line)");
        }
        return text;
    }

    /**
     * {@code value} if it is within the limits, else zero after reporting it. A value written with an
     * exponent or with trailing zeros past {@link #MAX_FRACTION_DIGITS} is kept in plain form, so that
     * {@code 0e-999999999} cannot become a billion zeros when printed.
     */
    private static BigDecimal number(JsonParser parser, Pos pos, SourceFile file, Diagnostics diagnostics) throws IOException {
        String text = parser.getText();
        BigDecimal value;
        try {
            value = parser.getDecimalValue();
        } catch (NumberFormatException e) { // an exponent beyond what BigDecimal holds: 1e99999999999
            value = null;
        }
        BigDecimal stripped = value == null ? null : value.stripTrailingZeros();
        if (stripped != null && stripped.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (stripped == null || (long) stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS
                || stripped.scale() > MAX_FRACTION_DIGITS) {
            diagnostics.error(file.path(), pos, "number out of range: " + text,
                    "numbers may have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point and "
                            + MAX_FRACTION_DIGITS + " after it");
            return BigDecimal.ZERO;
        }
        return value.scale() < 0 || value.scale() > MAX_FRACTION_DIGITS ? stripped.setScale(Math.max(0, stripped.scale())) : value;
    }

    /** Jackson's message for a broken limit, in our words. */
    private static String limitExceeded(String message) {
        String m = message == null ? "" : message;
        if (m.contains("nesting depth")) {
            return "JSON nested too deeply: objects and arrays may nest at most " + MAX_DEPTH + " deep";
        }
        if (m.contains("Number value length") || m.contains("Number length")) {
            return "number too long: a number may be written in at most " + MAX_NUMBER_TEXT + " characters";
        }
        if (m.contains("String value length") || m.contains("Name length") || m.contains("String length")) {
            return "string too long: a string may hold at most " + String.format(java.util.Locale.ROOT, "%,d", MAX_STRING)
                    + " characters";
        }
        return "JSON exceeds a limit: " + clean(m);
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
        // Jackson says "expected a valid value" wherever a value should start; the character it found tells why
        if (message.startsWith("Unexpected character (']'") && message.contains("expected a valid value")) {
            return "is there a comma after the last item? JSON allows no trailing commas";
        }
        if ((message.startsWith("Unexpected character (','") || message.startsWith("Unexpected character ('}'"))
                && message.contains("expected a valid value")) {
            return "a value is missing: write one after the colon, or remove the extra comma";
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
