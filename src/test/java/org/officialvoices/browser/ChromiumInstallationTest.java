package org.officialvoices.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.testing.Chromium.Installation;

/** Finding the browser and its driver the way Debian, GitHub's runners and laptops lay them out. */
class ChromiumInstallationTest {

    @TempDir
    Path tmp;

    private Path executable(String dir, String name) throws IOException {
        Path file = Files.createDirectories(tmp.resolve(dir)).resolve(name);
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    @Test
    void foundOnPathUnderAnyOfTheUsualNames() throws IOException {
        Path chrome = executable("opt", "google-chrome");
        Path driver = executable("bin", "chromedriver");
        Installation found = Installation.find(Map.of("PATH", tmp.resolve("nothing-here") + ":" + tmp.resolve("bin") + ":" + tmp.resolve("opt")));
        assertThat(found.browser()).contains(chrome);
        assertThat(found.driver()).contains(driver);
        assertThat(found.complete()).isTrue();
    }

    @Test
    void chromiumIsPreferredToChromeWhenBothAreOnPath() throws IOException {
        executable("bin", "google-chrome");
        Path chromium = executable("bin", "chromium");
        assertThat(Installation.find(Map.of("PATH", tmp.resolve("bin").toString())).browser()).contains(chromium);
    }

    @Test
    void variablesWinOverPathAndGithubsDriverFolderIsUsed() throws IOException {
        executable("bin", "chromium");
        Path chrome = executable("custom", "my-chrome");
        Path driver = executable("webdriver", "chromedriver");
        Installation found = Installation.find(Map.of("PATH", tmp.resolve("bin").toString(), "CHROME_BIN", chrome.toString(),
                "CHROMEWEBDRIVER", tmp.resolve("webdriver").toString()));
        assertThat(found.browser()).contains(chrome);
        assertThat(found.driver()).contains(driver);
    }

    @Test
    void aMissingBrowserAndDriverAreNamedInTheMessage() {
        Installation found = Installation.find(Map.of("PATH", tmp.toString()));
        assertThat(found.complete()).isFalse();
        assertThat(found.problem()).isEqualTo("browser tests need Chrome or Chromium and chromedriver; missing a browser: none of "
                + "chromium, chromium-browser, google-chrome, google-chrome-stable, chrome is on PATH, and CHROME_BIN is not set; "
                + "and chromedriver: not on PATH, and neither CHROMEDRIVER nor CHROMEWEBDRIVER is set "
                + "(on Debian: apt-get install chromium chromium-driver)");
    }

    @Test
    void aVariableNamingNoFileIsReportedNotSilentlyReplacedByPath() throws IOException {
        executable("bin", "chromium");
        executable("bin", "chromedriver");
        Installation found = Installation.find(Map.of("PATH", tmp.resolve("bin").toString(),
                "CHROME_BIN", tmp.resolve("gone").toString()));
        assertThat(found.browser()).isEqualTo(Optional.empty());
        assertThat(found.missing()).containsExactly("the browser at CHROME_BIN=" + tmp.resolve("gone") + " (not an executable file)");
    }
}
