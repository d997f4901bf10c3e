package org.officialvoices.content;

import org.officialvoices.diag.Pos;

/** A reference by id to another record, with where it was written so a dangling one can be reported there. */
public record Ref(String id, Pos pos) {

    /** Ids are interned: a handful of platforms, kinds and sources are referred to millions of times. */
    public Ref {
        id = id == null ? null : id.intern();
    }
}
