package org.officialvoices.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.source.SourceFile;
import org.officialvoices.source.SourceKind;
import org.officialvoices.source.SourceLoader;
import org.officialvoices.synth.SyntheticContent;
import org.officialvoices.testing.TestSites;

/** A reader belongs to one build: what it shares between files never changes what a file is read into. */
class ContentReaderTest {

    @TempDir
    Path dir;

    private static final String ACCOUNT = """
            {
              "id": "a-weibo",
              "name": "A",
              "platform": "weibo",
              "owner": "%s",
              "kind": "police",
              "country": "%s",
              "status": "active",
              "source": "s1",
              "observations": [
                {"metric": "followers", "value": 10, "date": "%s", "source": "s1"}
              ]
            }
            """;

    private static SourceFile account(String owner, String country, String date) {
        return new SourceFile("accounts/a-weibo.json", SourceKind.ACCOUNT, ACCOUNT.formatted(owner, country, date));
    }

    private static Account read(ContentReader reader, SourceFile file) {
        Diagnostics d = new Diagnostics();
        Object value = reader.parse(file, d).value();
        assertThat(d.sorted()).isEmpty();
        return (Account) value;
    }

    @Test
    void aFileReadsTheSameWhateverTheReaderReadBefore() {
        ContentReader used = new ContentReader();
        read(used, account("City Police", "CN", "2019-05"));
        read(used, account("Other Police", "US", "2020"));
        SourceFile file = account("City Police", "DK", "2019-05-20");
        assertThat(read(used, file)).isEqualTo(read(new ContentReader(), file));
    }

    @Test
    void valuesSharedBetweenFilesKeepEachFilesPositionsAndText() {
        ContentReader reader = new ContentReader();
        Account first = read(reader, account("City Police", "CN", "2019-05"));
        Account moved = read(reader, new SourceFile("accounts/a-weibo.json", SourceKind.ACCOUNT,
                "\n\n" + ACCOUNT.formatted("City Police", "CN", "2019-05")));
        assertThat(moved.platform().id()).isEqualTo(first.platform().id());
        assertThat(moved.platform().pos().line()).isEqualTo(first.platform().pos().line() + 2);
        assertThat(moved.observations().get(0).date()).isEqualTo(first.observations().get(0).date());
        assertThat(moved.observations().get(0).date().display()).isEqualTo("May 2019");
    }

    @Test
    void aBadDateIsReportedEveryTimeItIsRead() {
        ContentReader reader = new ContentReader();
        for (int i = 0; i < 2; i++) {
            Diagnostics d = new Diagnostics();
            Account read = (Account) reader.parse(account("City Police", "CN", "2019-02-30"), d).value();
            assertThat(read.observations()).isEmpty();
            assertThat(d.sorted()).extracting(org.officialvoices.diag.Diagnostic::format).containsExactly(
                    "accounts/a-weibo.json:11:50: error: invalid date: \"2019-02-30\" is not a real date (Invalid date 'FEBRUARY 30')\n"
                            + "    hint: write a year (2019), a month (2019-05) or a day (2019-05-20), only as precise as the source");
        }
    }

    @Test
    void filesReadInParallelByOneReaderEqualFilesReadOneByOne() {
        new SyntheticContent(3).write(dir.resolve("synth"), 400);
        for (Path content : List.of(TestSites.realContent(), dir.resolve("synth"))) {
            List<SourceFile> files = new SourceLoader(content).load(new Diagnostics()).files();
            ContentReader shared = new ContentReader();
            List<Object> parallel = IntStream.range(0, files.size()).parallel()
                    .mapToObj(i -> shared.parse(files.get(i), new Diagnostics()).value()).toList();
            List<Object> alone = files.stream().map(f -> new ContentReader().parse(f, new Diagnostics()).value()).toList();
            assertThat(parallel).as(content.toString()).isEqualTo(alone);
        }
    }

    @Test
    void aFigureMaySayWhichPeriodItCountsAndAPeriodEndingBeforeItStartsIsAnError() {
        String json = """
                {"id": "d", "title": "D", "sources": ["s"], "figures": [
                {"id": "a", "label": "A", "metric": "accounts", "value": 1, "date": "2020", "source": "s", "period": {"from": "2019-02", "to": "2019-04"}},
                {"id": "b", "label": "B", "metric": "accounts", "value": 1, "date": "2020", "source": "s", "period": {"to": "2018"}},
                {"id": "c", "label": "C", "metric": "accounts", "value": 1, "date": "2020", "source": "s", "period": {"from": "2020-05", "to": "2020-04"}}
                ]}
                """;
        Diagnostics d = new Diagnostics();
        Dataset dataset = (Dataset) new ContentReader().parse(new SourceFile("datasets/d.json", SourceKind.DATASET, json), d).value();
        assertThat(dataset.figures()).extracting(f -> f.period() == null ? "none" : f.period().from() + ".." + f.period().to()
                + " " + f.period().months()).containsExactly("2019-02..2019-04 3", "null..2018 -1", "none");
        assertThat(d.sorted()).extracting(org.officialvoices.diag.Diagnostic::format).singleElement().asString()
                .matches("datasets/d\\.json:4:\\d+: error: period starts \\(2020-05\\) after it ends \\(2020-04\\)\\n(?s).*")
                .contains("hint: \"from\" is the first month or year the count covers and \"to\" the last, both included");
    }
}
