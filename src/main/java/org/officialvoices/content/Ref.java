package org.officialvoices.content;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.officialvoices.diag.Pos;

/** A reference by id to another record, with where it was written so a dangling one can be reported there. */
public record Ref(String id, Pos pos) {

    /**
     * Shared references: files of one kind write the same reference at the same place (every account's
     * {@code "platform": "weibo"} on line 5), so at 178,700 accounts 1.4 million references were ~40,000
     * distinct values. Positions are shared instances ({@link Pos#of}), so equal references compare cheaply.
     */
    private static final Map<Ref, Ref> SHARED = new ConcurrentHashMap<>();
    /** Past this many, new references are no longer shared, so the table cannot grow without bound. */
    private static final int SHARED_LIMIT = 1 << 20;

    /** Ids are interned: a handful of platforms, kinds and sources are referred to millions of times. */
    public Ref {
        id = id == null ? null : id.intern();
    }

    /** The reference to {@code id} written at {@code pos}, as a shared instance where one exists. */
    public static Ref of(String id, Pos pos) {
        Ref ref = new Ref(id, pos);
        Ref shared = SHARED.get(ref);
        if (shared != null) {
            return shared;
        }
        if (SHARED.size() < SHARED_LIMIT) {
            shared = SHARED.putIfAbsent(ref, ref);
        }
        return shared == null ? ref : shared;
    }
}
