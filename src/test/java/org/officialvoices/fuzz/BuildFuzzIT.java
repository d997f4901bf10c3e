package org.officialvoices.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.officialvoices.testing.SiteInvariants;
import org.officialvoices.testing.TestSites;
import org.officialvoices.testing.TreeDiff;

/**
 * Whole builds of the {@code minimal} fixture with one file replaced by the input (its first byte picks
 * which, the rest is the file), into an output folder holding an earlier build. For every input: the build
 * ends in time with exit 0 or 1, never a trace; if it fails, {@code check} fails too and the earlier output
 * is byte for byte as it was, with nothing left beside it; if it succeeds, every page passes the Nu checker,
 * every XML file parses, nothing from the content runs ({@link SiteInvariants}) and {@code check} agrees.
 * Corpus: {@code src/test/resources/fuzz/BuildFuzzITInputs/build/}.
 */
class BuildFuzzIT {

    static final Path FIXTURE = TestSites.fixture("minimal");
    static final List<String> FILES = files();
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private static final Path WORK = FuzzFolder.create("build");
    private static final Path CONTENT = WORK.resolve("content");
    private static final Path OUT = WORK.resolve("site");
    private static final Path EARLIER = FuzzFolder.create("earlier").resolve("site");
    private static final Set<String> VALID_PAGES = new HashSet<>();
    private static boolean prepared;
    private static String replaced;

    @FuzzTest(maxDuration = "10m")
    void build(byte[] data) throws IOException {
        prepare();
        if (data.length == 0) {
            return;
        }
        replaced = FILES.get((data[0] & 0xff) % FILES.size());
        Files.write(CONTENT.resolve(replaced), Arrays.copyOfRange(data, 1, data.length));

        TestSites.Run build = assertTimeoutPreemptively(LIMIT, () -> TestSites.cli("build", "--content", CONTENT.toString(),
                "--out", OUT.toString()), "build of " + replaced + " still running after " + LIMIT);
        TestSites.Run check = assertTimeoutPreemptively(LIMIT, () -> TestSites.cli("check", "--content", CONTENT.toString()),
                "check of " + replaced + " still running after " + LIMIT);

        String what = replaced + " replaced; build said:\n" + build.err();
        assertThat(build.exitCode()).as(what).isIn(0, 1);
        assertThat(build.err()).as(what).doesNotContain("\tat ", "internal error");
        assertThat(check.exitCode()).as("check disagrees with build: " + what + "\ncheck said:\n" + check.err())
                .isEqualTo(build.exitCode());
        assertThat(TestSites.entries(WORK)).as("left beside the output: " + what).containsExactly("content", "site");
        if (build.exitCode() == 0) {
            assertThat(SiteInvariants.violations(OUT, VALID_PAGES)).as(what).isEmpty();
            FuzzFolder.delete(OUT);
            TestSites.copy(EARLIER, OUT);
        } else {
            assertThat(TreeDiff.describe(EARLIER, "earlier output", OUT, "after the input")).as("earlier output changed: " + what).isEmpty();
        }
    }

    /** The first time: the fixture and a build of it; after that, the file the last input replaced put back. */
    private static synchronized void prepare() throws IOException {
        if (!prepared) {
            TestSites.copy(FIXTURE, CONTENT);
            TestSites.build(CONTENT, OUT);
            TestSites.copy(OUT, EARLIER);
            prepared = true;
        } else if (replaced != null) {
            Files.copy(FIXTURE.resolve(replaced), CONTENT.resolve(replaced), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Files.deleteIfExists(WORK.resolve(".site.stamp")); // never "up to date": every input is built
    }

    private static List<String> files() {
        try (Stream<Path> walk = Files.walk(FIXTURE)) {
            return walk.filter(Files::isRegularFile).map(p -> FIXTURE.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
