package org.officialvoices.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Whether an account was in use when its source described it. */
public enum Status {
    ACTIVE("active", "Active"),
    CONSIDERED("considered", "Under consideration"),
    INACTIVE("inactive", "Inactive"),
    UNKNOWN("unknown", "Unknown");

    private final String id;
    private final String label;

    Status(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<Status> byId(String id) {
        return Values.byId(VALUES, Status::id, id);
    }

    private static final Status[] VALUES = values();

    private static final List<String> IDS = Arrays.stream(values()).map(Status::id).toList();

    public static List<String> ids() {
        return IDS;
    }
}
