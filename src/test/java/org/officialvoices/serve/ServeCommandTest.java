package org.officialvoices.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.testing.TestSites;
import org.officialvoices.testing.TestSites.Run;

/** {@code serve}'s refusals, which must come before it starts serving. */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void aPortInUseIsAUsageErrorThatSaysWhatToDo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run run = TestSites.cli("serve", "--content", TestSites.fixture("minimal").toString(), "--port",
                    String.valueOf(taken.getLocalPort()));
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).startsWith("error: port " + taken.getLocalPort() + " is in use").contains("--port 0");
        }
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(TestSites.cli("serve", "--port", "http").err()).contains("--port needs a whole number");
        assertThat(TestSites.cli("serve", "--port", "70000").exitCode()).isEqualTo(2);
        Run missing = TestSites.cli("serve", "--content", dir.resolve("nowhere").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("content folder").contains("not found");
        assertThat(TestSites.cli("serve", "--templates", dir.resolve("nowhere").toString()).err()).contains("templates folder");
        assertThat(TestSites.cli("serve", "--out", "x").err()).contains("unknown option \"--out\" for serve");
    }
}
