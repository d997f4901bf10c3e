package org.officialvoices.content;

import java.util.List;

import org.officialvoices.diag.Pos;

/**
 * A date with its source, such as when an account opened; {@code note} gives the reason for an inferred date.
 * {@code confirmedBy} names other sources that report the same date, so a reader sees it corroborated.
 */
public record Dated(PartialDate date, boolean dateInferred, Ref source, List<Ref> confirmedBy, String note, Pos pos) {

    public Dated {
        confirmedBy = List.copyOf(confirmedBy);
    }
}
