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
 * @param urlMissing    why neither the original nor any copy can be linked (a copy we read offline whose
 *                      original we searched for and did not find); null whenever there is an address
 */
public record Source(String id, Pos idPos, String publisher, String title, boolean titleSupplied, String author,
        PartialDate date, boolean dateInferred, String url, Copy readCopy, Copy archived, String urlMissing,
        String note) {

    /** Where a citation links: the original, else the copy we read; null only with {@code urlMissing}. */
    public String link() {
        return url != null ? url : readCopy != null ? readCopy.url() : null;
    }
}
