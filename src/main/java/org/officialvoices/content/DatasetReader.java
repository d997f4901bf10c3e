package org.officialvoices.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.officialvoices.content.json.JNode;
import org.officialvoices.content.json.JsonTreeReader;
import org.officialvoices.content.json.ObjectFields;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.source.SourceFile;

/** Reads one {@code datasets/<id>.json} file into a {@link Dataset}. */
final class DatasetReader {

    static final Set<String> FIELDS = Set.of("id", "title", "summary", "sources", "accounts", "figures", "charts",
            "disagreements");
    static final Set<String> CHART_FIELDS = Set.of("title", "figures");
    static final Set<String> FIGURE_FIELDS = Set.of("id", "label", "period");
    static final Set<String> PERIOD_FIELDS = Set.of("from", "to");

    private DatasetReader() {
    }

    static Optional<Dataset> read(SourceFile file, Diagnostics d, Values values) {
        return JsonTreeReader.read(file, d)
                .flatMap(root -> ObjectFields.of(root, file.path(), d, "dataset", FIELDS))
                .flatMap(f -> dataset(f, file, d, values));
    }

    private static Optional<Dataset> dataset(ObjectFields f, SourceFile file, Diagnostics d, Values values) {
        String id = f.requiredString("id");
        if (id != null && !id.equals(file.stem())) {
            d.error(file.path(), f.pos("id"), "dataset id \"" + id + "\" does not match its file name",
                    "set \"id\": \"" + file.stem() + "\" (the id is the file name), or rename the file");
        }
        String title = f.requiredString("title");
        String summary = f.optionalString("summary").orElse(null);
        List<Ref> sources = values.refs(f, "sources", true);
        List<Ref> accounts = values.refs(f, "accounts", false);
        List<Figure> figures = new ArrayList<>();
        for (JNode node : f.array("figures", false)) {
            figure(node, file, d, values).ifPresent(figures::add);
        }
        List<ChartSpec> charts = new ArrayList<>();
        for (JNode node : f.array("charts", false)) {
            ObjectFields.of(node, file.path(), d, "chart", CHART_FIELDS).ifPresent(c -> {
                String chartTitle = c.requiredString("title");
                List<Ref> ids = values.refs(c, "figures", true);
                if (ids.isEmpty() && c.node("figures").isPresent()) {
                    d.error(file.path(), c.pos("figures"), "a chart needs at least one figure",
                            "list the ids of figures of this dataset, or remove the chart");
                }
                if (chartTitle != null && !ids.isEmpty()) {
                    charts.add(new ChartSpec(chartTitle, ids, c.pos()));
                }
            });
        }
        List<Disagreement> disagreements = new ArrayList<>();
        for (JNode node : f.array("disagreements", false)) {
            values.disagreement(node, file.path(), d).ifPresent(disagreements::add);
        }
        if (id == null || title == null) {
            return Optional.empty();
        }
        return Optional.of(new Dataset(id, f.pos("id"), title, summary, sources, accounts, figures, charts,
                disagreements, file.path()));
    }

    private static Optional<Figure> figure(JNode node, SourceFile file, Diagnostics d, Values values) {
        Set<String> allowed = new java.util.HashSet<>(Values.OBSERVATION_FIELDS);
        allowed.addAll(FIGURE_FIELDS);
        Optional<ObjectFields> of = Values.fields(node, file.path(), d, "figure", allowed);
        if (of.isEmpty()) {
            return Optional.empty();
        }
        ObjectFields f = of.get();
        String id = f.requiredString("id");
        String label = f.requiredString("label");
        Optional<Observation> observation = values.observation(f);
        Period period = f.node("period").flatMap(p -> period(p, file, d, values)).orElse(null);
        return id == null || label == null || observation.isEmpty() ? Optional.empty()
                : Optional.of(new Figure(id, f.pos("id"), label, observation.get(), period));
    }

    /** {@code "period": {"from": "2020-01", "to": "2020-04"}}; "from" may be left out when the source gives no start. */
    private static Optional<Period> period(JNode node, SourceFile file, Diagnostics d, Values values) {
        Optional<ObjectFields> of = ObjectFields.of(node, file.path(), d, "period", PERIOD_FIELDS);
        if (of.isEmpty()) {
            return Optional.empty();
        }
        ObjectFields p = of.get();
        PartialDate from = values.date(p, "from", false);
        PartialDate to = values.date(p, "to", true);
        if (from != null && to != null && new Period(from, to, p.pos()).months() < 1) {
            d.error(file.path(), p.pos("from"), "period starts (" + from.iso() + ") after it ends (" + to.iso() + ")",
                    "\"from\" is the first month or year the count covers and \"to\" the last, both included");
            return Optional.empty();
        }
        return to == null ? Optional.empty() : Optional.of(new Period(from, to, p.pos()));
    }
}
