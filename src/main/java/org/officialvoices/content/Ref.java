package org.officialvoices.content;

import org.officialvoices.diag.Pos;

/**
 * A reference by id to another record, with where it was written so a dangling one can be reported there.
 * Readers share equal references within a build ({@link Interner}); two references are equal when their id
 * and position are.
 */
public record Ref(String id, Pos pos) {
}
