package org.officialvoices.content;

import java.util.List;

import org.officialvoices.diag.Pos;

/** A bar chart a dataset asks for: a title and the ids of its figures, drawn in the order given. */
public record ChartSpec(String title, List<Ref> figures, Pos pos) {

    public ChartSpec {
        figures = List.copyOf(figures);
    }
}
