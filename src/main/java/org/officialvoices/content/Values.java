package org.officialvoices.content;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.officialvoices.content.json.JNode;
import org.officialvoices.content.json.ObjectFields;
import org.officialvoices.diag.Suggestions;

/**
 * Reads the values shared by several file kinds (references, dates, observations) from JSON fields, through
 * one build's {@link Interner} so that values repeated across files are kept once.
 */
final class Values {

    static final Set<String> OBSERVATION_FIELDS = Set.of("metric", "value", "qualifier", "date", "valueInferred",
            "dateInferred", "claimed", "source", "note");
    static final Set<String> DATED_FIELDS = Set.of("date", "dateInferred", "source", "confirmedBy", "note");
    static final Set<String> EVENT_FIELDS = Set.of("date", "dateInferred", "text", "source", "note");
    static final Set<String> DISAGREEMENT_FIELDS = Set.of("about", "claims", "note");
    static final Set<String> CLAIM_FIELDS = Set.of("says", "source");

    /** The single {@code inferred} flag, split so that a reader sees whether the value or the date was worked out. */
    static final Map<String, String> RETIRED = Map.of("inferred",
            "say what was inferred: \"valueInferred\": true, \"dateInferred\": true, or both, with the reason in \"note\"");

    /** Fields of an object that may carry inference flags; the retired {@code inferred} gets its own hint. */
    static Optional<ObjectFields> fields(JNode node, String path, org.officialvoices.diag.Diagnostics d, String what,
            Set<String> allowed) {
        return ObjectFields.of(node, path, d, what, allowed, RETIRED);
    }

    private final Interner shared;

    Values(Interner shared) {
        this.shared = shared;
    }

    /** The one copy of {@code s} for this build, for strings many records repeat (owners, countries). */
    String shared(String s) {
        return shared.string(s);
    }

    Ref ref(ObjectFields f, String key, boolean required) {
        String id = required ? f.requiredString(key) : f.optionalString(key).orElse(null);
        return id == null ? null : shared.ref(id, f.pos(key));
    }

    List<Ref> refs(ObjectFields f, String key, boolean required) {
        List<Ref> refs = new ArrayList<>();
        for (JNode item : f.array(key, required)) {
            if (item instanceof JNode.JString s && !s.value().isBlank()) {
                refs.add(shared.ref(s.value(), s.pos()));
            } else {
                f.diagnostics().error(f.path(), item.pos(), "items of \"" + key + "\" must be ids (strings), found "
                        + item.typeName());
            }
        }
        return refs;
    }

    PartialDate date(ObjectFields f, String key, boolean required) {
        String text = required ? f.requiredString(key) : f.optionalString(key).orElse(null);
        if (text == null) {
            return null;
        }
        try {
            return shared.date(text);
        } catch (DateTimeException e) {
            f.diagnostics().error(f.path(), f.pos(key), "invalid date: " + e.getMessage(),
                    "write a year (2019), a month (2019-05) or a day (2019-05-20), only as precise as the source");
            return null;
        }
    }

    /**
     * The value of a closed list (an enum's {@code values}) written {@code id} in the content. A loop, not a
     * stream: it runs for every figure read.
     */
    static <E> Optional<E> byId(E[] values, Function<E, String> idOf, String id) {
        for (E value : values) {
            if (idOf.apply(value).equals(id)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** A closed-list value such as a metric; unknown values get a "did you mean". */
    static <E> E choice(ObjectFields f, String key, Function<String, Optional<E>> byId, List<String> ids, E fallback) {
        Optional<String> text = fallback == null ? Optional.ofNullable(f.requiredString(key)) : f.optionalString(key);
        if (text.isEmpty()) {
            return fallback;
        }
        Optional<E> value = byId.apply(text.get());
        if (value.isEmpty()) {
            String hint = Suggestions.didYouMean(text.get(), ids);
            f.diagnostics().error(f.path(), f.pos(key), "unknown " + key + " \"" + text.get() + "\"",
                    hint != null ? hint : "use one of: " + String.join(", ", ids));
        }
        return value.orElse(null);
    }

    /** Reads the observation fields of {@code f}; the caller has checked its keys. */
    Optional<Observation> observation(ObjectFields f) {
        org.officialvoices.diag.Diagnostics d = f.diagnostics();
        String path = f.path();
        Metric metric = choice(f, "metric", Metric::byId, Metric.ids(), null);
        Optional<BigDecimal> value = f.requiredNumber("value");
        value.filter(v -> v.signum() < 0).ifPresent(v -> d.error(path, f.pos("value"),
                "\"value\" must not be negative, found " + v.toPlainString()));
        Qualifier qualifier = choice(f, "qualifier", Qualifier::byId, Qualifier.ids(), Qualifier.EXACT);
        PartialDate date = date(f, "date", true);
        boolean valueInferred = f.bool("valueInferred");
        boolean dateInferred = f.bool("dateInferred");
        boolean claimed = f.bool("claimed");
        Ref source = ref(f, "source", true);
        String note = f.optionalString("note").orElse(null);
        if (metric == null || value.isEmpty() || value.get().signum() < 0 || qualifier == null || date == null
                || source == null) {
            return Optional.empty();
        }
        return Optional.of(new Observation(metric, value.get(), qualifier, date, valueInferred, dateInferred,
                claimed, source, note, f.pos()));
    }

    Dated dated(ObjectFields parent, String key) {
        Optional<JNode> node = parent.node(key);
        if (node.isEmpty()) {
            return null;
        }
        Optional<ObjectFields> of = fields(node.get(), parent.path(), parent.diagnostics(), "\"" + key + "\"", DATED_FIELDS);
        if (of.isEmpty()) {
            return null;
        }
        ObjectFields f = of.get();
        PartialDate date = date(f, "date", true);
        boolean dateInferred = f.bool("dateInferred");
        Ref source = ref(f, "source", true);
        List<Ref> confirmedBy = refs(f, "confirmedBy", false);
        String note = f.optionalString("note").orElse(null);
        return date == null || source == null ? null
                : new Dated(date, dateInferred, source, confirmedBy, note, f.pos());
    }

    Optional<Event> event(JNode node, String path, org.officialvoices.diag.Diagnostics d) {
        Optional<ObjectFields> of = fields(node, path, d, "event", EVENT_FIELDS);
        if (of.isEmpty()) {
            return Optional.empty();
        }
        ObjectFields f = of.get();
        PartialDate date = date(f, "date", true);
        boolean dateInferred = f.bool("dateInferred");
        String text = f.requiredString("text");
        Ref source = ref(f, "source", true);
        String note = f.optionalString("note").orElse(null);
        return date == null || text == null || source == null ? Optional.empty()
                : Optional.of(new Event(date, dateInferred, text, source, note, f.pos()));
    }

    /** A disagreement between sources: what it is about and at least two claims, each with its source. */
    Optional<Disagreement> disagreement(JNode node, String path, org.officialvoices.diag.Diagnostics d) {
        Optional<ObjectFields> of = ObjectFields.of(node, path, d, "disagreement", DISAGREEMENT_FIELDS);
        if (of.isEmpty()) {
            return Optional.empty();
        }
        ObjectFields f = of.get();
        String about = f.requiredString("about");
        List<Disagreement.Claim> claims = new ArrayList<>();
        List<JNode> items = f.array("claims", true);
        for (JNode item : items) {
            ObjectFields.of(item, path, d, "claim", CLAIM_FIELDS).ifPresent(c -> {
                String says = c.requiredString("says");
                Ref source = ref(c, "source", true);
                if (says != null && source != null) {
                    claims.add(new Disagreement.Claim(says, source));
                }
            });
        }
        if (f.node("claims").isPresent() && items.size() < 2) {
            d.error(path, f.pos("claims"), "a disagreement needs at least two claims, found " + items.size(),
                    "list what each source says: \"claims\": [{\"says\": ..., \"source\": ...}, ...]");
        }
        String note = f.optionalString("note").orElse(null);
        return about == null || claims.size() < 2 ? Optional.empty()
                : Optional.of(new Disagreement(about, claims, note, f.pos()));
    }
}
