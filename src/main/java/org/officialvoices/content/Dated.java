package org.officialvoices.content;

/** A date with its source, such as when an account opened; {@code note} explains an inferred date. */
public record Dated(PartialDate date, boolean inferred, Ref source, String note) {
}
