package org.officialvoices.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class FormatTest {

    private static final DecimalFormat REFERENCE = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ENGLISH));

    @Test
    void wholeNumbersAreGroupedByThousands() {
        assertThat(Format.number(new BigDecimal("7900000"))).isEqualTo("7,900,000");
        assertThat(Format.number(new BigDecimal("999"))).isEqualTo("999");
        assertThat(Format.number(new BigDecimal("1000"))).isEqualTo("1,000");
        assertThat(Format.number(new BigDecimal("-1234"))).isEqualTo("-1,234");
        assertThat(Format.number(new BigDecimal("0"))).isEqualTo("0");
        assertThat(Format.number(new BigDecimal("7.9E+6"))).isEqualTo("7,900,000");
        assertThat(Format.number(new BigDecimal("2.5"))).isEqualTo("2.5");
        assertThat(Format.number(new BigDecimal("25.0"))).isEqualTo("25");
    }

    @Test
    void theFastPathWritesWhatDecimalFormatWrites() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            long whole = random.nextLong() >> random.nextInt(64);
            BigDecimal value = i % 3 == 0 ? BigDecimal.valueOf(whole, -random.nextInt(4)) : BigDecimal.valueOf(whole);
            assertThat(Format.number(value)).as("%s", value).isEqualTo(REFERENCE.format(value));
        }
        assertThat(Format.number(new BigDecimal("123456789012345678901234"))).isEqualTo("123,456,789,012,345,678,901,234");
    }

    @Test
    void countsTakeTheNounInTheRightNumber() {
        assertThat(Format.count(0, "account")).isEqualTo("0 accounts");
        assertThat(Format.count(1, "account")).isEqualTo("1 account");
        assertThat(Format.count(2, "account")).isEqualTo("2 accounts");
        assertThat(Format.count(1200, "aggregate figure")).isEqualTo("1,200 aggregate figures");
        assertThat(Format.count(1, "figure cites", "figures cite")).isEqualTo("1 figure cites");
        assertThat(Format.count(3, "figure cites", "figures cite")).isEqualTo("3 figures cite");
    }

    @Test
    void aLabelThatAlreadyNamesItsDateIsNotGivenItAgain() {
        assertThat(Format.mentionsDate("Diplomatic accounts created in 2019", org.officialvoices.content.PartialDate.parse("2019")))
                .isTrue();
        assertThat(Format.mentionsDate("Weibo users", org.officialvoices.content.PartialDate.parse("2014"))).isFalse();
        assertThat(Format.mentionsDate("Accounts created January to April 2020",
                org.officialvoices.content.PartialDate.parse("2020-04"))).isTrue();
        assertThat(Format.mentionsDate("Accounts created in 2020", org.officialvoices.content.PartialDate.parse("2020-04")))
                .isFalse();
    }

    @Test
    void linkTextIsTheHostWithoutWww() {
        assertThat(Format.host("https://www.scmp.com/news/china/article/1")).isEqualTo("scmp.com");
        assertThat(Format.host("http://en.people.cn./90882/8477327.html")).isEqualTo("en.people.cn.");
    }

    /** Serve makes a new record on every edit of a source: the citation follows the record, not an earlier one. */
    @Test
    void citationsFollowTheRecordNotAnEarlierOneWithTheSameId() {
        org.officialvoices.content.Source before = new org.officialvoices.content.Source("scmp", null, "South China Morning Post",
                "Police on Weibo", false, "A. Writer", org.officialvoices.content.PartialDate.parse("2019-05-26"), false,
                "https://www.scmp.com/x", null, null, null, null);
        assertThat(Format.shortCitation(before)).isEqualTo("South China Morning Post, 26 May 2019");
        assertThat(Format.fullCitation(before)).isEqualTo("A. Writer. “Police on Weibo”. South China Morning Post, 26 May 2019.");
        org.officialvoices.content.Source edited = new org.officialvoices.content.Source("scmp", null, null, "Police on Weibo",
                true, null, null, false, "https://www.scmp.com/x", null, null, null, null);
        assertThat(Format.shortCitation(edited)).isEqualTo("Police on Weibo");
        assertThat(Format.fullCitation(edited)).isEqualTo("[Police on Weibo]. Publisher not named in our copy, undated.");
        assertThat(Format.fullCitation(before)).isEqualTo("A. Writer. “Police on Weibo”. South China Morning Post, 26 May 2019.");
    }

    @Test
    void countriesAreNamedInEnglishWhateverTheMachinesLocale() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.CHINA);
            assertThat(Format.country("DK")).isEqualTo("Denmark");
            assertThat(Format.country("CN")).isEqualTo("China");
            assertThat(Format.country("GB")).isEqualTo("United Kingdom");
        } finally {
            Locale.setDefault(machine);
        }
        assertThat(Format.country("XX")).as("not a code: shown as written").isEqualTo("XX");
    }
}
