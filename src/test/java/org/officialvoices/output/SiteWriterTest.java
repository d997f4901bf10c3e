package org.officialvoices.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

    @TempDir
    Path tmp;

    private Path oldSite() throws Exception {
        Path site = tmp.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "old");
        return site;
    }

    @Test
    void commitSwapsTheNewSiteInWhole() throws Exception {
        Path site = oldSite();
        try (SiteWriter writer = SiteWriter.stage(site)) {
            writer.write("accounts/x/index.html", "new".getBytes(StandardCharsets.UTF_8));
            assertThat(Files.readString(site.resolve("index.html"))).isEqualTo("old");
            writer.commit();
        }
        assertThat(site.resolve("index.html")).doesNotExist();
        assertThat(Files.readString(site.resolve("accounts/x/index.html"))).isEqualTo("new");
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(site);
        }
    }

    @Test
    void closingWithoutCommitLeavesTheOldSiteAndNoStagingFolder() throws Exception {
        Path site = oldSite();
        try (SiteWriter writer = SiteWriter.stage(site)) {
            writer.write("index.html", "half".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.readString(site.resolve("index.html"))).isEqualTo("old");
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(site);
        }
    }

    @Test
    void halfWrittenStampAndStateFilesOfAKilledRunAreRemovedByTheNext() throws Exception {
        Path site = oldSite();
        Files.writeString(tmp.resolve(".site.state.tmp"), "cut short");
        Files.writeString(tmp.resolve(".site.stamp.tmp"), "cut short");
        Files.writeString(tmp.resolve(".site.stamp"), "kept");
        SiteWriter.stage(site).close();
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString()).sorted()).containsExactly(".site.stamp", "site");
        }
    }

    @Test
    void pathsThatWouldEscapeTheOutputAreRefused() throws Exception {
        try (SiteWriter writer = SiteWriter.stage(tmp.resolve("site"))) {
            assertThatThrownBy(() -> writer.write("../evil.html", new byte[0])).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> writer.write("/etc/evil.html", new byte[0])).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(tmp.resolve("evil.html")).doesNotExist();
    }

    private static List<String> accountFolders(int n) {
        return IntStream.range(0, n).mapToObj(i -> "accounts/a" + i + "/").toList();
    }

    @Test
    void foldersMadeAheadReceiveTheirFilesWhicheverComesFirst() throws Exception {
        Path site = tmp.resolve("site");
        List<String> folders = accountFolders(3_000);
        try (SiteWriter writer = SiteWriter.stage(site)) {
            writer.makeFoldersAhead(folders);
            for (int i = folders.size() - 1; i >= 0; i--) { // from the end, so some folders are not made yet
                writer.write(folders.get(i) + "index.html", ("page " + i).getBytes(StandardCharsets.UTF_8));
            }
            writer.commit();
        }
        try (Stream<Path> made = Files.list(site.resolve("accounts"))) {
            assertThat(made).hasSize(3_000).allSatisfy(folder -> {
                try (Stream<Path> files = Files.list(folder)) {
                    assertThat(files).containsExactly(folder.resolve("index.html"));
                }
            });
        }
        assertThat(Files.readString(site.resolve("accounts/a1234/index.html"))).isEqualTo("page 1234");
    }

    @Test
    void closingWhileFoldersAreBeingMadeStopsTheMakerAndLeavesNoStagingFolder() throws Exception {
        Path site = oldSite();
        try (SiteWriter writer = SiteWriter.stage(site)) {
            writer.makeFoldersAhead(accountFolders(100_000));
        }
        assertThat(Files.readString(site.resolve("index.html"))).isEqualTo("old");
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(site);
        }
    }

    @Test
    void aFolderThatWouldEscapeTheOutputStopsTheMakerAndIsNotMade() throws Exception {
        Path site = tmp.resolve("site");
        try (SiteWriter writer = SiteWriter.stage(site)) {
            writer.makeFoldersAhead(List.of("../escaped/", "accounts/later/"));
            writer.write("index.html", new byte[0]);
            writer.commit();
        }
        assertThat(tmp.resolve("escaped")).doesNotExist();
        assertThat(site.resolve("accounts")).doesNotExist();
    }

    @Test
    void aSwapInterruptedAfterMovingTheOldSiteAsideIsUndoneByTheNextRun() throws Exception {
        Path site = oldSite();
        Path aside = tmp.resolve(".site.old-interrupted");
        Files.move(site, aside);
        Files.createDirectories(tmp.resolve(".site.tmp-interrupted"));
        SiteWriter.stage(site).close();
        assertThat(Files.readString(site.resolve("index.html"))).isEqualTo("old");
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(site);
        }
    }

    /**
     * A folder of the old site whose entries cannot be removed (read-only, say) is found before anything
     * moves. The refusal is simulated through the writer's seam, because permission bits do not stop root.
     */
    @Test
    void anOldSiteWithAFolderThatCannotBeEmptiedIsLeftAsItWas() throws Exception {
        Path site = oldSite();
        Files.createDirectories(site.resolve("accounts/x"));
        Files.writeString(site.resolve("accounts/x/index.html"), "old page");
        Path locked = site.resolve("accounts").toAbsolutePath();
        SiteWriter.FolderAccess refusing = dir -> {
            if (dir.equals(locked)) {
                throw new java.nio.file.AccessDeniedException(dir.toString());
            }
            SiteWriter.FolderAccess.SYSTEM.checkWritable(dir);
        };
        try (SiteWriter writer = SiteWriter.stage(site, refusing)) {
            writer.write("index.html", "new".getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(writer::commit).isInstanceOf(OutputFailed.class).hasMessage("cannot replace "
                    + site.toAbsolutePath() + ": the previous output cannot be removed whole, so it is left as it was: "
                    + "permission denied at " + locked);
        }
        assertThat(Files.readString(site.resolve("index.html"))).isEqualTo("old");
        assertThat(Files.readString(site.resolve("accounts/x/index.html"))).isEqualTo("old page");
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(site);
        }
    }
}
