package org.officialvoices.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journaled update of an output folder: whole when committed, untouched when not, finished after a crash. */
class SitePatchTest {

    @TempDir
    Path dir;

    private Path site() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("a"));
        Files.createDirectories(site.resolve("gone"));
        Files.writeString(site.resolve("a/index.html"), "old a");
        Files.writeString(site.resolve("gone/index.html"), "old gone");
        Files.writeString(site.resolve("kept.txt"), "kept");
        return site;
    }

    @Test
    void aCommitWritesDeletesPrunesAndSeals() throws IOException {
        Path site = site();
        Path state = dir.resolve(".site.state");
        try (SitePatch patch = SitePatch.stage(site)) {
            Files.writeString(SitePatch.staged(state), "new state"); // after stage(), which clears stale ones
            patch.write("a/index.html", "new a".getBytes());
            patch.write("b/c/index.html", "new c".getBytes());
            patch.delete("gone/index.html");
            patch.commit(List.of(state), "token-1");
        }
        assertThat(Files.readString(site.resolve("a/index.html"))).isEqualTo("new a");
        assertThat(Files.readString(site.resolve("b/c/index.html"))).isEqualTo("new c");
        assertThat(site.resolve("gone")).doesNotExist();
        assertThat(Files.readString(site.resolve("kept.txt"))).isEqualTo("kept");
        assertThat(Files.readString(state)).isEqualTo("new state");
        assertThat(OutputSeal.holds(site, "token-1")).isTrue();
        assertThat(names()).containsExactly(".site.state", ".site.state.seal", "site");
    }

    @Test
    void aPatchNotCommittedLeavesEverythingAsItWas() throws IOException {
        Path site = site();
        OutputSeal.seal(site, "before");
        try (SitePatch patch = SitePatch.stage(site)) {
            patch.write("a/index.html", "new a".getBytes());
            patch.delete("gone/index.html");
        }
        assertThat(Files.readString(site.resolve("a/index.html"))).isEqualTo("old a");
        assertThat(site.resolve("gone/index.html")).exists();
        assertThat(OutputSeal.holds(site, "before")).isTrue();
        assertThat(names()).containsExactly(".site.state.seal", "site");
    }

    @Test
    void aJournalLeftHalfAppliedIsFinishedByTheNextRun() throws IOException {
        Path site = site();
        Path staging = dir.resolve(".site.tmp-crashed");
        Files.createDirectories(staging.resolve("a"));
        Files.createDirectories(staging.resolve("b"));
        Files.writeString(staging.resolve("b/index.html"), "new b"); // a/index.html was already moved in
        Files.writeString(site.resolve("a/index.html"), "new a");
        Files.writeString(SitePatch.staged(dir.resolve(".site.state")), "new state");
        Files.write(SitePatch.journal(site), List.of("S .site.tmp-crashed", "T token-2", "D gone/index.html",
                "M a/index.html", "M b/index.html", "B .site.state", "E"));
        assertThat(OutputSeal.holds(site, "token-2")).isFalse();

        SiteWriter.repair(site);

        assertThat(Files.readString(site.resolve("a/index.html"))).isEqualTo("new a");
        assertThat(Files.readString(site.resolve("b/index.html"))).isEqualTo("new b");
        assertThat(site.resolve("gone")).doesNotExist();
        assertThat(Files.readString(dir.resolve(".site.state"))).isEqualTo("new state");
        assertThat(OutputSeal.holds(site, "token-2")).isTrue();
        assertThat(names()).containsExactly(".site.state", ".site.state.seal", "site");
    }

    @Test
    void aJournalCutShortBreaksTheSealSoTheNextBuildIsFull() throws IOException {
        Path site = site();
        OutputSeal.seal(site, "before");
        Files.write(SitePatch.journal(site), List.of("S .site.tmp-crashed", "T token-3", "M a/index.html"));
        SiteWriter.repair(site);
        assertThat(OutputSeal.holds(site, "before")).isFalse();
        assertThat(names()).containsExactly("site");
    }

    @Test
    void theSealBreaksWhenTheOutputIsReplacedOrChangedAtItsTop() throws IOException {
        Path site = site();
        OutputSeal.seal(site, "t");
        assertThat(OutputSeal.holds(site, "t")).isTrue();
        assertThat(OutputSeal.holds(site, "another")).isFalse();
        Files.writeString(site.resolve("added.html"), "by hand");
        assertThat(OutputSeal.holds(site, "t")).isFalse();
    }

    private List<String> names() throws IOException {
        try (var list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
