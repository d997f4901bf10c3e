package org.officialvoices.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.officialvoices.content.DataTable;
import org.officialvoices.content.Licence;
import org.officialvoices.content.PartialDate;
import org.officialvoices.content.Release;
import org.officialvoices.content.ReleaseFormat;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.source.SourceFile;
import org.officialvoices.source.SourceKind;

/** A release file is written in one canonical form, read back whole, and its digest catches any altered cell. */
class ReleaseFormatTest {

    private static Release release(String note) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(Arrays.asList("a", new BigDecimal("12600000"), true, null, "阿市警察局, \"quoted\"")));
        rows.add(new ArrayList<>(Arrays.asList("b", new BigDecimal("0.7"), false, "2019-05", note)));
        DataTable t = new DataTable("t", "T", "A table", List.of(new DataTable.Column("id", "string", "id"),
                new DataTable.Column("value", "number", "v"), new DataTable.Column("flag", "boolean", "f"),
                new DataTable.Column("date", "string", "d"), new DataTable.Column("note", "string", "n")),
                List.of("id"), List.of(new DataTable.ForeignKey(List.of("id"), "t", List.of("id"))), rows);
        return new Release("1.0.0", null, PartialDate.parse("2026-11-29"), "Notes", "Title", "Description",
                new Licence("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
                ReleaseFormat.tablesDigest(List.of(t)), Map.of("t.csv", "00"), List.of(t), "releases/1.0.0.json");
    }

    @Test
    void aReleaseReadsBackAsWritten() {
        Release written = release("x");
        String text = ReleaseFormat.write(written);
        Diagnostics d = new Diagnostics();
        Optional<Release> read = ReleaseFormat.read(new SourceFile("releases/1.0.0.json", SourceKind.RELEASE, text), d);
        assertThat(d.hasErrors()).isFalse();
        assertThat(read).isPresent();
        assertThat(read.get().tables()).isEqualTo(written.tables());
        assertThat(read.get().licence()).isEqualTo(written.licence());
        assertThat(ReleaseFormat.write(read.get())).isEqualTo(text);
        // one row per line, so two releases diff line by line
        assertThat(text).contains("\n      [\"a\",12600000,true,null,\"阿市警察局, \\\"quoted\\\"\"],\n");
    }

    @Test
    void anyAlteredCellChangesTheDigest() {
        assertThat(ReleaseFormat.tablesDigest(release("x").tables())).isEqualTo(release("x").sha256())
                .isNotEqualTo(ReleaseFormat.tablesDigest(release("y").tables()));
    }

    @Test
    void aMalformedReleaseIsReportedWhereItIs() {
        Diagnostics d = new Diagnostics();
        String text = ReleaseFormat.write(release("x")).replace("[\"b\",0.7,false,\"2019-05\",\"x\"]", "[\"b\",0.7]");
        assertThat(ReleaseFormat.read(new SourceFile("releases/1.0.0.json", SourceKind.RELEASE, text), d)).isEmpty();
        assertThat(d.sorted()).singleElement().satisfies(problem ->
                assertThat(problem.format()).contains("releases/1.0.0.json:").contains("has 2 cells for 5 columns")
                        .contains("restore the file from version control"));
    }
}
