package org.officialvoices.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.officialvoices.content.Metric;
import org.officialvoices.content.Observation;
import org.officialvoices.content.Source;

/**
 * A horizontal bar chart drawn at build time as inline SVG, with its geometry worked out here so the
 * template only places shapes. The same numbers go into a table for screen readers and for copying.
 *
 * @param id     unique within its page, for {@code aria-labelledby}
 * @param height the SVG's height in view-box units; its width is always {@link #WIDTH}
 */
public record BarChart(String id, String title, String axisLabel, List<Bar> bars, List<Tick> ticks, List<Source> sources,
        int height) {

    public static final int WIDTH = 640;
    static final int ROW = 44;
    static final int PLOT = 520;
    static final int TOP = 8;

    /**
     * One bar: its label, what the reader sees as its value, and its geometry.
     *
     * @param observation the figure drawn, for the flags shown in the table beside the chart
     */
    public record Bar(String label, String value, Source source, int y, int width, Observation observation) {

        /**
         * The value is hedged by its source or inferred: drawn hollow with a dashed outline, as the legend says. An
         * inferred date does not change the bar's length; the table beside the chart flags it.
         */
        public boolean uncertain() {
            return observation.valueUncertain();
        }
    }

    /** Whether any bar is hedged or inferred, so the chart needs a legend for the hollow bars. */
    public boolean hasUncertainBars() {
        return bars.stream().anyMatch(Bar::uncertain);
    }

    /** A tick on the value axis. */
    public record Tick(String label, int x) {
    }

    public BarChart {
        bars = List.copyOf(bars);
        ticks = List.copyOf(ticks);
        sources = List.copyOf(sources);
    }

    /** The y of the value axis, below the last bar. */
    public int axisY() {
        return TOP + bars.size() * ROW;
    }

    /** One labelled observation to draw. */
    record Item(String label, Observation observation, Source source) {
    }

    static BarChart of(String id, String title, List<Item> items) {
        BigDecimal max = items.stream().map(i -> i.observation().value()).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        BigDecimal top = niceCeiling(max);
        List<Bar> bars = new ArrayList<>();
        LinkedHashSet<Source> sources = new LinkedHashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int width = item.observation().value().multiply(BigDecimal.valueOf(PLOT)).divide(top, 0, RoundingMode.HALF_UP).intValue();
            bars.add(new Bar(item.label(), Format.value(item.observation()), item.source(), TOP + i * ROW,
                    Math.max(width, 1), item.observation()));
            sources.add(item.source());
        }
        List<Tick> ticks = new ArrayList<>();
        for (int t = 0; t <= 4; t++) {
            BigDecimal value = top.multiply(BigDecimal.valueOf(t)).divide(BigDecimal.valueOf(4), 6, RoundingMode.HALF_UP);
            String label = Format.number(value.stripTrailingZeros());
            if (!items.isEmpty() && items.get(0).observation().metric().unit() == Metric.Unit.PERCENT) {
                label += "%";
            }
            ticks.add(new Tick(label, PLOT * t / 4));
        }
        String axis = items.isEmpty() ? "" : items.get(0).observation().metric().label();
        return new BarChart(id, title, axis, bars, ticks, List.copyOf(sources), TOP + items.size() * ROW + 48);
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
