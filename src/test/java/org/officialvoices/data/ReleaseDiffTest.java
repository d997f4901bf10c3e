package org.officialvoices.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.officialvoices.content.DataTable;
import org.officialvoices.content.DataTable.Column;

/** The diff between two releases and the version bump it calls for, as the Frictionless recipe sets out. */
class ReleaseDiffTest {

    private static final List<Column> COLUMNS = List.of(new Column("id", "string", "id"),
            new Column("value", "number", "value"), new Column("note", "string", "note"));

    private static DataTable table(List<Column> columns, List<?>... rows) {
        List<List<Object>> cells = new ArrayList<>();
        for (List<?> row : rows) {
            cells.add(new ArrayList<>(row));
        }
        return new DataTable("figures", "Figures", "figures", columns, List.of("id"), List.of(), cells);
    }

    private static final DataTable BEFORE = table(COLUMNS, List.of("a", BigDecimal.ONE, "x"), List.of("b", BigDecimal.TEN, "y"));

    @Test
    void theSameDataNeedsNoRelease() {
        ReleaseDiff diff = ReleaseDiff.of(List.of(BEFORE), List.of(table(COLUMNS, List.of("a", new BigDecimal("1.0"), "x"),
                List.of("b", BigDecimal.TEN, "y"))));
        assertThat(diff.bump()).isEqualTo(ReleaseDiff.Bump.NONE);
        assertThat(diff.tables()).isEmpty();
        assertThat(diff.next("1.2.3")).isEqualTo("1.2.3");
    }

    @Test
    void aCorrectedValueIsAPatchAndSaysWhatChanged() {
        ReleaseDiff diff = ReleaseDiff.of(List.of(BEFORE), List.of(table(COLUMNS, List.of("a", BigDecimal.ONE, "x"),
                List.of("b", BigDecimal.valueOf(11), "y"))));
        assertThat(diff.bump()).isEqualTo(ReleaseDiff.Bump.PATCH);
        assertThat(diff.next("1.2.3")).isEqualTo("1.2.4");
        ReleaseDiff.RowChange change = diff.tables().get(0).changed().get(0);
        assertThat(change.columns()).containsExactly("value");
        assertThat(change.before().get(1)).isEqualTo(BigDecimal.TEN);
        assertThat(change.after().get(1)).isEqualTo(BigDecimal.valueOf(11));
        assertThat(diff.reasons()).containsExactly("patch: figures: 1 row corrected");
    }

    @Test
    void addedOrRemovedRowsAreMinor() {
        ReleaseDiff added = ReleaseDiff.of(List.of(BEFORE), List.of(table(COLUMNS, List.of("a", BigDecimal.ONE, "x"),
                List.of("b", BigDecimal.TEN, "y"), List.of("c", BigDecimal.ONE, "z"))));
        assertThat(added.bump()).isEqualTo(ReleaseDiff.Bump.MINOR);
        assertThat(added.next("1.2.3")).isEqualTo("1.3.0");
        assertThat(added.tables().get(0).added()).hasSize(1);

        ReleaseDiff removed = ReleaseDiff.of(List.of(BEFORE), List.of(table(COLUMNS, List.of("a", BigDecimal.ONE, "x"))));
        assertThat(removed.bump()).isEqualTo(ReleaseDiff.Bump.MINOR);
        assertThat(removed.tables().get(0).removed()).extracting(r -> r.get(0)).containsExactly("b");
    }

    @Test
    void anAddedColumnIsMinorAndItsValuesAreNotCorrections() {
        List<Column> more = new ArrayList<>(COLUMNS);
        more.add(new Column("extra", "boolean", "extra"));
        ReleaseDiff diff = ReleaseDiff.of(List.of(BEFORE), List.of(table(more, List.of("a", BigDecimal.ONE, "x", true),
                List.of("b", BigDecimal.TEN, "y", false))));
        assertThat(diff.bump()).isEqualTo(ReleaseDiff.Bump.MINOR);
        assertThat(diff.tables().get(0).columnsAdded()).containsExactly("extra");
        assertThat(diff.tables().get(0).changed()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"a removed column, removed", "a renamed column, renamed", "a retyped column, retyped", "a removed table, table"})
    void breakingChangesAreMajor(String what, String change) {
        List<DataTable> after = switch (change) {
            case "removed" -> List.of(table(COLUMNS.subList(0, 2), List.of("a", BigDecimal.ONE), List.of("b", BigDecimal.TEN)));
            case "renamed" -> List.of(table(List.of(COLUMNS.get(0), COLUMNS.get(1), new Column("remark", "string", "note")),
                    List.of("a", BigDecimal.ONE, "x"), List.of("b", BigDecimal.TEN, "y")));
            case "retyped" -> List.of(table(List.of(COLUMNS.get(0), new Column("value", "string", "value"), COLUMNS.get(2)),
                    List.of("a", "1", "x"), List.of("b", "10", "y")));
            default -> List.of();
        };
        ReleaseDiff diff = ReleaseDiff.of(List.of(BEFORE), after);
        assertThat(diff.bump()).as(what).isEqualTo(ReleaseDiff.Bump.MAJOR);
        assertThat(diff.next("1.2.3")).isEqualTo("2.0.0");
    }

    @Test
    void theFirstReleaseIsOnePointZero() {
        ReleaseDiff diff = ReleaseDiff.of(List.of(), List.of(BEFORE));
        assertThat(diff.bump()).isEqualTo(ReleaseDiff.Bump.MINOR);
        assertThat(diff.next(null)).isEqualTo("1.0.0");
        assertThat(diff.tables().get(0).tableAdded()).isTrue();
    }

    @Test
    void versionsCompareByTheirNumbers() {
        List<String> versions = new ArrayList<>(Arrays.asList("1.10.0", "1.9.3", "2.0.0", "1.9.10", "0.1.0"));
        versions.sort(ReleaseDiff::compareVersions);
        assertThat(versions).containsExactly("0.1.0", "1.9.3", "1.9.10", "1.10.0", "2.0.0");
    }

    @Test
    void rowsAreMatchedByPrimaryKeyNotByPosition() {
        ReleaseDiff diff = ReleaseDiff.of(List.of(BEFORE), List.of(table(COLUMNS, List.of("b", BigDecimal.TEN, "y"),
                List.of("a", BigDecimal.ONE, "x"))));
        assertThat(diff.bump()).isEqualTo(ReleaseDiff.Bump.NONE);
    }
}
