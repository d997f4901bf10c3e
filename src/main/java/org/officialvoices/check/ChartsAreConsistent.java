package org.officialvoices.check;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.officialvoices.content.ChartSpec;
import org.officialvoices.content.Content;
import org.officialvoices.content.Dataset;
import org.officialvoices.content.Figure;
import org.officialvoices.content.Metric;
import org.officialvoices.content.Ref;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.diag.Suggestions;

/** A dataset's chart draws figures of that dataset, all measuring the same thing, so one axis fits them. */
final class ChartsAreConsistent implements Rule {

    @Override
    public void check(Content c, Known known, Diagnostics d) {
        for (Dataset ds : c.datasets()) {
            Map<String, Figure> figures = ds.figures().stream().collect(Collectors.toMap(Figure::id, Function.identity(), (a, b) -> a));
            for (ChartSpec chart : ds.charts()) {
                Metric metric = null;
                for (Ref ref : chart.figures()) {
                    Figure figure = figures.get(ref.id());
                    if (figure == null) {
                        String hint = Suggestions.didYouMean(ref.id(), figures.keySet());
                        d.error(ds.path(), ref.pos(), "chart figure \"" + ref.id() + "\" is not a figure of this dataset",
                                hint != null ? hint : "a chart draws figures listed under \"figures\" in the same file");
                    } else if (metric != null && figure.observation().metric() != metric) {
                        d.error(ds.path(), ref.pos(), "chart figure \"" + ref.id() + "\" measures "
                                + figure.observation().metric().id() + ", not " + metric.id(),
                                "a chart has one axis: draw figures of one metric only");
                    } else {
                        metric = figure.observation().metric();
                    }
                }
            }
        }
    }
}
