package org.officialvoices.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How a source hedged a figure: given exactly, "about", "more than", "nearly" or "less than". */
public enum Qualifier {
    EXACT("exact", ""),
    APPROXIMATE("approximate", "about "),
    MORE_THAN("more-than", "more than "),
    NEARLY("nearly", "nearly "),
    LESS_THAN("less-than", "less than ");

    private final String id;
    private final String prefix;

    Qualifier(String id, String prefix) {
        this.id = id;
        this.prefix = prefix;
    }

    public String id() {
        return id;
    }

    /** Words put before the number for readers, e.g. {@code "about "}; empty for exact figures. */
    public String prefix() {
        return prefix;
    }

    public static Optional<Qualifier> byId(String id) {
        return Values.byId(VALUES, Qualifier::id, id);
    }

    private static final Qualifier[] VALUES = values();

    private static final List<String> IDS = Arrays.stream(values()).map(Qualifier::id).toList();

    public static List<String> ids() {
        return IDS;
    }
}
