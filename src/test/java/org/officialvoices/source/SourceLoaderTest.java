package org.officialvoices.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.diag.Diagnostic;
import org.officialvoices.diag.Diagnostics;

class SourceLoaderTest {

    @TempDir
    Path content;

    private List<String> problems(Diagnostics d) {
        return d.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void byteOrderMarkIsDroppedAndCrlfBecomesLf() throws IOException {
        Files.write(content.resolve("site.json"), "\uFEFF{\r\n  \"a\": 1\r\n}\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Diagnostics d = new Diagnostics();
        SourceSet set = new SourceLoader(content).load(d);
        assertThat(problems(d)).isEmpty();
        assertThat(set.files()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("site.json");
            assertThat(f.kind()).isEqualTo(SourceKind.SITE);
            assertThat(f.text()).isEqualTo("{\n  \"a\": 1\n}\n");
        });
    }

    @Test
    void invalidUtf8IsReportedAtItsLineAndColumn() throws IOException {
        Files.createDirectories(content.resolve("accounts"));
        Files.write(content.resolve("accounts/x.json"), new byte[] {'{', '\n', ' ', '"', (byte) 0xC3, '"', '}'});
        Diagnostics d = new Diagnostics();
        new SourceLoader(content).load(d);
        assertThat(problems(d)).containsExactly("accounts/x.json:2:3: error: file is not valid UTF-8 (byte 0xC3 at offset 4)\n"
                + "    hint: save the file as UTF-8; most editors offer this under \"Save with encoding\"");
    }

    @Test
    void symbolicLinkOutsideContentIsRefused(@TempDir Path outside) throws IOException {
        Files.writeString(outside.resolve("secret.json"), "{}");
        Files.createSymbolicLink(content.resolve("sources.json"), outside.resolve("secret.json"));
        Diagnostics d = new Diagnostics();
        SourceSet set = new SourceLoader(content).load(d);
        assertThat(set.files()).isEmpty();
        assertThat(problems(d)).containsExactly("sources.json:1:1: error: symbolic link points outside the content folder\n"
                + "    hint: copy the file into the content folder instead of linking to it");
    }

    @Test
    void symbolicLinkInsideContentIsRead() throws IOException {
        Files.createDirectories(content.resolve("shared"));
        Files.writeString(content.resolve("kinds.json"), "{}");
        Files.createDirectories(content.resolve("accounts"));
        Files.createSymbolicLink(content.resolve("accounts/x.json"), content.resolve("kinds.json"));
        Diagnostics d = new Diagnostics();
        assertThat(new SourceLoader(content).load(d).files()).extracting(SourceFile::path)
                .containsExactly("accounts/x.json", "kinds.json");
        assertThat(problems(d)).isEmpty();
    }

    /**
     * The system's refusal is simulated through the loader's seam: permission bits do not stop root, and the
     * suite runs as root in CI, where a {@code chmod 000} test could only skip.
     */
    @Test
    void unreadableFileIsReportedAndTheOthersAreRead() throws IOException {
        Files.writeString(content.resolve("kinds.json"), "{}");
        Files.writeString(content.resolve("site.json"), "{}");
        Diagnostics d = new Diagnostics();
        SourceLoader loader = new SourceLoader(content, file -> {
            if (file.getFileName().toString().equals("kinds.json")) {
                throw new AccessDeniedException(file.toString());
            }
            return Files.readAllBytes(file);
        });
        assertThat(loader.load(d).files()).extracting(SourceFile::path).containsExactly("site.json");
        assertThat(problems(d)).containsExactly("kinds.json:1:1: error: file cannot be read: permission denied\n"
                + "    hint: check the file's permissions");
    }

    @Test
    void brokenSymbolicLinkIsReported() throws IOException {
        Files.createDirectories(content.resolve("accounts"));
        Path broken = content.resolve("accounts/gone.json");
        Files.createSymbolicLink(broken, content.resolve("missing-target.json"));
        Diagnostics d = new Diagnostics();
        new SourceLoader(content).load(d);
        assertThat(problems(d)).containsExactly(
                "accounts/gone.json:1:1: error: file cannot be read: it does not exist (a broken symbolic link?)");
    }

    @Test
    void veryLargeFileIsRefused() throws IOException {
        Files.write(content.resolve("sources.json"), new byte[(int) SourceLoader.MAX_BYTES + 1]);
        Diagnostics d = new Diagnostics();
        new SourceLoader(content).load(d);
        assertThat(problems(d)).containsExactly("sources.json:1:1: error: file is too large (8388609 bytes; the limit is 8388608)\n"
                + "    hint: split it into several files");
    }

    @Test
    void markdownOverItsOwnLimitIsRefused() throws IOException {
        Files.createDirectories(content.resolve("case-studies"));
        Files.write(content.resolve("case-studies/long.md"), new byte[(int) SourceLoader.MAX_MARKDOWN_BYTES + 1]);
        Diagnostics d = new Diagnostics();
        new SourceLoader(content).load(d);
        assertThat(problems(d)).containsExactly("case-studies/long.md:1:1: error: file is too large (131073 bytes; the limit is 131072)\n"
                + "    hint: split it into several files");
    }

    @Test
    void namedPipesAndLinksToThemAreRefusedWithoutBeingOpened(@TempDir Path outside) throws Exception {
        Files.createDirectories(content.resolve("accounts"));
        mkfifo(content.resolve("accounts/pipe.json"));
        mkfifo(outside.resolve("elsewhere.json"));
        Files.createSymbolicLink(content.resolve("sources.json"), outside.resolve("elsewhere.json"));
        Diagnostics d = new Diagnostics();
        // a pipe with no writer blocks whoever opens it: were it opened, this would never return
        var loaded = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> new SourceLoader(content).load(d));
        assertThat(loaded.files()).isEmpty();
        String refused = ":1:1: error: not a regular file (a named pipe, socket or device); only files are read\n"
                + "    hint: replace it with an ordinary file, or move it out of the content folder";
        assertThat(problems(d)).containsExactly("accounts/pipe.json" + refused, "sources.json" + refused);
    }

    static void mkfifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(p.waitFor()).as("mkfifo " + path).isZero();
        assertThat(Files.isRegularFile(path) || Files.isDirectory(path)).isFalse();
    }

    @Test
    void controlCharactersAreReportedEachAtItsLineAndColumn() throws IOException {
        Files.createDirectories(content.resolve("pages"));
        Files.writeString(content.resolve("pages/a.md"), "---\ntitle: A\u0001\n---\nbody \u0085 and \u001b\n");
        Diagnostics d = new Diagnostics();
        new SourceLoader(content).load(d);
        String hint = "\n    hint: delete it (most editors do not show it); only tab and new line are allowed among control characters";
        assertThat(problems(d)).containsExactly(
                "pages/a.md:2:9: error: file contains the control character U+0001, which no page, feed or download may hold" + hint,
                "pages/a.md:4:6: error: file contains the control character U+0085, which no page, feed or download may hold" + hint,
                "pages/a.md:4:12: error: file contains the control character U+001B, which no page, feed or download may hold" + hint);
    }

    @Test
    void hiddenAndBackupFilesAreIgnoredAndOrderIsStable() throws IOException {
        Files.createDirectories(content.resolve("accounts"));
        for (String name : List.of("accounts/b.json", "accounts/a.json", ".DS_Store", "accounts/a.json~", "accounts/.#a.json")) {
            Files.writeString(content.resolve(name), "{}");
        }
        Diagnostics d = new Diagnostics();
        assertThat(new SourceLoader(content).load(d).files()).extracting(SourceFile::path)
                .containsExactly("accounts/a.json", "accounts/b.json");
        assertThat(problems(d)).isEmpty();
    }

    @Test
    void foldersAreWalkedToAnyDepthAndHiddenFoldersAreSkipped() throws IOException {
        for (String name : List.of("case-studies/a.md", "accounts/deep/er/x.json", ".git/objects/y.json", "accounts/.cache/z.json")) {
            Files.createDirectories(content.resolve(name).getParent());
            Files.writeString(content.resolve(name), "{}");
        }
        Diagnostics d = new Diagnostics();
        SourceLoader.Listing listing = new SourceLoader(content).list(d);
        assertThat(listing.paths()).containsExactly("accounts/deep/er/x.json", "case-studies/a.md");
        assertThat(problems(d)).isEmpty();
    }

    @Test
    void symbolicLinkToAFolderIsRefused(@TempDir Path outside) throws IOException {
        Files.writeString(outside.resolve("x.json"), "{}");
        Files.createSymbolicLink(content.resolve("accounts"), outside);
        Diagnostics d = new Diagnostics();
        assertThat(new SourceLoader(content).list(d).paths()).isEmpty();
        assertThat(problems(d)).containsExactly("accounts:1:1: error: symbolic link to a folder is not followed\n"
                + "    hint: link the files one by one, or copy the folder into the content folder");
    }

    /** As for files, the refusal is simulated, so that the test runs (and can fail) as root too. */
    @Test
    void unreadableFolderIsReportedAndTheOthersAreListed() throws IOException {
        Path folder = Files.createDirectories(content.resolve("accounts"));
        Files.writeString(folder.resolve("a.json"), "{}");
        Files.createDirectories(content.resolve("datasets"));
        Files.writeString(content.resolve("datasets/b.json"), "{}");
        Diagnostics d = new Diagnostics();
        SourceLoader loader = new SourceLoader(content, Files::readAllBytes, dir -> {
            if (dir.getFileName().toString().equals("accounts")) {
                throw new AccessDeniedException(dir.toString());
            }
            return Files.newDirectoryStream(dir);
        });
        assertThat(loader.list(d).paths()).containsExactly("datasets/b.json");
        assertThat(problems(d)).containsExactly("accounts:1:1: error: cannot be listed: permission denied");
    }

    @Test
    void statsOfEveryFileAreListedInPathOrder() throws IOException {
        Files.createDirectories(content.resolve("accounts"));
        for (int i = 0; i < 100; i++) {
            Files.writeString(content.resolve("accounts/a" + i + ".json"), "x".repeat(i));
        }
        Diagnostics d = new Diagnostics();
        List<String> stats = new SourceLoader(content).list(d).stats();
        assertThat(stats).hasSize(100).isSorted();
        assertThat(stats.get(0)).startsWith("accounts/a0.json\u00000\u0000");
        assertThat(stats.get(99)).startsWith("accounts/a99.json\u000099\u0000");
    }
}
