package org.officialvoices.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialDateTest {

    @ParameterizedTest
    @CsvSource({"2019, YEAR, 2019", "2019-05, MONTH, May 2019", "2019-05-20, DAY, 20 May 2019", "2016-02-29, DAY, 29 February 2016"})
    void writtenFormIsThePrecision(String text, PartialDate.Precision precision, String display) {
        PartialDate date = PartialDate.parse(text);
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.display()).isEqualTo(display);
        assertThat(date.iso()).isEqualTo(text);
    }

    /** Every date of the range has its own written forms, and writes them the same each time. */
    @Test
    void everyDateOfTheRangeKeepsItsOwnWrittenForms() {
        java.time.format.DateTimeFormatter dayMonthYear = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (java.time.LocalDate d = java.time.LocalDate.of(1900, 1, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
            for (PartialDate date : List.of(new PartialDate(d.getYear(), 0, 0), new PartialDate(d.getYear(), d.getMonthValue(), 0),
                    new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth()))) {
                String expectedIso = date.precision() == PartialDate.Precision.DAY ? d.toString()
                        : date.precision() == PartialDate.Precision.MONTH ? d.toString().substring(0, 7) : Integer.toString(d.getYear());
                assertThat(date.iso()).isEqualTo(expectedIso);
                assertThat(date.iso()).isEqualTo(date.iso());
                if (date.precision() == PartialDate.Precision.DAY) {
                    assertThat(date.display()).isEqualTo(d.format(dayMonthYear));
                }
                seen.add(date.iso() + "|" + date.display());
            }
        }
        assertThat(seen).hasSize(73_414 + 201 * 12 + 201); // days of 1900-2100, their months, their years
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2019-02-29 | "2019-02-29" is not a real date (Invalid date 'February 29' as '2019' is not a leap year)
            2019-13    | "2019-13" is not a real date (Invalid value for MonthOfYear: 13)
            19-05      | "19-05" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD
            May 2019   | "May 2019" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD
            1850       | "1850" is not a real date (year 1850 is outside 1900–2100)
            """)
    void impossibleDatesAreRefusedWithAReason(String text, String message) {
        assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(DateTimeException.class).hasMessage(message);
    }

    @Test
    void coarserDatesSortBeforeFinerOnesWithinThem() {
        List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.parse("2019-05-20"), PartialDate.parse("2019"),
                PartialDate.parse("2018-12"), PartialDate.parse("2019-05")));
        Collections.sort(dates);
        assertThat(dates).extracting(PartialDate::iso).containsExactly("2018-12", "2019", "2019-05", "2019-05-20");
    }

    @Test
    void datesAreEqualWhenYearMonthAndDayAre() {
        assertThat(PartialDate.parse("2019-05")).isEqualTo(new PartialDate(2019, 5, 0))
                .hasSameHashCodeAs(new PartialDate(2019, 5, 0)).hasToString("2019-05");
        assertThat(PartialDate.parse("2019-05")).isNotEqualTo(PartialDate.parse("2019-05-01"))
                .isNotEqualTo(PartialDate.parse("2019")).isNotEqualTo("2019-05");
        assertThat(new java.util.HashSet<>(List.of(PartialDate.parse("2019"), new PartialDate(2019, 0, 0)))).hasSize(1);
    }
}
