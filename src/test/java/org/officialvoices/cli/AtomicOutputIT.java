package org.officialvoices.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.output.SiteWriter;
import org.officialvoices.synth.SyntheticContent;
import org.officialvoices.testing.ChildJvm;
import org.officialvoices.testing.TestSites;

/**
 * Kills real builds with SIGKILL at random moments and checks that what is left on disk is always the old
 * site or the new one, never a mix, once the next run has looked at it.
 */
class AtomicOutputIT {

    static final int KILLS = 12;

    @TempDir
    Path tmp;

    @Test
    void aBuildKilledAtAnyMomentLeavesTheOldSiteOrTheNewOne() throws Exception {
        Path content = tmp.resolve("content");
        new SyntheticContent(7).write(content, 1500);
        Map<String, String> newSite = TestSites.fingerprint(TestSites.build(content, tmp.resolve("reference")));
        Path out = tmp.resolve("work").resolve("site");
        Map<String, String> oldSite = TestSites.fingerprint(TestSites.build(TestSites.fixture("minimal"), out));

        long started = System.nanoTime();
        assertThat(ChildJvm.run(List.of(), tmp.resolve("timing.txt"), "build", "--content", content.toString(),
                "--out", tmp.resolve("timing").toString())).isZero();
        int fullBuildMillis = (int) ((System.nanoTime() - started) / 1_000_000);

        Random random = new Random(42);
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int i = 0; i < KILLS; i++) {
            Process build = ChildJvm.start(List.of("-Xshare:auto"), tmp.resolve("log-" + i + ".txt"),
                    "build", "--content", content.toString(), "--out", out.toString());
            Thread.sleep(random.nextInt(fullBuildMillis * 11 / 10));
            build.destroyForcibly();
            assertThat(build.waitFor(30, TimeUnit.SECONDS)).isTrue();

            SiteWriter.stage(out).close(); // what the next run does first: repair, then leave the target as it is
            Map<String, String> left = TestSites.fingerprint(out);
            String outcome = left.equals(oldSite) ? "old" : left.equals(newSite) ? "new" : "mixed";
            outcomes.merge(outcome + (build.exitValue() == 0 ? " (finished)" : " (killed)"), 1, Integer::sum);
            assertThat(outcome).as("kill %d left a mixed site", i).isNotEqualTo("mixed");
            assertThat(TestSites.entries(out.getParent())).containsExactly("site");
            if (outcome.equals("new")) {
                TestSites.build(TestSites.fixture("minimal"), out);
            }
        }
        System.out.println("AtomicOutputIT: full build " + fullBuildMillis + " ms; outcomes after " + KILLS + " kills: " + outcomes);
        assertThat(outcomes.keySet()).anyMatch(k -> k.startsWith("old (killed)"));
    }
}
