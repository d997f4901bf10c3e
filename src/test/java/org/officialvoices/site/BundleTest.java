package org.officialvoices.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The interface text: both bundles have the same keys with the same slots, and every key the code uses exists. */
class BundleTest {

    static final Path I18N = Path.of("templates/i18n");

    static Bundle read(String lang, List<String> problems) throws IOException {
        return Bundle.parse("templates/i18n/" + lang + ".properties",
                Files.readString(I18N.resolve(lang + ".properties"), StandardCharsets.UTF_8), problems);
    }

    @Test
    void theChineseBundleTranslatesEveryKeyOfTheEnglishOneWithTheSameSlots() throws IOException {
        List<String> problems = new ArrayList<>();
        Bundle en = read("en", problems);
        Bundle zh = read("zh", problems);
        problems.addAll(Bundle.compare(en, zh));
        assertThat(problems).isEmpty();
        assertThat(en.keys()).hasSizeGreaterThan(80);
    }

    /** Keys named in templates and Java as literals: {@code t("key"}, {@code count(n, "count.key")}. */
    @Test
    void everyKeyTheTemplatesAndTheCodeNameIsInTheBundles() throws IOException {
        Pattern named = Pattern.compile("(?:\\bt|words(?:\\(\\))?\\.count)\\((?:[^\"()]*,\\s*)?\"([a-z0-9][a-z0-9._-]*[a-z0-9])\"");
        Set<String> used = new TreeSet<>();
        for (Path root : List.of(Path.of("templates"), Path.of("src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".jte") || p.toString().endsWith(".java")).toList()) {
                    Matcher m = named.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        List<String> problems = new ArrayList<>();
        Bundle en = read("en", problems);
        Bundle zh = read("zh", problems);
        List<String> missing = new ArrayList<>();
        for (String key : used) {
            boolean inEnglish = en.text(key) != null || en.text(key + ".one") != null && en.text(key + ".other") != null;
            if (!inEnglish || zh.text(key) == null && zh.text(key + ".other") == null) {
                missing.add(key);
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(missing).isEmpty();
    }

    /** Keys made from an id: {@code metric.followers}, {@code status.active}, {@code qualifier.about}. */
    @Test
    void everyMeasureStatusAndHedgeHasItsWordsInBothLanguages() {
        for (Lang lang : Lang.values()) {
            Words words = Words.packed(lang);
            for (var m : org.officialvoices.content.Metric.values()) {
                assertThat(words.metric(m)).isNotBlank();
            }
            for (var s : org.officialvoices.content.Status.values()) {
                assertThat(words.status(s)).isNotBlank();
            }
            for (var q : org.officialvoices.content.Qualifier.values()) {
                assertThat(words.qualifier(q).isBlank()).isEqualTo(q == org.officialvoices.content.Qualifier.EXACT);
            }
            assertThat(words.qualifier(org.officialvoices.content.Qualifier.APPROXIMATE)).isEqualTo(lang == Lang.EN ? "about " : "约");
        }
    }

    /**
     * Keys made from a table's name: the data pages show each table's title and description in the page's language,
     * and in English word for word as the data describes it (the page must not drift from the files).
     */
    @Test
    void everyTableHasItsTitleAndDescriptionInBothLanguagesAndTheEnglishIsTheDatas() {
        Words en = Words.packed(Lang.EN);
        Words zh = Words.packed(Lang.ZH);
        for (String name : org.officialvoices.data.ReportTables.NAMES) {
            var table = org.officialvoices.data.ReportTables.schema(name);
            String key = DataPages.tableKey(name);
            assertThat(en.t(key + ".title")).isEqualTo(table.title());
            assertThat(en.t(key + ".description")).isEqualTo(table.description());
            assertThat(zh.t(key + ".title")).isNotBlank();
            assertThat(zh.t(key + ".description")).isNotBlank();
        }
    }

    /** Keys made from a kind of change: each reason for a new version, in English exactly the release's own words. */
    @Test
    void everyReasonForANewVersionHasItsWordsAndTheEnglishIsTheReleasesOwn() {
        Words en = Words.packed(Lang.EN);
        Words zh = Words.packed(Lang.ZH);
        for (var change : org.officialvoices.data.ReleaseDiff.Change.values()) {
            for (int rows : new int[] {1, 12_345}) {
                var reason = new org.officialvoices.data.ReleaseDiff.Reason(change, "observations", rows,
                        change.name().startsWith("COLUMNS") ? List.of("note", "unit") : List.of());
                assertThat(DataPages.reason(en, reason)).isEqualTo(reason.text());
                assertThat(DataPages.reason(zh, reason)).contains("账号数据").doesNotContain("{").doesNotContain("observations");
            }
        }
        var corrected = new org.officialvoices.data.ReleaseDiff.Reason(org.officialvoices.data.ReleaseDiff.Change.ROWS_CORRECTED,
                "accounts", 12, List.of());
        assertThat(DataPages.reason(zh, corrected)).isEqualTo("修订号：“账号”表更正 12 行");
    }

    @Test
    void aMissingKeyAnExtraKeyAndDifferentSlotsAreEachReportedAtTheirLine() {
        List<String> problems = new ArrayList<>();
        Bundle en = Bundle.parse("en.properties", """
                # interface text
                a.title = Accounts
                a.count = {0} of {1}
                count.account.one = 1 account
                count.account.other = {0} accounts
                b.gone = Only in English
                """, problems);
        Bundle zh = Bundle.parse("zh.properties", """
                a.title = 账号
                a.count = {0}
                count.account = {0} 个账号
                b.extra = 多余
                """, problems);
        assertThat(problems).isEmpty();
        assertThat(Bundle.compare(en, zh)).containsExactly(
                "zh.properties:2: \"a.count\" has the slots [{0}] but en.properties:3 has [{0}, {1}]",
                "zh.properties: key \"b.gone\" is missing (en.properties:6 has it)",
                "zh.properties:4: key \"b.extra\" is not in en.properties");
    }

    @Test
    void aMalformedLineAndARepeatedKeyAreReported() {
        List<String> problems = new ArrayList<>();
        Bundle.parse("zh.properties", "a = 一\nnot a key line\na = 二\n", problems);
        assertThat(problems).containsExactly(
                "zh.properties:2: not a \"key = text\" line: not a key line",
                "zh.properties:3: key \"a\" is already given on line 1");
    }

    @Test
    void slotsAreFilledInAnyOrderAndCountsTakeTheirLanguagesPlurals() {
        List<String> none = new ArrayList<>();
        Words en = new Words(Lang.EN, Bundle.parse("en", "p = {1} of {0}\ncount.x.one = 1 account\ncount.x.other = {0} accounts\n", none));
        Words zh = new Words(Lang.ZH, Bundle.parse("zh", "p = {0}中的{1}\ncount.x = {0} 个账号\n", none));
        assertThat(en.t("p", "ten", "two")).isEqualTo("two of ten");
        assertThat(zh.t("p", "十", "二")).isEqualTo("十中的二");
        assertThat(en.count(1, "count.x")).isEqualTo("1 account");
        assertThat(en.count(12_000, "count.x")).isEqualTo("12,000 accounts");
        assertThat(zh.count(1, "count.x")).isEqualTo("1 个账号");
    }
}
