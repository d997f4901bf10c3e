package org.officialvoices.content;

import org.officialvoices.diag.Pos;

/** A reference by id to another record, with where it was written so a dangling one can be reported there. */
public record Ref(String id, Pos pos) {

    /**
     * Shared references: files of one kind write the same reference at the same place (every account's
     * {@code "platform": "weibo"} on line 5), so at 178,700 accounts 1.4 million references were ~200,000
     * distinct values. Positions are shared instances ({@link Pos#of}), so equal references compare cheaply.
     */
    private static final Shared<Ref, Ref> SHARED = new Shared<>(1 << 20);

    /** Ids are interned: a handful of platforms, kinds and sources are referred to millions of times. */
    public Ref {
        id = id == null ? null : id.intern();
    }

    /** The reference to {@code id} written at {@code pos}, as a shared instance where one exists. */
    public static Ref of(String id, Pos pos) {
        return SHARED.get(new Ref(id, pos), ref -> ref);
    }
}
