package org.officialvoices.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.testing.TestSites;
import org.officialvoices.testing.TreeDiff;

/**
 * Each fixture site built whole and compared, file by file, with its committed golden output under
 * {@code src/test/resources/goldens/<fixture>/}: any change to what a reader gets shows up here as a
 * unified diff of the first differing files. After a deliberate change, run
 * {@code mvn test -Dtest=GoldenSiteTest -Dupdate.goldens=true} and review the diff in git.
 */
class GoldenSiteTest {

    static final Path GOLDENS = Path.of("src/test/resources/goldens");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"minimal", "hostile"})
    void fixtureBuildsExactlyToItsGoldenOutput(String fixture, @TempDir Path tmp) {
        Path site = TestSites.build(TestSites.fixture(fixture), tmp.resolve("site"));
        Path golden = GOLDENS.resolve(fixture);
        if (Boolean.getBoolean("update.goldens")) {
            TestSites.replace(golden, site);
        }
        assertThat(TreeDiff.describe(golden, "golden", site, "built"))
                .as("the %s fixture's output differs from %s; after a deliberate change, run "
                        + "mvn test -Dtest=GoldenSiteTest -Dupdate.goldens=true and review the diff", fixture, golden)
                .isEmpty();
    }
}
