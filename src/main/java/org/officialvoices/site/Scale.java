package org.officialvoices.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.officialvoices.content.Metric;

/**
 * How a chart maps values to lengths: linear from zero up to a round number, or logarithmic between powers of ten
 * when the values span more than {@link #LOG_SPAN} times (a linear axis would draw the smallest as a sliver). The
 * choice depends only on the values, so the same data always gets the same axis.
 *
 * @param logarithmic true for a log axis; its ticks are then powers of ten
 * @param ticks       gridlines, from the low end to the high end
 */
public record Scale(boolean logarithmic, BigDecimal low, BigDecimal high, List<Tick> ticks) {

    /** Values whose largest is more than this many times the smallest get a logarithmic axis. */
    static final BigDecimal LOG_SPAN = BigDecimal.valueOf(100);

    /** A gridline: its label (compact, such as {@code 10M}) and where it falls, 0 at the low end and 1 at the high. */
    public record Tick(String label, double fraction) {
    }

    public Scale {
        ticks = List.copyOf(ticks);
    }

    /**
     * The axis for {@code values} of {@code unit}: logarithmic when every value is above zero and the largest is more
     * than 100 times the smallest, else linear from zero; its tick labels as {@code words} writes them ({@link #label}).
     */
    static Scale of(List<BigDecimal> values, Metric.Unit unit, Words words) {
        BigDecimal min = values.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        BigDecimal max = values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        if (min.signum() > 0 && max.compareTo(min.multiply(LOG_SPAN)) > 0) {
            return logarithmic(min, max, unit, words);
        }
        return linear(max, unit, words);
    }

    /** {@link #of(List, Metric.Unit, Words)} with English tick labels. */
    static Scale of(List<BigDecimal> values, Metric.Unit unit) {
        return of(values, unit, Words.packed(Lang.EN));
    }

    private static Scale linear(BigDecimal max, Metric.Unit unit, Words words) {
        BigDecimal top = BarChart.niceCeiling(max);
        List<Tick> ticks = new ArrayList<>();
        for (int t = 0; t <= 4; t++) {
            BigDecimal value = top.multiply(BigDecimal.valueOf(t)).divide(BigDecimal.valueOf(4), 6, RoundingMode.HALF_UP);
            ticks.add(new Tick(label(value, unit, words), t / 4.0));
        }
        return new Scale(false, BigDecimal.ZERO, top, ticks);
    }

    /** From the power of ten at or below the smallest value (one lower if it is exactly one) to the one at or above the largest. */
    private static Scale logarithmic(BigDecimal min, BigDecimal max, Metric.Unit unit, Words words) {
        int lowExp = exponent(min) - (isPowerOfTen(min) ? 1 : 0);
        int highExp = exponent(max) + (isPowerOfTen(max) ? 0 : 1);
        List<Tick> ticks = new ArrayList<>();
        for (int e = lowExp; e <= highExp; e++) {
            ticks.add(new Tick(label(BigDecimal.ONE.scaleByPowerOfTen(e), unit, words), (double) (e - lowExp) / (highExp - lowExp)));
        }
        return new Scale(true, BigDecimal.ONE.scaleByPowerOfTen(lowExp), BigDecimal.ONE.scaleByPowerOfTen(highExp), ticks);
    }

    /** Where {@code value} falls, 0 at the low end and 1 at the high end (values outside are clamped). */
    double fraction(BigDecimal value) {
        double f;
        if (logarithmic) {
            double low = Math.log10(this.low.doubleValue());
            f = (Math.log10(Math.max(value.doubleValue(), Double.MIN_NORMAL)) - low) / (Math.log10(high.doubleValue()) - low);
        } else {
            f = value.doubleValue() / high.doubleValue();
        }
        return Math.max(0, Math.min(1, f));
    }

    /** Whether a tick label is shortened with k, M or B, so the axis needs a key to them. */
    public boolean abbreviated() {
        return ticks.stream().anyMatch(t -> t.label().endsWith("k") || t.label().endsWith("M") || t.label().endsWith("B"));
    }

    /** floor(log10(v)) for v > 0, exactly. */
    private static int exponent(BigDecimal v) {
        return v.precision() - v.scale() - 1;
    }

    private static boolean isPowerOfTen(BigDecimal v) {
        return v.stripTrailingZeros().unscaledValue().equals(java.math.BigInteger.ONE);
    }

    /**
     * A tick label as {@code words} writes it: in English {@link #compact}; in Chinese a count in 万 or 亿 as
     * {@link Words#readable} writes it ({@code 1000万}, {@code 1.25亿}), which needs no key to abbreviations.
     */
    static String label(BigDecimal value, Metric.Unit unit, Words words) {
        return words.lang() == Lang.EN || unit == Metric.Unit.PERCENT ? compact(value, unit) : words.readable(value.stripTrailingZeros());
    }

    /** A tick label short enough for a phone: {@code 1.5M}, {@code 20k}, {@code 0.5}, {@code 25%}. */
    static String compact(BigDecimal value, Metric.Unit unit) {
        if (unit == Metric.Unit.PERCENT) {
            return Format.number(value.stripTrailingZeros()) + "%";
        }
        String[] suffixes = {"B", "M", "k"};
        int[] exponents = {9, 6, 3};
        for (int i = 0; i < suffixes.length; i++) {
            if (value.abs().compareTo(BigDecimal.ONE.scaleByPowerOfTen(exponents[i])) >= 0) {
                BigDecimal scaled = value.scaleByPowerOfTen(-exponents[i]).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
                return scaled.toPlainString() + suffixes[i];
            }
        }
        return Format.number(value.stripTrailingZeros());
    }

    /** A fraction as an SVG percentage within {@code span} percent of the width, such as {@code 45.25%}. */
    static String percent(double fraction, double span) {
        return String.format(Locale.ROOT, "%.2f%%", fraction * span);
    }
}
