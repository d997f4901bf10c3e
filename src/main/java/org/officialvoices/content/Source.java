package org.officialvoices.content;

import org.officialvoices.diag.Pos;

/**
 * A publication we cite. Publisher, author, date and URL may be unknown; {@code note} says what is missing
 * and how any inferred date was reached.
 *
 * @param titleSupplied true when the publication has no title in our copy and the title is our description
 */
public record Source(String id, Pos idPos, String publisher, String title, boolean titleSupplied, String author,
        PartialDate date, boolean dateInferred, String url, String note) {
}
