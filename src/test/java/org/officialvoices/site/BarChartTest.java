package org.officialvoices.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.officialvoices.content.Metric;
import org.officialvoices.content.Observation;
import org.officialvoices.content.PartialDate;
import org.officialvoices.content.Period;
import org.officialvoices.content.Qualifier;
import org.officialvoices.content.Ref;
import org.officialvoices.content.Source;
import org.officialvoices.diag.Pos;

class BarChartTest {

    private static final Source SOURCE = new Source("s", Pos.START, "Paper", "Title", false, null, PartialDate.parse("2020"),
            false, "https://example.org/s", null, null, null, null);

    private static Observation observation(Metric metric, long value, Qualifier qualifier) {
        return new Observation(metric, BigDecimal.valueOf(value), qualifier, PartialDate.parse("2020-04"), false, false,
                false, new Ref("s", Pos.START), null, Pos.START);
    }

    private static BarChart.Item item(String label, long value, Qualifier qualifier) {
        return new BarChart.Item(label, observation(Metric.FOLLOWERS, value, qualifier), SOURCE);
    }

    private static BarChart.Item counted(String label, long value, String from, String to) {
        return new BarChart.Item(label, observation(Metric.ACCOUNTS, value, Qualifier.EXACT), SOURCE,
                new Period(from == null ? null : PartialDate.parse(from), PartialDate.parse(to), Pos.START));
    }

    private static Scale scale(long... values) {
        return Scale.of(Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList(), Metric.Unit.COUNT);
    }

    @ParameterizedTest
    @CsvSource({"57, 100", "100, 100", "101, 200", "14000000, 20000000", "9000, 10000", "0.7, 1", "3, 5"})
    void axisEndsAtARoundNumberAtOrAboveTheLargestValue(BigDecimal max, BigDecimal expected) {
        assertThat(BarChart.niceCeiling(max)).isEqualByComparingTo(expected);
    }

    @Test
    void aSpanOfAtMostAHundredTimesKeepsALinearAxisFromZero() {
        Scale scale = scale(100, 10_000);
        assertThat(scale.logarithmic()).isFalse();
        assertThat(scale.ticks()).extracting(Scale.Tick::label).containsExactly("0", "2.5k", "5k", "7.5k", "10k");
        assertThat(scale.fraction(BigDecimal.valueOf(100))).isEqualTo(0.01);
    }

    @Test
    void aSpanOfMoreThanAHundredTimesGetsALogarithmicAxisBetweenPowersOfTenAndSaysSo() {
        Scale scale = scale(99, 10_000);
        assertThat(scale.logarithmic()).isTrue();
        assertThat(scale.ticks()).extracting(Scale.Tick::label, Scale.Tick::fraction)
                .containsExactly(tuple("10", 0.0), tuple("100", 1 / 3.0), tuple("1k", 2 / 3.0), tuple("10k", 1.0));
        assertThat(scale.fraction(BigDecimal.valueOf(1000))).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aSmallestValueThatIsAPowerOfTenStillGetsABar() {
        Scale scale = scale(1000, 14_000_000);
        assertThat(scale.low()).isEqualByComparingTo("100");
        assertThat(scale.high()).isEqualByComparingTo("100000000");
        assertThat(scale.fraction(BigDecimal.valueOf(1000))).isGreaterThan(0.1);
    }

    @Test
    void aZeroAmongTheValuesKeepsTheAxisLinearAsZeroHasNoLogarithm() {
        assertThat(scale(0, 5, 1_000_000).logarithmic()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "950, 950", "1000, 1k", "2500, 2.5k", "12600000, 12.6M", "854000000, 854M", "1500000000, 1.5B"})
    void tickLabelsAreShortEnoughForAPhone(BigDecimal value, String expected) {
        assertThat(Scale.compact(value, Metric.Unit.COUNT)).isEqualTo(expected);
    }

    @Test
    void stateMediaAndDiplomatsGetALogScaleOnWhichTheSmallestBarIsStillVisible() {
        BarChart chart = BarChart.of("c", "Followers", List.of(item("CGTN", 14_000_000, Qualifier.EXACT),
                item("Chen Bo", 9_000, Qualifier.MORE_THAN)));
        assertThat(chart.scale().logarithmic()).isTrue();
        assertThat(chart.scale().ticks()).extracting(Scale.Tick::label)
                .containsExactly("1k", "10k", "100k", "1M", "10M", "100M");
        assertThat(chart.bars()).extracting(BarChart.Bar::label, BarChart.Bar::value, BarChart.Bar::width)
                .containsExactly(tuple("CGTN", "14,000,000", "77.95%"), tuple("Chen Bo", "more than 9,000", "17.94%"));
        // On a linear axis Chen Bo would be 9,000 / 20,000,000 of the width: a thousandth of a phone's 330 px
        assertThat(chart.bars().get(1).fraction() * BarChart.SPAN / 100 * 330).isGreaterThan(50);
        assertThat(chart.sources()).containsExactly(SOURCE);
    }

    @Test
    void marksFollowTheSourcesHedgingAndTheLegendExplainsOnlyThoseUsed() {
        BarChart chart = BarChart.of("c", "Followers", List.of(item("Exact", 500, Qualifier.EXACT),
                item("About", 400, Qualifier.APPROXIMATE), item("More", 300, Qualifier.MORE_THAN)));
        assertThat(chart.bars()).extracting(b -> b.marks().classes("bar"))
                .containsExactly("bar", "bar bar-hedged", "bar bar-hedged bar-above");
        assertThat(chart.legend()).isEqualTo(new Marks.Legend(true, true, true, false));

        BarChart less = BarChart.of("d", "Followers", List.of(item("Less", 300, Qualifier.LESS_THAN)));
        assertThat(less.bars().get(0).marks().classes("bar")).isEqualTo("bar bar-hedged bar-below");
        assertThat(less.legend()).isEqualTo(new Marks.Legend(false, true, false, true));

        assertThat(BarChart.of("e", "Followers", List.of(item("Exact", 500, Qualifier.EXACT))).legend().needed()).isFalse();
    }

    @Test
    void periodsOfUnequalLengthAreLabelledWithTheirLengthAndNoted() {
        BarChart chart = BarChart.of("c", "Joined", List.of(counted("Before", 30, null, "2018"),
                counted("In 2019", 57, "2019", "2019"), counted("Early 2020", 20, "2020-01", "2020-04")));
        assertThat(chart.bars()).extracting(BarChart.Bar::period)
                .containsExactly("before 2019 (start not given)", "2019 (full year)", "Jan–Apr 2020 (4 months)");
        assertThat(chart.periodNote()).isEqualTo(Words.packed(Lang.EN).t("bar-chart.periods"));
    }

    @Test
    void periodsOfEqualLengthNeedNoLabel() {
        BarChart chart = BarChart.of("c", "Joined", List.of(counted("2018", 30, "2018", "2018"), counted("2019", 57, "2019", "2019")));
        assertThat(chart.bars()).extracting(BarChart.Bar::period).containsOnlyNulls();
        assertThat(chart.periodNote()).isNull();
        assertThat(BarChart.of("d", "Followers", List.of(item("A", 1, Qualifier.EXACT))).periodNote()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2019    | 2019    | 2019 (full year)",
        "2017    | 2019    | 2017–2019 (3 years)",
        "2020-01 | 2020-04 | Jan–Apr 2020 (4 months)",
        "2019-11 | 2020-02 | Nov 2019–Feb 2020 (4 months)",
        "2020-03 | 2020-03 | March 2020 (1 month)",
        "        | 2018    | before 2019 (start not given)",
        "        | 2018-06 | up to June 2018 (start not given)",
    })
    void periodsAreWrittenWithTheirLength(String from, String to, String expected) {
        assertThat(Format.period(new Period(from == null ? null : PartialDate.parse(from), PartialDate.parse(to), Pos.START)))
                .isEqualTo(expected);
    }
}
