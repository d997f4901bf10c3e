package org.officialvoices.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.officialvoices.content.Metric;
import org.officialvoices.content.Observation;
import org.officialvoices.content.PartialDate;
import org.officialvoices.content.Qualifier;
import org.officialvoices.content.Ref;
import org.officialvoices.content.Source;
import org.officialvoices.diag.Pos;
import org.officialvoices.site.Rows.ObservationRow;

class LineChartTest {

    private static final Source SOURCE = new Source("s", Pos.START, "Paper", "Title", false, null, PartialDate.parse("2020"),
            false, "https://example.org/s", null, null, null, null);

    private static ObservationRow row(Metric metric, long value, Qualifier qualifier, String date, boolean dateInferred) {
        return new ObservationRow(new Observation(metric, BigDecimal.valueOf(value), qualifier, PartialDate.parse(date), false,
                dateInferred, false, new Ref("s", Pos.START), null, Pos.START), SOURCE);
    }

    @Test
    void aChartIsDrawnForEachMeasureWithTwoOrMoreValuesInMetricOrder() {
        List<LineChart> charts = LineChart.of("Zhao", List.of(
                row(Metric.POSTS, 51_000, Qualifier.APPROXIMATE, "2019-07", false),
                row(Metric.FOLLOWERS, 200_000, Qualifier.EXACT, "2019-07", false),
                row(Metric.CLICKS, 5, Qualifier.EXACT, "2019", false),
                row(Metric.FOLLOWERS, 100_000, Qualifier.EXACT, "2018", false),
                row(Metric.POSTS, 55_000, Qualifier.MORE_THAN, "2020", false)));
        assertThat(charts).extracting(LineChart::id, LineChart::title)
                .containsExactly(tuple("trend-followers", "Followers of Zhao over time"), tuple("trend-posts", "Posts of Zhao over time"));
        // oldest first, whatever the order of the rows
        assertThat(charts.get(0).rows()).extracting(r -> r.observation().value().intValue()).containsExactly(100_000, 200_000);
    }

    @Test
    void pointsSitAcrossInPercentAndDownInPixelsOnALinearAxis() {
        LineChart chart = LineChart.of("A", List.of(row(Metric.FOLLOWERS, 0, Qualifier.EXACT, "2018", false),
                row(Metric.FOLLOWERS, 1000, Qualifier.EXACT, "2019-07", false))).get(0);
        assertThat(chart.scale().logarithmic()).isFalse();
        // 2018 to 2020 across 14 % to 96 %; 0 at the bottom (206 px), 1,000 at the top (28 px)
        assertThat(chart.points()).extracting(LineChart.Point::x, LineChart.Point::y)
                .containsExactly(tuple("14.00%", 206), tuple("75.50%", 28));
        assertThat(chart.xTicks()).extracting(LineChart.Tick::label, LineChart.Tick::x)
                .containsExactly(tuple("2018", "14.00%"), tuple("2019", "55.00%"), tuple("2020", "96.00%"));
        assertThat(chart.segments()).containsExactly(new LineChart.Segment("14.00%", 206, "75.50%", 28));
    }

    @Test
    void valuesSpanningMoreThanAHundredTimesAreDrawnOnALogAxis() {
        LineChart chart = LineChart.of("Xinhua", List.of(row(Metric.FOLLOWERS, 5_500, Qualifier.MORE_THAN, "2012-12", false),
                row(Metric.FOLLOWERS, 12_600_000, Qualifier.EXACT, "2020-05", false))).get(0);
        assertThat(chart.scale().logarithmic()).isTrue();
        assertThat(chart.scale().ticks()).extracting(Scale.Tick::label).containsExactly("1k", "10k", "100k", "1M", "10M", "100M");
        assertThat(chart.scale().ticks()).extracting(LineChart::y).containsExactly(206, 170, 135, 99, 64, 28);
        // log10(5,500) is 3.74, so 0.15 of the way from 1k to 100M
        assertThat(chart.points().get(0).y()).isEqualTo(180);
    }

    @Test
    void hedgedValuesAndInferredDatesAreHollowAndMoreThanPointsUp() {
        LineChart chart = LineChart.of("A", List.of(row(Metric.FOLLOWERS, 10, Qualifier.EXACT, "2018", false),
                row(Metric.FOLLOWERS, 20, Qualifier.EXACT, "2019", true),
                row(Metric.FOLLOWERS, 30, Qualifier.MORE_THAN, "2020", false),
                row(Metric.FOLLOWERS, 40, Qualifier.LESS_THAN, "2021", false))).get(0);
        assertThat(chart.points()).extracting(p -> p.marks().classes("point")).containsExactly("point", "point point-hedged",
                "point point-hedged point-above", "point point-hedged point-below");
        assertThat(chart.legend()).isEqualTo(new Marks.Legend(true, true, true, true));
    }
}
