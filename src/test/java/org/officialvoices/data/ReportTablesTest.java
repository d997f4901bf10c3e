package org.officialvoices.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.officialvoices.content.Content;
import org.officialvoices.content.DataTable;
import org.officialvoices.pipeline.Pipeline;
import org.officialvoices.site.Format;
import org.officialvoices.testing.TestSites;

/** The report's tables: keyed rows in key order, whether made whole or streamed one account at a time. */
class ReportTablesTest {

    static Content content;

    @BeforeAll
    static void load() {
        content = new Pipeline().check(TestSites.realContent());
    }

    @Test
    void streamedRowsAreTheTablesRowsInTheSameOrder() {
        for (String name : ReportTables.NAMES) {
            DataTable whole = ReportTables.table(content, name, Format::fullCitation);
            List<List<Object>> streamed = new ArrayList<>();
            ReportTables.rows(content, name, Format::fullCitation).forEach(streamed::add);
            assertThat(streamed).as(name).isEqualTo(whole.rows());
            assertThat(ReportTables.count(content, name, Format::fullCitation)).as(name).isEqualTo(whole.rows().size());
            assertThat(ReportTables.schema(name).columns()).isEqualTo(whole.columns());
        }
    }

    @Test
    void everyPrimaryKeyIsUniqueAndEveryForeignKeyResolves() {
        List<DataTable> tables = ReportTables.of(content, Format::fullCitation);
        for (DataTable t : tables) {
            List<String> keys = t.rows().stream().map(row -> t.primaryKey().stream()
                    .map(c -> String.valueOf(row.get(t.index(c)))).toList().toString()).toList();
            assertThat(keys).as(t.name() + " primary key").doesNotHaveDuplicates();
            for (DataTable.ForeignKey fk : t.foreignKeys()) {
                DataTable target = tables.stream().filter(x -> x.name().equals(fk.resource())).findFirst().orElseThrow();
                List<Object> known = target.rows().stream().map(r -> r.get(target.index(fk.referenceFields().get(0)))).toList();
                t.rows().stream().map(r -> r.get(t.index(fk.fields().get(0)))).filter(v -> v != null)
                        .forEach(v -> assertThat(known).as(t.name() + "." + fk.fields().get(0)).contains(v));
            }
        }
    }
}
