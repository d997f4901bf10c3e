package org.officialvoices.content;

/** Something that happened to an account on a date, told in our words, with its source. */
public record Event(PartialDate date, boolean inferred, String text, Ref source) {
}
