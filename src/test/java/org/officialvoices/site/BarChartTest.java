package org.officialvoices.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.officialvoices.content.Metric;
import org.officialvoices.content.Observation;
import org.officialvoices.content.PartialDate;
import org.officialvoices.content.Qualifier;
import org.officialvoices.content.Ref;
import org.officialvoices.content.Source;
import org.officialvoices.diag.Pos;

class BarChartTest {

    private static final Source SOURCE = new Source("s", Pos.START, "Paper", "Title", false, null, PartialDate.parse("2020"),
            false, "https://example.org/s", null, null, null, null);

    private static BarChart.Item item(String label, long value, Qualifier qualifier) {
        return new BarChart.Item(label, new Observation(Metric.FOLLOWERS, BigDecimal.valueOf(value), qualifier,
                PartialDate.parse("2020-04"), false, false, false, new Ref("s", Pos.START), null, Pos.START), SOURCE);
    }

    @ParameterizedTest
    @CsvSource({"57, 100", "100, 100", "101, 200", "14000000, 20000000", "9000, 10000", "0.7, 1", "3, 5"})
    void axisEndsAtARoundNumberAtOrAboveTheLargestValue(BigDecimal max, BigDecimal expected) {
        assertThat(BarChart.niceCeiling(max)).isEqualByComparingTo(expected);
    }

    @Test
    void barsAreScaledToTheAxisAndKeepTheSourcesHedging() {
        BarChart chart = BarChart.of("c", "Followers", List.of(item("Big", 14_000_000, Qualifier.EXACT),
                item("Small", 9_000, Qualifier.MORE_THAN)));
        assertThat(chart.bars()).extracting(BarChart.Bar::label, BarChart.Bar::value, BarChart.Bar::width, BarChart.Bar::uncertain)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Big", "14,000,000", 364, false),
                        org.assertj.core.groups.Tuple.tuple("Small", "more than 9,000", 1, true));
        assertThat(chart.hasUncertainBars()).isTrue();
        assertThat(chart.ticks()).extracting(BarChart.Tick::label)
                .containsExactly("0", "5,000,000", "10,000,000", "15,000,000", "20,000,000");
        assertThat(chart.axisLabel()).isEqualTo("Followers");
        assertThat(chart.sources()).containsExactly(SOURCE);
        assertThat(chart.height()).isEqualTo(8 + 2 * 44 + 48);
    }
}
