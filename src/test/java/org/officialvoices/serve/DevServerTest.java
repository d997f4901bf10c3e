package org.officialvoices.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class DevServerTest {

    /** Settings of the whole JVM are the command line's to make (Main.main), not a server's. */
    @Test
    void startingAServerChangesNoSettingOfTheJvm() throws IOException {
        Properties before = (Properties) System.getProperties().clone();
        DevServer server = DevServer.start(0, () -> null);
        try {
            assertThat(System.getProperties()).isEqualTo(before);
        } finally {
            server.close();
        }
    }
}
