package org.officialvoices.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.testing.TestSites;
import org.officialvoices.testing.TestSites.Run;

/**
 * {@code release} end to end on a copy of the {@code minimal} fixture: it proposes the version the changes call
 * for, freezes the data, refuses a wrong version or an unchanged release, and the build publishes each release
 * with its changelog while refusing one that was edited by hand.
 */
class ReleaseCommandTest {

    @TempDir
    Path tmp;

    private Path content() {
        return TestSites.copy(TestSites.fixture("minimal"), tmp.resolve("content"));
    }

    private static Run release(Path content, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "release";
        args[1] = "--content";
        args[2] = content.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return TestSites.cli(args);
    }

    private static void edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void proposesFreezesAndPublishesReleasesWithTheirChanges() throws Exception {
        Path content = content();
        Run proposal = release(content);
        assertThat(proposal.exitCode()).isZero();
        assertThat(proposal.out()).contains("changes no release yet:", "minor: table accounts added",
                "proposed version: 1.0.0; make it with: release --version 1.0.0");
        assertThat(content.resolve("releases")).doesNotExist();

        Run first = release(content, "--version", "1.0.0", "--date", "2026-11-01");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("release 1.0.0 written to");
        Path frozen = content.resolve("releases/1.0.0.json");
        String frozenText = Files.readString(frozen);
        assertThat(frozenText).contains("\"version\": \"1.0.0\"", "\"date\": \"2026-11-01\"", "\"town-police-weibo\"");

        Run unchanged = release(content, "--version", "1.0.1");
        assertThat(unchanged.exitCode()).isEqualTo(1);
        assertThat(unchanged.err()).contains("the data has not changed since 1.0.0; there is nothing to release");

        // a corrected value is a patch, and no other version is accepted for it
        edit(content.resolve("accounts/town-police-weibo.json"), "\"value\": 1200", "\"value\": 1300");
        assertThat(release(content).out()).contains("patch: observations: 1 row corrected", "proposed version: 1.0.1");
        Run wrong = release(content, "--version", "1.1.0");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("the changes since 1.0.0 call for version 1.0.1 (patch), not 1.1.0");

        // a new figure makes it minor
        edit(content.resolve("accounts/town-police-weibo.json"), "\"observations\": [",
                "\"observations\": [\n    {\"metric\": \"followers\", \"value\": 9000, \"date\": \"2015\", \"source\": \"paper-b\"},");
        Path notes = tmp.resolve("notes.txt");
        Files.writeString(notes, "A new count, and one corrected.\n");
        Run second = release(content, "--version", "1.1.0", "--date", "2026-11-29", "--notes", notes.toString());
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(Files.readString(frozen)).as("an earlier release is never rewritten").isEqualTo(frozenText);

        Path site = TestSites.build(content, tmp.resolve("site"));
        Document data = TestSites.page(site, "data/");
        assertThat(data.select("#releases ~ div table tbody th").eachText()).containsExactly("1.1.0", "1.0.0");
        assertThat(data.select(".cite-version p").text()).contains("version 1.1.0", "Released 29 November 2026",
                "data/releases/1.1.0/");
        Document changes = TestSites.page(site, "data/releases/1.1.0/");
        assertThat(changes.select("h1").text()).isEqualTo("Data version 1.1.0");
        assertThat(changes.select("main").text()).contains("A new count, and one corrected.");
        assertThat(changes.select("ul.changes.added li").eachText()).singleElement()
                .satisfies(line -> assertThat(line).startsWith("Town Police: followers 9,000, 2015 (").contains("Undated piece"));
        assertThat(changes.select("ul.changes.corrected li").first().text()).contains("Town Police: followers 1,300, 2013-10")
                .contains("value: 1,200 → 1,300");
        assertThat(changes.select("a[rel=prev]").attr("href")).isEqualTo("../../../data/releases/1.0.0/");
        assertThat(site.resolve("data/releases/1.0.0/official-voices-data-1.0.0.zip")).isRegularFile();
        assertThat(TestSites.read(site.resolve("data/releases/1.0.0/observations.csv"))).contains(",1200,")
                .doesNotContain(",1300,");
        assertThat(TestSites.read(site.resolve("data/observations.csv"))).contains(",1300,");
        assertThat(TestSites.read(site.resolve("feed.xml"))).contains("<title>Data version 1.1.0</title>",
                "<title>Data version 1.0.0</title>");

        // a release edited by hand is refused, with the way back
        edit(frozen, "1200", "1250");
        Run altered = TestSites.cli("check", "--content", content.toString());
        assertThat(altered.exitCode()).isEqualTo(1);
        assertThat(altered.err()).contains("releases/1.0.0.json:", "release 1.0.0 was altered after it was made",
                "git checkout -- releases/1.0.0.json");
    }

    @Test
    void badOptionsAreUsageErrors() {
        Path content = content();
        Run badVersion = release(content, "--version", "v1");
        assertThat(badVersion.exitCode()).isEqualTo(2);
        assertThat(badVersion.err()).contains("--version needs a version such as 1.2.0, found \"v1\"");
        Run badDate = release(content, "--version", "1.0.0", "--date", "2026-11");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("--date needs a day such as 2026-11-29");
    }
}
