package org.officialvoices.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.officialvoices.content.json.JsonTreeReader;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.source.SourceFile;
import org.officialvoices.source.SourceKind;

/** Reading translation blocks: which are current, which are older than their English, which are misused. */
class TranslationsTest {

    static Map<String, String> collect(String json, Diagnostics d) {
        SourceFile file = new SourceFile("accounts/x.json", SourceKind.ACCOUNT, json);
        return JsonTreeReader.read(file, d).map(root -> Translations.collect(root, file.path(), d)).orElseThrow();
    }

    /** The same values as the Python helper translators used, so both agree on every hash. */
    @Test
    void theHashIsOverTheTranslatedKeysInOrderWithTheirEnglish() {
        assertThat(Translations.of(Map.of("summary", "Hello {x}"))).isEqualTo("080663e2");
        assertThat(Translations.of(Map.of("text", "a \"q\" }"))).isEqualTo("c4d1dd57");
        assertThat(Translations.of(Map.of("a", "1", "b", "2"))).isEqualTo(Translations.of(new java.util.TreeMap<>(Map.of("b", "2", "a", "1"))));
    }

    @Test
    void onlyTranslationsOfTheEnglishAsItStandsAreUsed() {
        String current = Translations.of(Map.of("summary", "Run by volunteers."));
        Diagnostics d = new Diagnostics();
        Map<String, String> texts = collect("""
                {"summary": "Run by volunteers.", "zh": {"summary": "由志愿者运营。", "of": "%s"},
                 "events": [{"text": "Opens.", "note": "Undated.", "zh": {"text": "开通。", "note": "未注明日期。", "of": "0badc0de"}}]}
                """.formatted(current), d);
        assertThat(d.hasErrors()).isFalse();
        assertThat(texts).containsExactly(Map.entry("Run by volunteers.", "由志愿者运营。"));
    }

    @Test
    void aBlockThatIsNotAnObjectOrTranslatesWhatIsNotThereIsAnErrorAtItsPlace() {
        Diagnostics d = new Diagnostics();
        collect("""
                {"summary": "S.", "zh": {"sumary": "摘要", "of": "x"},
                 "events": [{"text": "T.", "zh": "文字"}, {"text": "U.", "zh": {"text": 5}}]}
                """, d);
        assertThat(d.sorted()).extracting(x -> x.line() + ":" + x.column() + " " + x.message()).containsExactly(
                "1:26 \"zh\" translates \"sumary\", which this object has no text for",
                "2:34 \"zh\" must be an object of Chinese texts, found string",
                "2:71 a translation must be a string, found number");
    }
}
