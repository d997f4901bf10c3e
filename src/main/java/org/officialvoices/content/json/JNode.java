package org.officialvoices.content.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.officialvoices.diag.Pos;

/**
 * A JSON value that remembers where it starts in its file, so that checks long after parsing can still
 * point an editor at the right line and column. Jackson's own tree drops positions.
 */
public sealed interface JNode {

    Pos pos();

    /** A short name of the JSON type, for "must be a string, found number" messages. */
    String typeName();

    /**
     * An object, its fields in the order they are written. It takes over {@code fields} without copying
     * (a read-only view; the reader makes millions of these at 178,700 accounts and never touches a map
     * again once it is handed over), so callers must not change the map afterwards.
     */
    record JObject(Map<String, JField> fields, Pos pos) implements JNode {
        public JObject {
            fields = java.util.Collections.unmodifiableMap(fields);
        }

        public String typeName() {
            return "object";
        }
    }

    /** A field of an object: its key's position and its value. */
    record JField(String key, Pos keyPos, JNode value) {
    }

    record JArray(List<JNode> items, Pos pos) implements JNode {
        public JArray {
            items = List.copyOf(items);
        }

        public String typeName() {
            return "array";
        }
    }

    record JString(String value, Pos pos) implements JNode {
        public String typeName() {
            return "string";
        }
    }

    record JNumber(BigDecimal value, Pos pos) implements JNode {
        public String typeName() {
            return "number";
        }
    }

    record JBoolean(boolean value, Pos pos) implements JNode {
        public String typeName() {
            return "boolean";
        }
    }

    record JNull(Pos pos) implements JNode {
        public String typeName() {
            return "null";
        }
    }
}
