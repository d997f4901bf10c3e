package org.officialvoices.content;

import org.officialvoices.diag.Pos;

/** A date with its source, such as when an account opened; {@code note} gives the reason for an inferred date. */
public record Dated(PartialDate date, boolean dateInferred, Ref source, String note, Pos pos) {
}
