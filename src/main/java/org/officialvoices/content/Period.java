package org.officialvoices.content;

import java.util.Objects;

import org.officialvoices.diag.Pos;

/**
 * The span of time a count covers, such as accounts created from January to April 2020: {@code from} and {@code to}
 * as precise as the source gives them, both inclusive. {@code from} is null when the source gives no start ("before
 * 2019").
 */
public record Period(PartialDate from, PartialDate to, Pos pos) {

    public Period {
        Objects.requireNonNull(to, "to");
    }

    /** Whole calendar months covered, counting a year-only date as all its months; -1 when the start is not given. */
    public int months() {
        if (from == null) {
            return -1;
        }
        int start = from.year() * 12 + (from.month() == 0 ? 1 : from.month());
        int end = to.year() * 12 + (to.month() == 0 ? 12 : to.month());
        return end - start + 1;
    }
}
