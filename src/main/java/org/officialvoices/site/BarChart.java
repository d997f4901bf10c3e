package org.officialvoices.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.officialvoices.content.Metric;
import org.officialvoices.content.Observation;
import org.officialvoices.content.Period;
import org.officialvoices.content.Source;

/**
 * A horizontal bar chart drawn at build time. Its text (labels, values, ticks) is HTML or SVG text at the page's
 * own font size, never scaled down with a view box, so it stays readable on a phone; bar lengths are percentages of
 * the width. The same numbers go into a table for screen readers and for copying.
 *
 * @param id         unique within its page, for {@code aria-labelledby}
 * @param scale      linear, or logarithmic when the figures span more than 100 times
 * @param periodNote set when the bars count periods of unequal length, to say so; else null
 */
public record BarChart(String id, String title, String axisLabel, List<Bar> bars, Scale scale, String periodNote,
        List<Source> sources) {

    /** Percent of the width the axis spans; the rest leaves room for the arrowhead of a "more than" bar. */
    static final double SPAN = 94;

    /**
     * One bar: its label, the period it counts (or null), what the reader sees as its value, and its length.
     *
     * @param fraction    of the axis, 0 to 1
     * @param observation the figure drawn, for the marks and for the flags in the table beside the chart
     */
    public record Bar(String label, String period, String value, Source source, double fraction, Observation observation) {

        /** The bar's width as an SVG percentage; at least 0.3 % so that a small value still shows. */
        public String width() {
            return Scale.percent(Math.max(fraction, 0.003), SPAN);
        }

        /** Marks of this bar's figure. */
        public Marks marks() {
            return Marks.of(observation);
        }
    }

    public BarChart {
        bars = List.copyOf(bars);
        sources = List.copyOf(sources);
    }

    /** Every kind of mark some bar carries, for the legend. */
    public Marks.Legend legend() {
        return Marks.legend(bars.stream().map(Bar::observation).toList(), false);
    }

    /** A gridline's position as an SVG percentage. */
    public static String at(Scale.Tick tick) {
        return Scale.percent(tick.fraction(), SPAN);
    }

    /** One labelled observation to draw, with the period it counts if it is a count over a span of time. */
    record Item(String label, Observation observation, Source source, Period period) {

        Item(String label, Observation observation, Source source) {
            this(label, observation, source, null);
        }
    }

    /** {@link #of(String, String, List, Words)} in English. */
    static BarChart of(String id, String title, List<Item> items) {
        return of(id, title, items, Words.packed(Lang.EN));
    }

    /** The chart of {@code items}, its values, periods, axis and notes written as {@code words} writes them. */
    static BarChart of(String id, String title, List<Item> items, Words words) {
        Metric.Unit unit = items.isEmpty() ? Metric.Unit.COUNT : items.get(0).observation().metric().unit();
        Scale scale = Scale.of(items.stream().map(i -> i.observation().value()).toList(), unit, words);
        boolean unequal = unequalPeriods(items);
        List<Bar> bars = new ArrayList<>();
        LinkedHashSet<Source> sources = new LinkedHashSet<>();
        for (Item item : items) {
            String period = unequal && item.period() != null ? words.period(item.period()) : null;
            bars.add(new Bar(item.label(), period, words.value(item.observation()), item.source(),
                    scale.fraction(item.observation().value()), item.observation()));
            sources.add(item.source());
        }
        String axis = items.isEmpty() ? "" : words.metric(items.get(0).observation().metric());
        return new BarChart(id, title, axis, bars, scale, unequal ? words.t("bar-chart.periods") : null, List.copyOf(sources));
    }

    /** True when some bars count periods and those periods are not all the same length (an open start counts as unequal). */
    static boolean unequalPeriods(List<Item> items) {
        Set<Integer> lengths = new TreeSet<>();
        for (Item item : items) {
            lengths.add(item.period() == null ? 0 : item.period().months());
        }
        return lengths.size() > 1 || lengths.contains(-1);
    }

    /** The smallest 1, 2 or 5 times a power of ten at or above {@code max}: round numbers for the axis. */
    static BigDecimal niceCeiling(BigDecimal max) {
        if (max.signum() <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(max.precision() - max.scale() - 1);
        for (int step : new int[] {1, 2, 5, 10}) {
            BigDecimal candidate = power.multiply(BigDecimal.valueOf(step));
            if (candidate.compareTo(max) >= 0) {
                return candidate;
            }
        }
        return power.multiply(BigDecimal.TEN);
    }
}
