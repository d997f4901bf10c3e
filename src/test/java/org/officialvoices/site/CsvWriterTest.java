package org.officialvoices.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.officialvoices.testing.SiteInvariants;

class CsvWriterTest {

    private static String csv(String... cells) {
        try (CsvWriter csv = new CsvWriter(List.of("label", "value", "note"), 64)) {
            csv.text(cells[0]).number(cells[1]).text(cells[2]).endRow();
            return new String(csv.bytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void textCellsThatASpreadsheetWouldRunGetASingleQuoteAndStayReadable() {
        assertThat(csv("=HYPERLINK(\"http://x\")", "5", "@SUM(A1)")).isEqualTo("""
                label,value,note
                "'=HYPERLINK(""http://x"")",5,'@SUM(A1)
                """);
        assertThat(csv("+1", "-5", "-2+3")).isEqualTo("label,value,note\n'+1,-5,'-2+3\n");
        assertThat(csv("\tTab", "0", "\rReturn")).isEqualTo("label,value,note\n'\tTab,0,\"'\rReturn\"\n");
    }

    @Test
    void ordinaryTextAndNumbersAreWrittenAsTheyAre() {
        assertThat(csv("Weibo users", "600000000", "a = b, or - c")).isEqualTo("label,value,note\nWeibo users,600000000,\"a = b, or - c\"\n");
    }

    @Test
    void noCellOfTheWriterTripsTheChecker() {
        for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
            assertThat(SiteInvariants.csvProblems(csv(start + "cmd|' /C calc'!A0", "-1", start))).isEmpty();
        }
        assertThat(SiteInvariants.csvProblems("label,value,note\n=1+1,x,@a\n")).containsExactly(
                "row 2: text cell a spreadsheet would run: =1+1", "row 2: number cell is not a number: x",
                "row 2: text cell a spreadsheet would run: @a");
    }

    @Test
    void charactersNoFileMayHoldAreDropped() {
        assertThat(csv("a\u0001b\ud800c", "1", "")).isEqualTo("label,value,note\nabc,1,\n");
    }
}
