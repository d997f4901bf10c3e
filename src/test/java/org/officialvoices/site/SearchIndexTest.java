package org.officialvoices.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class SearchIndexTest {

    @Test
    void wordsAreLowerCasedWithoutAccentsAndChineseIsSplitIntoCharacters() {
        assertThat(SearchIndex.words("Ministry of Foreign Affairs", null, "@MFA_China"))
                .containsExactly("ministry", "of", "foreign", "affairs", "mfa_china".split("_")[0], "china");
        assertThat(SearchIndex.words("Café Zürich", "Ｐｏｌｉｃｅ")).containsExactly("cafe", "zurich", "police");
        assertThat(SearchIndex.words("外交部", "外交部发言人办公室")).containsExactly("外", "交", "部", "发", "言", "人", "办", "公", "室");
        assertThat(SearchIndex.words("平安北京 Beijing Police", "㊣")).containsExactly("平", "安", "北", "京", "beijing", "police", "正");
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
            List<String> general = new ArrayList<>(SearchIndex.words(text + " x"));
            general.remove("x");
            assertThat(SearchIndex.words(text)).containsExactlyElementsOf(general);
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
            assertThat(SearchIndex.words(ascii)).containsExactlyElementsOf(SearchIndex.words(ascii + "\u00A0"));
        }
        assertThat(SearchIndex.words("Police_Dept. 110 @BJ-police")).containsExactly("police", "dept", "110", "bj");
    }

    @Test
    void keysAreTheFirstTwoLettersAndFileNamesStayAscii() {
        assertThat(SearchIndex.keys(List.of("police", "po", "外"))).containsExactly("po", "外");
        assertThat(SearchIndex.fileName("外")).isEqualTo("u5916");
        assertThat(SearchIndex.fileName("po")).isEqualTo("po");
    }
}
