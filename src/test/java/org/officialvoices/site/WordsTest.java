package org.officialvoices.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.officialvoices.content.Metric;
import org.officialvoices.content.Observation;
import org.officialvoices.content.PartialDate;
import org.officialvoices.content.Period;
import org.officialvoices.content.Qualifier;
import org.officialvoices.content.Source;

/** Figures, dates and citations as each edition writes them. */
class WordsTest {

    static final Words EN = Words.packed(Lang.EN);
    static final Words ZH = Words.packed(Lang.ZH);

    @ParameterizedTest(name = "{0} → {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2019       | 2019        | 2019年
            2019-05    | May 2019    | 2019年5月
            2019-05-21 | 21 May 2019 | 2019年5月21日
            """)
    void datesAreWrittenInEachLanguagesForm(String iso, String english, String chinese) {
        PartialDate date = PartialDate.parse(iso);
        assertThat(EN.date(date)).isEqualTo(english);
        assertThat(ZH.date(date)).isEqualTo(chinese);
    }

    /** Large round numbers read in 万 and 亿 where that is exact; others stay in full. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            800        | 800
            9000       | 9,000
            12300      | 1.23万
            40918      | 40,918
            41000      | 4.1万
            530000     | 53万
            178700     | 17.87万
            7100000    | 710万
            12600000   | 1260万
            600000000  | 6亿
            854000000  | 8.54亿
            2.5        | 2.5
            """)
    void chineseNumbersUseWanAndYiWhereThatIsExact(String value, String chinese) {
        assertThat(ZH.readable(new BigDecimal(value))).isEqualTo(chinese);
        assertThat(EN.readable(new BigDecimal(value))).isEqualTo(Format.number(new BigDecimal(value)));
    }

    static Observation observation(Metric metric, String value, Qualifier qualifier) {
        return new Observation(metric, new BigDecimal(value), qualifier, PartialDate.parse("2019"), false, false, false,
                new org.officialvoices.content.Ref("s", null), null, null);
    }

    @Test
    void aValueKeepsItsHedgeAndItsExactFormStaysAvailable() {
        Observation about = observation(Metric.FOLLOWERS, "530000", Qualifier.APPROXIMATE);
        assertThat(EN.value(about)).isEqualTo("about 530,000");
        assertThat(ZH.value(about)).isEqualTo("约53万");
        assertThat(ZH.exactValue(about)).isEqualTo("530,000");
        assertThat(EN.exactValue(about)).isNull();
        assertThat(ZH.value(observation(Metric.SHARE_PERCENT, "25", Qualifier.MORE_THAN))).isEqualTo("超过25%");
        assertThat(ZH.value(observation(Metric.FOLLOWERS, "2000", Qualifier.NEARLY))).isEqualTo("近2,000");
        assertThat(ZH.value(observation(Metric.FOLLOWERS, "40918", Qualifier.LESS_THAN))).isEqualTo("不到40,918");
        assertThat(ZH.exactValue(observation(Metric.FOLLOWERS, "40918", Qualifier.EXACT))).isNull();
    }

    @Test
    void periodsCountriesAndNamesOfMeasuresAreInChinese() {
        assertThat(ZH.period(new Period(PartialDate.parse("2020-01"), PartialDate.parse("2020-04"), null)))
                .isEqualTo("2020年1月至4月（4个月）");
        assertThat(ZH.period(new Period(PartialDate.parse("2019"), PartialDate.parse("2019"), null))).isEqualTo("2019年（全年）");
        assertThat(ZH.period(new Period(null, PartialDate.parse("2018"), null))).isEqualTo("2019年以前（起点不详）");
        assertThat(ZH.country("DK")).isEqualTo("丹麦");
        assertThat(EN.country("DK")).isEqualTo("Denmark");
        assertThat(ZH.metric(Metric.FOLLOWERS)).isEqualTo("粉丝数");
        assertThat(EN.metric(Metric.FOLLOWERS)).isEqualTo(Metric.FOLLOWERS.label());
    }

    @Test
    void aChineseCitationSaysWhatIsUnknownAndWhichCopyWasRead() {
        Source s = new Source("x", null, null, "How does it help?", false, "Chi Zhang", PartialDate.parse("2014"), true,
                null, null, null, "no copy online", null);
        assertThat(ZH.fullCitation(s)).isEqualTo("Chi Zhang：“How does it help?”，我们所读版本未注明出版方，2014年（日期为推断）。");
        assertThat(ZH.shortCitation(s)).isEqualTo("Chi Zhang，2014年");
        assertThat(EN.fullCitation(s)).isEqualTo(Format.fullCitation(s));
    }
}
