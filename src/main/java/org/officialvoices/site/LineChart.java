package org.officialvoices.site;

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
 * One measure of one account over time, drawn at build time as an SVG line with no view box: positions across are
 * percentages of the width and heights are pixels, so its text keeps the page's font size on a phone. A date known
 * only to the month or year is placed at the start of that period. The chart's own table lists its figures.
 *
 * @param rows the figures drawn, oldest first, for the table beside the chart
 */
public record LineChart(String id, String title, String axisLabel, Scale scale, List<Point> points, List<Tick> xTicks,
        List<ObservationRow> rows, List<Source> sources) {

    public static final int HEIGHT = 256;
    static final int TOP = 28;
    static final int BOTTOM = 206;
    /** Where the plot starts and ends across, in percent: room on the left for the value labels above the gridlines. */
    static final double LEFT = 14;
    static final double RIGHT = 96;

    /** A plotted observation: across as an SVG percentage, down in pixels. */
    public record Point(String x, int y, Marks marks) {
    }

    /** A segment of the line between two consecutive points (SVG polylines take no percentages). */
    public record Segment(String x1, int y1, String x2, int y2) {
    }

    /** A date tick: its label and its position across as an SVG percentage. */
    public record Tick(String label, String x) {
    }

    public LineChart {
        points = List.copyOf(points);
        xTicks = List.copyOf(xTicks);
        rows = List.copyOf(rows);
        sources = List.copyOf(sources);
    }

    /** The line through the points, in date order. */
    public List<Segment> segments() {
        List<Segment> segments = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            segments.add(new Segment(a.x(), a.y(), b.x(), b.y()));
        }
        return segments;
    }

    /** The height in pixels of a gridline of the value axis. */
    public static int y(Scale.Tick tick) {
        return BOTTOM - (int) Math.round(tick.fraction() * (BOTTOM - TOP));
    }

    public Marks.Legend legend() {
        return Marks.legend(rows.stream().map(ObservationRow::observation).toList(), true);
    }

    /** {@link #of(String, List, Words)} in English. */
    static List<LineChart> of(String accountName, List<ObservationRow> rows) {
        return of(accountName, rows, Words.packed(Lang.EN));
    }

    /** A chart per metric that has two or more observations, in metric order, its title and axis as {@code words} writes them. */
    static List<LineChart> of(String accountName, List<ObservationRow> rows, Words words) {
        // One pass over the rows rather than a stream per metric: this runs for every account page
        EnumMap<Metric, List<ObservationRow>> byMetric = new EnumMap<>(Metric.class);
        for (ObservationRow r : rows) {
            byMetric.computeIfAbsent(r.observation().metric(), m -> new ArrayList<>(4)).add(r);
        }
        List<LineChart> charts = new ArrayList<>();
        byMetric.forEach((metric, series) -> { // in metric order
            if (series.size() >= 2) {
                series.sort(BY_DATE); // stable, as the stream's sort was
                charts.add(of("trend-" + metric.id(), words.t("line-chart.title", words.metric(metric), accountName), metric,
                        Collections.unmodifiableList(series), words));
            }
        });
        return charts;
    }

    private static final Comparator<ObservationRow> BY_DATE = Comparator.comparing(r -> r.observation().date());

    static LineChart of(String id, String title, Metric metric, List<ObservationRow> series, Words words) {
        double first = position(series.get(0).observation().date());
        double last = position(series.get(series.size() - 1).observation().date());
        int firstYear = (int) Math.floor(first);
        int lastYear = (int) Math.floor(last) + 1;
        Scale scale = Scale.of(series.stream().map(r -> r.observation().value()).toList(), metric.unit(), words);
        List<Point> points = new ArrayList<>();
        LinkedHashSet<Source> sources = new LinkedHashSet<>();
        for (ObservationRow row : series) {
            Observation o = row.observation();
            double across = (position(o.date()) - firstYear) / (lastYear - firstYear);
            int y = BOTTOM - (int) Math.round(scale.fraction(o.value()) * (BOTTOM - TOP));
            points.add(new Point(across(across), y, Marks.of(o, true)));
            sources.add(row.source());
        }
        List<Tick> xTicks = new ArrayList<>();
        int step = Math.max(1, (int) Math.ceil((lastYear - firstYear) / 5.0)); // at most six labels: they fit at 360 px
        for (int year = firstYear; year <= lastYear; year += step) {
            xTicks.add(new Tick(Integer.toString(year), across((double) (year - firstYear) / (lastYear - firstYear))));
        }
        return new LineChart(id, title, words.metric(metric), scale, points, xTicks, series, List.copyOf(sources));
    }

    private static String across(double fraction) {
        return Scale.percent(LEFT / 100 + fraction * (RIGHT - LEFT) / 100, 100);
    }

    /** A date as a fractional year, placed at the start of the period it names. */
    static double position(PartialDate d) {
        double month = d.month() == 0 ? 0 : (d.month() - 1) / 12.0;
        double day = d.day() == 0 ? 0 : (d.day() - 1) / 365.0;
        return d.year() + month + day;
    }
}
