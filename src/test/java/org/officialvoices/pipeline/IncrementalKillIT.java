package org.officialvoices.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.output.SiteWriter;
import org.officialvoices.synth.SyntheticContent;
import org.officialvoices.testing.ChildJvm;
import org.officialvoices.testing.TestSites;
import org.officialvoices.testing.TreeDiff;

/**
 * Kills incremental builds with SIGKILL at random moments, then checks that what is left is the old site or
 * the new one once repaired, never a mix, and, above all, that the next build ends exactly where a full build
 * of the new content does: an interrupted update is never taken for a finished one.
 */
class IncrementalKillIT {

    static final int KILLS = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void anIncrementalBuildKilledAtAnyMomentIsFinishedOrUndoneAndNeverTakenAsDone() throws Exception {
        Path a = tmp.resolve("a");
        new SyntheticContent(5).write(a, 400);
        Path b = TestSites.copy(a, tmp.resolve("b"));
        // many pages change (fewer than half, or the build is a full one), so that kills land in the commit too;
        // accounts 0-11 are in every account's list of related accounts, so they are left alone
        for (int i = 0; i < 14; i++) {
            Path file = b.resolve("accounts/account-" + (20 + i * 29) + ".json");
            ObjectNode o = (ObjectNode) JSON.readTree(file.toFile());
            o.put("name", "Renamed " + i);
            Files.writeString(file, JSON.writeValueAsString(o));
        }
        for (int i = 0; i < 5; i++) {
            copyAccount(a, "added-a" + i);
            copyAccount(b, "added-b" + i);
        }
        Pipeline pipeline = new Pipeline();
        Map<Path, Path> full = Map.of(a, fullBuild(pipeline, a, "full-a"), b, fullBuild(pipeline, b, "full-b"));
        Map<Path, Map<String, String>> prints = Map.of(a, TestSites.fingerprint(full.get(a)), b, TestSites.fingerprint(full.get(b)));

        Path out = tmp.resolve("work/site");
        pipeline.build(a, out);
        long started = System.nanoTime();
        assertThat(ChildJvm.run(List.of(), tmp.resolve("timing.txt"), "build", "--content", b.toString(), "--out", out.toString())).isZero();
        int millis = (int) ((System.nanoTime() - started) / 1_000_000);
        assertThat(TestSites.read(tmp.resolve("timing.txt"))).contains("incremental");

        Random random = new Random(11);
        Map<String, Integer> outcomes = new TreeMap<>();
        Path from = b;
        for (int i = 0; i < KILLS; i++) {
            Path to = from == a ? b : a;
            Process build = ChildJvm.start(List.of("-Xshare:auto"), tmp.resolve("log-" + i + ".txt"),
                    "build", "--content", to.toString(), "--out", out.toString());
            Thread.sleep(random.nextInt(millis * 11 / 10));
            build.destroyForcibly();
            assertThat(build.waitFor(30, TimeUnit.SECONDS)).isTrue();

            SiteWriter.repair(out);
            Map<String, String> left = TestSites.fingerprint(out);
            String outcome = left.equals(prints.get(from)) ? "old" : left.equals(prints.get(to)) ? "new" : "mixed";
            outcomes.merge(outcome + (build.exitValue() == 0 ? " (finished)" : " (killed)"), 1, Integer::sum);
            assertThat(outcome).as("kill %d left a mixed site", i).isNotEqualTo("mixed");
            assertThat(TestSites.entries(out.getParent())).containsExactly("site");

            pipeline.build(to, out);
            assertThat(TreeDiff.describe(full.get(to), "full build", out, "incremental")).as("the build after kill %d", i).isEmpty();
            from = to;
        }
        System.out.println("IncrementalKillIT: incremental build " + millis + " ms; outcomes after " + KILLS + " kills: " + outcomes);
    }

    private Path fullBuild(Pipeline pipeline, Path content, String name) {
        Path out = tmp.resolve(name).resolve("site");
        pipeline.build(content, out, true);
        return out;
    }

    private static void copyAccount(Path content, String id) {
        try {
            ObjectNode o = (ObjectNode) JSON.readTree(content.resolve("accounts/account-1.json").toFile());
            o.put("id", id).put("name", "Added " + id);
            Files.writeString(content.resolve("accounts/" + id + ".json"), JSON.writeValueAsString(o));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
