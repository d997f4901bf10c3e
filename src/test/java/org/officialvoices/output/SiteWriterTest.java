package org.officialvoices.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
    void pathsThatWouldEscapeTheOutputAreRefused() throws Exception {
        try (SiteWriter writer = SiteWriter.stage(tmp.resolve("site"))) {
            assertThatThrownBy(() -> writer.write("../evil.html", new byte[0])).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> writer.write("/etc/evil.html", new byte[0])).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(tmp.resolve("evil.html")).doesNotExist();
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
}
