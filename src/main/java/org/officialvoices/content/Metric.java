package org.officialvoices.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a figure measures. The list is closed so that a typo is an error, not a new metric. */
public enum Metric {
    FOLLOWERS("followers", "Followers", Unit.COUNT),
    POSTS("posts", "Posts", Unit.COUNT),
    POSTS_PER_DAY("posts-per-day", "Posts per day", Unit.COUNT),
    CLICKS("clicks", "Clicks", Unit.COUNT),
    CHANNELS("channels", "Channels", Unit.COUNT),
    CHANGE_PERCENT("change-percent", "Change", Unit.PERCENT),
    USERS("users", "Users", Unit.COUNT),
    ACCOUNTS("accounts", "Accounts", Unit.COUNT),
    RESPONDENTS("respondents", "Respondents", Unit.COUNT),
    SHARE_PERCENT("share-percent", "Share", Unit.PERCENT);

    /** How a value is written: a plain count or a percentage. */
    public enum Unit { COUNT, PERCENT }

    private final String id;
    private final String label;
    private final Unit unit;

    Metric(String id, String label, Unit unit) {
        this.id = id;
        this.label = label;
        this.unit = unit;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    public static Optional<Metric> byId(String id) {
        return Values.byId(VALUES, Metric::id, id);
    }

    private static final Metric[] VALUES = values();

    private static final List<String> IDS = Arrays.stream(values()).map(Metric::id).toList();

    public static List<String> ids() {
        return IDS;
    }
}
