package org.officialvoices.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.testing.TestSites;
import org.officialvoices.testing.TreeDiff;

/**
 * Files that are not what they seem: a named pipe among the content (which would block whoever opens it),
 * and a previous site that cannot be removed whole. Neither may hang, print a trace or damage the old site.
 */
class HostileFilesTest {

    @TempDir
    Path tmp;

    @AfterEach
    void removeDeepTrees() throws Exception {
        // JUnit cannot delete a tree deeper than a path can name; rm works relative to each folder and can
        new ProcessBuilder("rm", "-rf", tmp.resolve("site").toString()).inheritIO().start().waitFor();
    }

    @Test
    void aNamedPipeOrALinkToOneAmongTheContentIsRefusedByBuildAndCheckWithoutWaiting() throws Exception {
        Path content = TestSites.copy(TestSites.fixture("minimal"), tmp.resolve("content"));
        Files.delete(content.resolve("accounts/town-mayor-weibo.json"));
        mkfifo(content.resolve("accounts/town-mayor-weibo.json"));
        mkfifo(tmp.resolve("pipe.md"));
        Files.createSymbolicLink(content.resolve("pages/extra.md"), tmp.resolve("pipe.md"));
        Path out = TestSites.build(TestSites.fixture("minimal"), tmp.resolve("site"));
        TreeDiff.Snapshot before = TreeDiff.Snapshot.of(out);

        for (String command : new String[] {"build", "check"}) {
            TestSites.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> command.equals("build")
                    ? TestSites.cli("build", "--content", content.toString(), "--out", out.toString())
                    : TestSites.cli("check", "--content", content.toString()));
            assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
            String refused = ":1:1: error: not a regular file (a named pipe, socket or device); only files are read\n"
                    + "    hint: replace it with an ordinary file, or move it out of the content folder\n";
            assertThat(run.err()).startsWith("accounts/town-mayor-weibo.json" + refused)
                    .contains("pages/extra.md" + refused).doesNotContain("\tat ");
        }
        assertThat(TreeDiff.describe(before, out)).isEmpty();
    }

    /**
     * A folder deeper than a path can name ({@code PATH_MAX}) cannot be listed or deleted by path, even by
     * root, so the old site cannot be removed whole. Without the check before the swap, the old site was
     * moved aside and half deleted, and the build ended in a trace (exit 3).
     */
    @Test
    void anOldSiteThatCannotBeRemovedWholeEndsInExit5AndStaysAsItWas() throws Exception {
        Path out = TestSites.build(TestSites.fixture("minimal"), tmp.resolve("site"));
        TreeDiff.Snapshot before = TreeDiff.Snapshot.of(out, name -> !name.equals("deep"));
        Path deepest = deepTree(out.resolve("deep"));
        assertThat(org.officialvoices.output.SiteWriterAccess.obstacle(out)).as("the old site must really be unremovable")
                .isNotNull();

        TestSites.Run run = TestSites.cli("build", "--content", changed().toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.OUTPUT_FAILED);
        assertThat(run.err()).startsWith("error: cannot replace " + out.toAbsolutePath()
                + ": the previous output cannot be removed whole, so it is left as it was: File name too long at ")
                .endsWith("; " + out + " is unchanged.\n").doesNotContain("\tat ");
        assertThat(TreeDiff.describe(before, "before", TreeDiff.Snapshot.of(out, name -> !name.equals("deep")), "after")).isEmpty();
        assertThat(countFiles(out.resolve("deep"))).as(deepest + " and its folders are still there").isEqualTo(1);
        assertThat(TestSites.entries(tmp)).containsExactly("content", "site");
    }

    /** The minimal fixture with one change, so that the build is not skipped as up to date. */
    private Path changed() throws IOException {
        Path content = tmp.resolve("content");
        if (!Files.exists(content)) {
            TestSites.copy(TestSites.fixture("minimal"), content);
            Path home = content.resolve("pages/home.md");
            Files.writeString(home, Files.readString(home) + "\nOne more line.\n");
        }
        return content;
    }

    /** A file 25 folders of 200 letters down (about 5,000 characters of path), made with relative steps. */
    private static Path deepTree(Path top) throws Exception {
        String script = "import os,sys\nos.makedirs(sys.argv[1])\nos.chdir(sys.argv[1])\n"
                + "for i in range(25):\n    os.mkdir('d' * 200)\n    os.chdir('d' * 200)\nopen('f', 'w').write('x')\n";
        Process p = new ProcessBuilder("python3", "-c", script, top.toString()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
        return top.resolve("…/f");
    }

    private static long countFiles(Path top) throws Exception {
        Process p = new ProcessBuilder("find", top.toString(), "-type", "f").redirectErrorStream(true).start();
        String listed = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return listed.lines().filter(l -> !l.isBlank()).count();
    }

    static void mkfifo(Path path) throws Exception {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(p.waitFor()).as("mkfifo " + path).isZero();
    }
}
