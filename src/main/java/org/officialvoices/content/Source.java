package org.officialvoices.content;

import org.officialvoices.diag.Pos;

/**
 * A publication we cite, with its address. Publisher, author and date may be unknown; {@code note} says what
 * is missing and how any inferred date was reached.
 *
 * @param titleSupplied true when the publication has no title in our copy and the title is our description
 * @param url           the original publication's absolute http(s) address
 * @param readCopy      the republication we read, when we did not read the original; or null
 * @param archived      an archived snapshot of the original; or null
 */
public record Source(String id, Pos idPos, String publisher, String title, boolean titleSupplied, String author,
        PartialDate date, boolean dateInferred, String url, Copy readCopy, Copy archived, String note) {
}
