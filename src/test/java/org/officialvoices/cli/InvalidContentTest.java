package org.officialvoices.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.officialvoices.testing.TestSites;
import org.officialvoices.testing.TreeDiff;

/**
 * The catalogue of bad input: each folder under {@code src/test/resources/invalid/<case>/} holds files laid
 * over the {@code minimal} fixture (a file ending {@code .delete} removes that file instead) and
 * {@code expected.txt}, the exact error output. Every case must exit 1 and leave the old output untouched.
 * Run with {@code -Dupdate.goldens=true} to rewrite the expected files after a deliberate change, then
 * review the diff.
 */
class InvalidContentTest {

    static final Path CATALOGUE = Path.of("src/test/resources/invalid");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(CATALOGUE)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsReportedExactlyAndOldOutputIsKept(String name, @TempDir Path tmp) throws IOException {
        Path content = TestSites.copy(TestSites.fixture("minimal"), tmp.resolve("content"));
        overlay(CATALOGUE.resolve(name), content);
        Path out = TestSites.build(TestSites.fixture("minimal"), tmp.resolve("site"));
        TreeDiff.Snapshot before = TreeDiff.Snapshot.of(out);

        TestSites.Run run = TestSites.cli("build", "--content", content.toString(), "--out", out.toString());

        Path expectedFile = CATALOGUE.resolve(name).resolve("expected.txt");
        if (Boolean.getBoolean("update.goldens")) {
            Files.writeString(expectedFile, run.err().replace(out.toString(), "<out>"), StandardCharsets.UTF_8);
        }
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8).replace("<out>", out.toString());
        assertThat(run.err()).isEqualTo(expected);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(TreeDiff.describe(before, out)).as("the old output").isEmpty();
        assertThat(TestSites.entries(tmp)).containsExactly("content", "site");
    }

    static void overlay(Path caseDir, Path content) throws IOException {
        try (Stream<Path> walk = Files.walk(caseDir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String relative = caseDir.relativize(p).toString();
                if (Files.isDirectory(p) || relative.equals("expected.txt")) {
                    continue;
                }
                if (relative.endsWith(".delete")) {
                    Files.delete(content.resolve(relative.substring(0, relative.length() - ".delete".length())));
                } else {
                    Path target = content.resolve(relative);
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
