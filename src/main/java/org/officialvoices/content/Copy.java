package org.officialvoices.content;

/**
 * Another copy of a source: the republication we actually read, or an archived snapshot.
 *
 * @param publisher who published the copy; null for an archived snapshot
 * @param date      when the copy was published or archived; null when unknown
 */
public record Copy(String url, String publisher, PartialDate date) {
}
