package org.officialvoices.content.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.officialvoices.diag.Diagnostics;
import org.officialvoices.diag.Pos;
import org.officialvoices.diag.Suggestions;

/**
 * Typed, located access to the fields of one JSON object. Wrong types, missing required fields and
 * unknown keys (with a "did you mean") are reported to the diagnostics; reads of bad fields return empty.
 */
public final class ObjectFields {

    private final JNode.JObject object;
    private final String path;
    private final Diagnostics diagnostics;

    private ObjectFields(JNode.JObject object, String path, Diagnostics diagnostics) {
        this.object = object;
        this.path = path;
        this.diagnostics = diagnostics;
    }

    /**
     * Fields of {@code node}, which must be an object whose keys are all in {@code allowed}.
     *
     * @param what what the object is, for messages ("account", "observation")
     */
    public static Optional<ObjectFields> of(JNode node, String path, Diagnostics diagnostics, String what,
            Set<String> allowed) {
        return of(node, path, diagnostics, what, allowed, java.util.Map.of());
    }

    /**
     * As {@link #of(JNode, String, Diagnostics, String, Set)}, where a key that content used to have (a key of
     * {@code retired}) is reported with its own hint saying what replaced it.
     */
    public static Optional<ObjectFields> of(JNode node, String path, Diagnostics diagnostics, String what,
            Set<String> allowed, java.util.Map<String, String> retired) {
        if (!(node instanceof JNode.JObject object)) {
            diagnostics.error(path, node.pos(), what + " must be a JSON object, found " + node.typeName());
            return Optional.empty();
        }
        for (JNode.JField field : object.fields().values()) {
            // any object may carry its own translation, which Translations reads and checks
            if (!allowed.contains(field.key()) && !field.key().equals("zh")) {
                String hint = retired.containsKey(field.key()) ? retired.get(field.key())
                        : Suggestions.didYouMean(field.key(), allowed);
                diagnostics.error(path, field.keyPos(), "unknown field \"" + field.key() + "\" in " + what,
                        hint != null ? hint : "known fields: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
        return Optional.of(new ObjectFields(object, path, diagnostics));
    }

    public String path() {
        return path;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** Where the object starts. */
    public Pos pos() {
        return object.pos();
    }

    /** Where the value of {@code key} starts, or the object's start when the key is absent. */
    public Pos pos(String key) {
        JNode.JField field = object.fields().get(key);
        return field == null ? object.pos() : field.value().pos();
    }

    public Optional<JNode> node(String key) {
        JNode.JField field = object.fields().get(key);
        if (field == null || field.value() instanceof JNode.JNull) {
            return Optional.empty();
        }
        return Optional.of(field.value());
    }

    public String requiredString(String key) {
        if (requiredPresent(key, "a string")) {
            return optionalString(key).orElse(null);
        }
        return null;
    }

    /** Reports a required field that is absent or null; true when it has a value. */
    private boolean requiredPresent(String key, String expected) {
        JNode.JField field = object.fields().get(key);
        if (field == null) {
            missing(key);
            return false;
        }
        if (field.value() instanceof JNode.JNull) {
            wrongType(key, field.value(), expected);
            return false;
        }
        return true;
    }

    public Optional<String> optionalString(String key) {
        Optional<JNode> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!(node.get() instanceof JNode.JString s)) {
            wrongType(key, node.get(), "a string");
            return Optional.empty();
        }
        if (s.value().isBlank()) {
            diagnostics.error(path, s.pos(), "\"" + key + "\" must not be empty", "remove the field or give it a value");
            return Optional.empty();
        }
        return Optional.of(s.value());
    }

    public Optional<BigDecimal> requiredNumber(String key) {
        if (!requiredPresent(key, "a number")) {
            return Optional.empty();
        }
        Optional<JNode> node = node(key);
        if (!(node.get() instanceof JNode.JNumber n)) {
            wrongType(key, node.get(), "a number");
            return Optional.empty();
        }
        return Optional.of(n.value());
    }

    public boolean bool(String key) {
        Optional<JNode> node = node(key);
        if (node.isEmpty()) {
            return false;
        }
        if (!(node.get() instanceof JNode.JBoolean b)) {
            wrongType(key, node.get(), "true or false");
            return false;
        }
        return b.value();
    }

    /** The items of an array field; absent means empty unless {@code required}. */
    public List<JNode> array(String key, boolean required) {
        Optional<JNode> node = node(key);
        if (node.isEmpty()) {
            if (required) {
                missing(key);
            }
            return List.of();
        }
        if (!(node.get() instanceof JNode.JArray a)) {
            wrongType(key, node.get(), "an array");
            return List.of();
        }
        return a.items();
    }

    public void missing(String key) {
        diagnostics.error(path, object.pos(), "missing required field \"" + key + "\"",
                "add \"" + key + "\": ... to this object");
    }

    public void wrongType(String key, JNode node, String expected) {
        diagnostics.error(path, node.pos(), "\"" + key + "\" must be " + expected + ", found " + node.typeName());
    }
}
