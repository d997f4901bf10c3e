package org.officialvoices.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.testing.TestSites;

/**
 * The data packages of the real report (the current data and every release) pass the reference validator of the
 * standard, npm's {@code datapackage}: the descriptor against its profile, every CSV row against its table schema,
 * primary keys, and every foreign key. The same check fails on each kind of defect. It needs Node.js; without it
 * the test is skipped, except under {@code CI=true}, where it fails.
 */
class DataPackageValidationIT {

    private static final String VALIDATOR = "datapackage@1.1.10";

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        site = TestSites.build(TestSites.realContent(), tmp.resolve("site"));
    }

    @Test
    void theDataPackagesPassTheStandardsValidatorAndABrokenOneFails() throws Exception {
        Path npm = Path.of("target/npm-datapackage");
        if (!Files.isDirectory(npm.resolve("node_modules/datapackage"))) {
            requireTool("npm");
            Files.createDirectories(npm);
            assertThat(run(List.of("npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", npm.toString(), VALIDATOR)))
                    .as("npm install " + VALIDATOR).startsWith("exit 0");
        }
        requireTool("node");
        String script = Path.of("src/test/resources/data/validate-datapackage.cjs").toString();
        for (String descriptor : List.of("data/datapackage.json", "data/releases/1.0.0/datapackage.json",
                "data/releases/1.1.0/datapackage.json")) {
            String output = run(List.of("node", script, npm.toAbsolutePath().toString(), site.resolve(descriptor).toString()));
            assertThat(output).as(descriptor).startsWith("exit 0\n").contains("observations: ", "disagreements: ");
        }

        // the same check fails on a repeated key, a value that is not a number and a source that does not exist
        List<String> lines = Files.readAllLines(site.resolve("data/observations.csv"));
        Map<String, String> defects = Map.of(
                "unique constraint violation", lines.get(1),
                "not type \"number\"", lines.get(2).replaceFirst(",[0-9]+,", ",many,"),
                "foreign key", lines.get(3).replaceAll(",[a-z0-9-]+$", ",no-such-source").replaceFirst(",[a-z-]+,", ",posts,"));
        for (Map.Entry<String, String> defect : defects.entrySet()) {
            Path broken = TestSites.copy(site.resolve("data"), tmp.resolve("broken-" + defect.getKey().replace(' ', '-')));
            List<String> edited = new ArrayList<>(lines);
            edited.add(defect.getValue());
            Files.write(broken.resolve("observations.csv"), edited);
            String output = run(List.of("node", script, npm.toAbsolutePath().toString(), broken.resolve("datapackage.json").toString()));
            assertThat(output).as(defect.getKey()).startsWith("exit 1\n").containsIgnoringCase("observations: ")
                    .containsIgnoringCase(defect.getKey());
        }
    }

    private static void requireTool(String tool) throws Exception {
        boolean found = run(List.of("sh", "-c", "command -v " + tool)).startsWith("exit 0");
        if (!found && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(tool + " is needed to validate the data package with " + VALIDATOR
                    + " (install Node.js); CI=true, so this fails");
        }
        Assumptions.assumeTrue(found, tool + " (Node.js) is needed to validate the data package with " + VALIDATOR);
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        return "exit " + process.exitValue() + "\n" + output;
    }
}
