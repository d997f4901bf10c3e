package org.officialvoices.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;

import org.officialvoices.content.Metric;
import org.officialvoices.content.Observation;
import org.officialvoices.content.PartialDate;
import org.officialvoices.content.Source;
import org.officialvoices.site.Rows.ObservationRow;

/**
 * One measure of one account over time, drawn at build time as an inline SVG line. Its numbers are not
 * repeated under it: the account's table of figures, just above, lists each with its date and source. A
 * date known only to the month or year is placed at the start of that period.
 */
public record LineChart(String id, String title, String axisLabel, List<Point> points, List<Tick> xTicks,
        List<Tick> yTicks, List<Source> sources) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 260;
    static final int LEFT = 90;
    static final int RIGHT = 620;
    static final int TOP = 16;
    static final int BOTTOM = 210;

    /**
     * A plotted observation.
     *
     * @param uncertain true when the figure is hedged (about, more than, nearly, less than) or inferred: drawn hollow
     */
    public record Point(int x, int y, boolean uncertain) {
    }

    /** Whether any point is hedged or inferred, so the chart needs a legend for the hollow markers. */
    public boolean hasUncertainPoints() {
        return points.stream().anyMatch(Point::uncertain);
    }

    /** An axis tick: its label and its position along the axis. */
    public record Tick(String label, int at) {
    }

    public LineChart {
        points = List.copyOf(points);
        xTicks = List.copyOf(xTicks);
        yTicks = List.copyOf(yTicks);
        sources = List.copyOf(sources);
    }

    /** The {@code points} attribute of the SVG polyline. */
    public String polyline() {
        StringBuilder b = new StringBuilder();
        points.forEach(p -> b.append(b.isEmpty() ? "" : " ").append(p.x()).append(',').append(p.y()));
        return b.toString();
    }

    /** A chart per metric that has two or more observations, in metric order. */
    static List<LineChart> of(String accountName, List<ObservationRow> rows) {
        // One pass over the rows rather than a stream per metric: this runs for every account page
        EnumMap<Metric, List<ObservationRow>> byMetric = new EnumMap<>(Metric.class);
        for (ObservationRow r : rows) {
            byMetric.computeIfAbsent(r.observation().metric(), m -> new ArrayList<>(4)).add(r);
        }
        List<LineChart> charts = new ArrayList<>();
        byMetric.forEach((metric, series) -> { // in metric order
            if (series.size() >= 2) {
                series.sort(BY_DATE); // stable, as the stream's sort was
                charts.add(of("trend-" + metric.id(), metric.label() + " of " + accountName + " over time", metric,
                        Collections.unmodifiableList(series)));
            }
        });
        return charts;
    }

    private static final Comparator<ObservationRow> BY_DATE = Comparator.comparing(r -> r.observation().date());

    private static LineChart of(String id, String title, Metric metric, List<ObservationRow> series) {
        double first = position(series.get(0).observation().date());
        double last = position(series.get(series.size() - 1).observation().date());
        int firstYear = (int) Math.floor(first);
        int lastYear = (int) Math.floor(last) + 1;
        BigDecimal top = BarChart.niceCeiling(series.stream().map(r -> r.observation().value()).max(BigDecimal::compareTo).orElseThrow());
        List<Point> points = new ArrayList<>();
        LinkedHashSet<Source> sources = new LinkedHashSet<>();
        for (ObservationRow row : series) {
            Observation o = row.observation();
            int x = LEFT + (int) Math.round((position(o.date()) - firstYear) / (lastYear - firstYear) * (RIGHT - LEFT));
            int y = BOTTOM - o.value().multiply(BigDecimal.valueOf(BOTTOM - TOP)).divide(top, 0, RoundingMode.HALF_UP).intValue();
            points.add(new Point(x, y, o.uncertain()));
            sources.add(row.source());
        }
        List<Tick> xTicks = new ArrayList<>();
        int step = Math.max(1, (lastYear - firstYear) / 6);
        for (int year = firstYear; year <= lastYear; year += step) {
            xTicks.add(new Tick(Integer.toString(year), LEFT + (year - firstYear) * (RIGHT - LEFT) / (lastYear - firstYear)));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int t = 0; t <= 4; t++) {
            String label = Format.number(top.multiply(BigDecimal.valueOf(t)).divide(BigDecimal.valueOf(4), 6, RoundingMode.HALF_UP)
                    .stripTrailingZeros()) + (metric.unit() == Metric.Unit.PERCENT ? "%" : "");
            yTicks.add(new Tick(label, BOTTOM - (BOTTOM - TOP) * t / 4));
        }
        return new LineChart(id, title, metric.label(), points, xTicks, yTicks, List.copyOf(sources));
    }

    /** A date as a fractional year, placed at the start of the period it names. */
    static double position(PartialDate d) {
        double month = d.month() == 0 ? 0 : (d.month() - 1) / 12.0;
        double day = d.day() == 0 ? 0 : (d.day() - 1) / 365.0;
        return d.year() + month + day;
    }
}
