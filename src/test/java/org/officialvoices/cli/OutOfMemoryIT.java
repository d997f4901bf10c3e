package org.officialvoices.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.synth.SyntheticContent;
import org.officialvoices.testing.ChildJvm;
import org.officialvoices.testing.TestSites;
import org.officialvoices.testing.TreeDiff;

/** A build given too small a heap says so, says how to give it more, and leaves the old site as it was. */
class OutOfMemoryIT {

    @TempDir
    Path tmp;

    @Test
    void runningOutOfMemoryIsExplainedAndTheOldSiteStays() throws Exception {
        Path content = tmp.resolve("content");
        new SyntheticContent(3).write(content, 10_000);
        Path out = tmp.resolve("site");
        TreeDiff.Snapshot oldSite = TreeDiff.Snapshot.of(TestSites.build(TestSites.fixture("minimal"), out));

        Path log = tmp.resolve("log.txt");
        int code = ChildJvm.run(List.of("-Xmx32m", "-XX:+UseSerialGC"), log, "build", "--content", content.toString(),
                "--out", out.toString());

        String printed = Files.readString(log);
        assertThat(code).as(printed).isEqualTo(Main.OUT_OF_MEMORY);
        assertThat(printed).contains("error: the build ran out of memory (the Java heap may use at most",
                out + " is unchanged", "OV_JAVA_OPTS=-Xmx2g bin/official-voices build")
                .doesNotContain("bug", "\tat ");
        assertThat(TreeDiff.describe(oldSite, out)).isEmpty();
    }
}
