package org.officialvoices.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.testing.TestSites;
import org.officialvoices.testing.TreeDiff;
import org.officialvoices.testing.TestSites.Run;

/** The command line's contract: commands, options, exit codes and the summary line. */
class MainTest {

    @TempDir
    Path tmp;

    @Test
    void buildPrintsOneSummaryLine() {
        Path out = tmp.resolve("out");
        Run run = TestSites.cli("build", "--content", TestSites.fixture("minimal").toString(), "--out", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("built 48 pages and 122 files into " + java.util.regex.Pattern.quote(out.toString())
                + " \\(170 files, \\d+\\.\\d kB\\) in \\d+\\.\\d\\d s\\n");
        assertThat(run.err()).isEmpty();
        assertThat(out.resolve("index.html")).exists();
    }

    @Test
    void aBuildAfterAnEditSaysWhatItRewroteAndFullBuildsEverything() throws java.io.IOException {
        Path content = TestSites.copy(TestSites.fixture("minimal"), tmp.resolve("content"));
        Path out = tmp.resolve("out");
        TestSites.build(content, out);
        Path account = content.resolve("accounts/town-police-wechat.json");
        java.nio.file.Files.writeString(account, TestSites.read(account).replace("\"owner\": \"", "\"owner\": \"The "));
        Run run = TestSites.cli("build", "--content", content.toString(), "--out", out.toString());
        // 124 files: "The" starts a new search shard in each language's index
        assertThat(run.out()).matches("built 48 pages and 124 files into " + java.util.regex.Pattern.quote(out.toString())
                + " in \\d+\\.\\d\\d s \\(incremental: \\d+ pages? rendered, \\d+ files? rewritten, 0 deleted\\)\\n");
        java.nio.file.Files.writeString(account, TestSites.read(account).replace("\"owner\": \"The ", "\"owner\": \""));
        run = TestSites.cli("build", "--full", "--content", content.toString(), "--out", out.toString());
        assertThat(run.out()).endsWith(" s (full build: --full)\n");
        assertThat(TestSites.cli("check", "--full").err()).contains("--full does not apply to check");
    }

    /** A machine problem (here a file where the output's folder should be; a full disk alike) is not a bug. */
    @Test
    void outputThatCannotBeWrittenIsExplainedWithoutATrace() throws Exception {
        Path blocker = Files.writeString(tmp.resolve("not-a-folder"), "x");
        Path out = blocker.resolve("site");
        Run run = TestSites.cli("build", "--content", TestSites.fixture("minimal").toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.err()).startsWith("error: cannot prepare output folder " + out + ": ")
                .endsWith("; " + out + " is unchanged.\n").doesNotContain("\tat ", "bug");
        assertThat(Files.readString(blocker)).isEqualTo("x");
    }

    @Test
    void checkValidatesAndWritesNothing() throws Exception {
        Path content = TestSites.copy(TestSites.fixture("minimal"), tmp.resolve("content"));
        Run run = TestSites.cli("check", "--content", content.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("ok: 3 accounts, 1 datasets, 1 case studies, 2 sources checked, no errors\n");
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(content);
        }
    }

    @Test
    void checkReportsErrorsWithExitCodeOne() throws Exception {
        Path content = TestSites.copy(TestSites.fixture("minimal"), tmp.resolve("content"));
        Files.writeString(content.resolve("datasets/town.json"), "{");
        Run run = TestSites.cli("check", "--content", content.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("datasets/town.json:1:2: error: malformed JSON: Unexpected end-of-input");
        assertThat(run.err()).endsWith("1 error(s); nothing was written\n");
    }

    @Test
    void badUsageExitsWithTwoAndPrintsUsage() {
        for (String[] args : new String[][] {{}, {"publish"}, {"build", "--colour"}, {"build", "--out"}, {"check", "--out", "x"},
                {"synth", "--out", "x"}, {"synth", "--accounts", "ten", "--out", "x"}, {"serve", "--colour"}, {"serve", "--port"},
                {"serve", "--port", "99999"}, {"new"}, {"new", "blog-post"}, {"new", "case-study"}, {"new", "account", "--platform"},
                {"new", "account", "--colour", "red"}, {"deploy"}, {"deploy", "--to", "ftp://bucket"},
                {"deploy", "--to", "s3://bucket", "--max-deletes", "some"}}) {
            Run run = TestSites.cli(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).startsWith("error: ").contains("usage: official-voices build");
        }
    }

    /** The README's list of exit codes is the code's: "Exit codes: `0` success, `1` errors in the content, ...". */
    @Test
    void theReadmeListsTheExitCodesTheCommandsReturn() throws Exception {
        String readme = Files.readString(Path.of("README.md")).replaceAll("\\s+", " ");
        String list = readme.substring(readme.indexOf("Exit codes: "), readme.indexOf(". In every failing case"));
        java.util.Map<Integer, String> said = new java.util.TreeMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("`(\\d)` ([a-z ]+)").matcher(list);
        while (m.find()) {
            said.put(Integer.parseInt(m.group(1)), m.group(2).strip());
        }
        assertThat(said).isEqualTo(java.util.Map.of(Main.OK, "success", Main.CONTENT_ERRORS, "errors in the content",
                Main.USAGE, "bad usage", Main.INTERNAL, "a bug in the generator", Main.OUT_OF_MEMORY, "out of memory",
                Main.OUTPUT_FAILED, "the output could not be written"));
    }

    @Test
    void outputThatWouldReplaceContentOrTheWorkingFolderIsRefused() throws Exception {
        Path content = TestSites.copy(TestSites.fixture("minimal"), tmp.resolve("content"));
        Files.writeString(tmp.resolve("file.txt"), "x");
        for (String out : new String[] {content.toString(), tmp.toString(), content.resolve("site").toString(), ".", "/",
                tmp.resolve("file.txt").toString()}) {
            Run run = TestSites.cli("build", "--content", content.toString(), "--out", out);
            assertThat(run.exitCode()).as(out).isEqualTo(2);
            assertThat(run.err()).as(out).startsWith("error: the output folder ");
        }
        assertThat(TreeDiff.describe(TestSites.fixture("minimal"), content)).isEmpty();
    }

    @Test
    void allErrorsAreReportedUpToTheCapAndTheRestCounted() throws Exception {
        Path content = TestSites.copy(TestSites.fixture("minimal"), tmp.resolve("content"));
        for (int i = 0; i < 120; i++) {
            Files.writeString(content.resolve("accounts/bad-" + i + ".json"), "{\"id\": \"bad-" + i + "\"}");
        }
        Run run = TestSites.cli("check", "--content", content.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().filter(l -> l.contains(": error: "))).hasSize(100);
        assertThat(run.err()).endsWith("... and 740 more error(s) not shown\n840 error(s); nothing was written\n");
    }

    @Test
    void aBuildWithNothingChangedStopsEarlyAndAnyChangeRebuildsToTheSameBytesAsAFullBuild() throws Exception {
        Path content = TestSites.copy(TestSites.fixture("minimal"), tmp.resolve("content"));
        Path out = tmp.resolve("out");
        TestSites.build(content, out);
        Run again = TestSites.cli("build", "--content", content.toString(), "--out", out.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).startsWith(out + " is up to date: nothing changed since the last build");

        Files.writeString(content.resolve("pages/home.md"), "---\ntitle: Home\n---\n\nChanged words.\n");
        Run changed = TestSites.cli("build", "--content", content.toString(), "--out", out.toString());
        assertThat(changed.out()).startsWith("built 48 pages");
        assertThat(TreeDiff.describe(TestSites.build(content, tmp.resolve("fresh")), "full build", out, "rebuilt")).isEmpty();
        assertThat(TestSites.page(out, "").select(".intro").text()).contains("Changed words.");
    }

    @Test
    void helpExitsZero() {
        Run run = TestSites.cli("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("usage: official-voices build");
    }

    @Test
    void missingContentFolderIsAContentError() {
        Run run = TestSites.cli("build", "--content", tmp.resolve("nowhere").toString(), "--out", tmp.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith(tmp.resolve("nowhere") + ":1:1: error: content folder not found");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void buildsAreByteIdenticalWhateverTheLocaleAndTimeZone() {
        java.util.Locale locale = java.util.Locale.getDefault();
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        try {
            Path first = TestSites.build(TestSites.realContent(), tmp.resolve("a"));
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
            Path second = TestSites.build(TestSites.realContent(), tmp.resolve("b"));
            assertThat(TreeDiff.describe(first, "en", second, "tr-TR at UTC+14")).isEmpty();
        } finally {
            java.util.Locale.setDefault(locale);
            java.util.TimeZone.setDefault(zone);
        }
    }

    @Test
    void rebuildReplacesTheOldSiteWhole() throws Exception {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("stale.html"), "old");
        TestSites.build(TestSites.fixture("minimal"), out);
        assertThat(out.resolve("stale.html")).doesNotExist();
        assertThat(out.resolve("accounts/town-mayor-weibo/index.html")).exists();
        assertThat(TestSites.entries(tmp)).containsExactly("out");
    }
}
