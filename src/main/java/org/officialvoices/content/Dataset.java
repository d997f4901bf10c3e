package org.officialvoices.content;

import java.util.List;

import org.officialvoices.diag.Pos;

/** A named collection of accounts and aggregate figures, from {@code datasets/<id>.json}. */
public record Dataset(String id, Pos idPos, String title, String summary, List<Ref> sources, List<Ref> accounts,
        List<Figure> figures, List<ChartSpec> charts, List<Disagreement> disagreements, String path) {

    public Dataset {
        sources = List.copyOf(sources);
        accounts = List.copyOf(accounts);
        figures = List.copyOf(figures);
        charts = List.copyOf(charts);
        disagreements = List.copyOf(disagreements);
    }
}
