package org.officialvoices.content;

import org.officialvoices.diag.Pos;

/**
 * Something that happened to an account on a date, told in our words, with its source.
 *
 * @param note how an inferred date was worked out; may be null when the date is read from the source
 */
public record Event(PartialDate date, boolean dateInferred, String text, Ref source, String note, Pos pos) {
}
