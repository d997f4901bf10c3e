package org.officialvoices.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void wordsAreLowerCasedWithoutAccentsAndChineseIsSplitIntoCharacters() {
        assertThat(SearchWords.words("Ministry of Foreign Affairs", null, "@MFA_China"))
                .containsExactly("ministry", "of", "foreign", "affairs", "mfa_china".split("_")[0], "china");
        assertThat(SearchWords.words("Café Zürich", "Ｐｏｌｉｃｅ")).containsExactly("cafe", "zurich", "police");
        assertThat(SearchWords.words("外交部", "外交部发言人办公室")).containsExactly("外", "交", "部", "发", "言", "人", "办", "公", "室");
        assertThat(SearchWords.words("平安北京 Beijing Police", "㊣")).containsExactly("平", "安", "北", "京", "beijing", "police", "正");
    }

    /** Chinese names take a shortcut past normalisation; it must give what the general path gives. */
    @Test
    void theShortcutForChineseNamesAgreesWithTheGeneralPath() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 2_000; i++) {
            char[] name = new char[1 + random.nextInt(8)];
            for (int j = 0; j < name.length; j++) {
                name[j] = (char) (0x4E00 + random.nextInt(0x9FFF - 0x4E00 + 1));
            }
            String text = new String(name);
            // the same text with a Latin word after it takes the general path (U+9FFD-U+9FFF, unassigned in
            // Java 17, are separators there and must stay so)
            List<String> general = new ArrayList<>(SearchWords.words(text + " x"));
            general.remove("x");
            assertThat(SearchWords.words(text)).containsExactlyElementsOf(general);
        }
    }

    /** ASCII text takes a shortcut past normalisation and the pattern; it must give what the general path gives. */
    @Test
    void theShortcutForAsciiTextAgreesWithTheGeneralPath() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 5_000; i++) {
            char[] text = new char[random.nextInt(24)];
            for (int j = 0; j < text.length; j++) {
                text[j] = (char) random.nextInt(128);
            }
            String ascii = new String(text);
            // a no-break space (a separator, but not ASCII) sends the same text down the general path
            assertThat(SearchWords.words(ascii)).containsExactlyElementsOf(SearchWords.words(ascii + "\u00A0"));
        }
        assertThat(SearchWords.words("Police_Dept. 110 @BJ-police")).containsExactly("police", "dept", "110", "bj");
    }

    @Test
    void keysAreTheFirstLettersAndFileNamesStayAscii() {
        assertThat(SearchWords.key("police")).isEqualTo("po");
        assertThat(SearchWords.key("police", 3)).isEqualTo("pol");
        assertThat(SearchWords.key("po", 3)).isEqualTo("po");
        assertThat(SearchWords.key("外")).isEqualTo("外");
        assertThat(SearchWords.fileName("外")).isEqualTo("u5916");
        assertThat(SearchWords.fileName("po")).isEqualTo("po");
    }

    @Test
    void englishPluralsAreStemmedToTheSingular() {
        assertThat(SearchWords.stem("embassies")).isEqualTo("embassy");
        assertThat(SearchWords.stem("diplomats")).isEqualTo("diplomat");
        assertThat(SearchWords.stem("departments")).isEqualTo("department");
        assertThat(SearchWords.stem("ministries")).isEqualTo("ministry");
        assertThat(SearchWords.stem("churches")).isEqualTo("church");
        assertThat(SearchWords.stem("addresses")).isEqualTo("address");
        assertThat(SearchWords.stem("taxes")).isEqualTo("tax");
    }

    @Test
    void singularsShortWordsAndOtherScriptsAreLeftAsTheyAre() {
        for (String word : new String[] {"embassy", "diplomat", "press", "status", "analysis", "has", "us",
                "police", "xinhua", "2019s", "外", "ministère"}) {
            assertThat(SearchWords.stem(word)).as(word).isEqualTo(word);
        }
        // stemming twice changes nothing more, so a stemmed query meets a stemmed index
        for (String word : new String[] {"embassies", "diplomats", "departments", "churches", "peoples"}) {
            assertThat(SearchWords.stem(SearchWords.stem(word))).isEqualTo(SearchWords.stem(word));
        }
    }

    @Test
    void apostrophesAreDroppedSoPossessivesStemToTheName() {
        assertThat(SearchWords.terms("People's Daily", "Xinhua’s account")).containsExactly("people", "daily", "xinhua", "account");
        assertThat(SearchWords.terms("Embassies and missions")).containsExactly("embassy", "and", "mission");
    }

    @Test
    void sentencesEndAfterAStopAndTheSpaceAfterItAndTheFirstWantedIsFound() {
        String text = "  The embassy opened.  It posts daily!\nWhy? 大使馆。 Closed in 2019.";
        assertThat(SearchWords.sentence(text, s -> true)).isEqualTo("The embassy opened.");
        assertThat(SearchWords.sentence(text, s -> SearchWords.hasTerm(s, "post"))).isEqualTo("It posts daily!");
        assertThat(SearchWords.sentence(text, s -> SearchWords.hasTerm(s, "馆"))).isEqualTo("大使馆。");
        assertThat(SearchWords.sentence(text, s -> SearchWords.hasTerm(s, "2019"))).isEqualTo("Closed in 2019.");
        assertThat(SearchWords.sentence(text, s -> SearchWords.hasTerm(s, "consulate"))).isNull();
        assertThat(SearchWords.sentence(" \t ", s -> true)).isNull();
    }

    /** The sentence splitter replaced a pattern; on any text it must find the sentences the pattern found. */
    @Test
    void sentencesAreThoseThePatternFinds() {
        SplittableRandom random = new SplittableRandom(7);
        char[] alphabet = {'a', 'B', ' ', ' ', '\t', '\n', '.', '!', '?', '\u3002', '\u2003', '\u00A0', '大', ','};
        for (int i = 0; i < 5_000; i++) {
            char[] chars = new char[random.nextInt(30)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = alphabet[random.nextInt(alphabet.length)];
            }
            String text = new String(chars);
            List<String> expected = new ArrayList<>();
            for (String s : text.split("(?<=[.!?\u3002])\\s+")) {
                if (!s.isBlank()) {
                    expected.add(s.strip());
                }
            }
            List<String> found = new ArrayList<>();
            SearchWords.sentence(text, s -> !found.add(s));
            assertThat(found).as("%s", text).containsExactlyElementsOf(expected);
        }
    }
}
