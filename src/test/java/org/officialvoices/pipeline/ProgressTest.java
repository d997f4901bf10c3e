package org.officialvoices.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AtomicLong clock = new AtomicLong();
    private final Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), clock::get);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void redrawsAtMostEveryTenthOfASecondAndErasesAtTheEnd() {
        progress.start("rendering pages", 193_113);
        progress.step();
        assertThat(printed()).as("too soon to draw").isEmpty();
        clock.addAndGet(Progress.EVERY_MILLIS * 1_000_000);
        progress.step();
        assertThat(printed()).isEqualTo("\rrendering pages 2 / 193,113");
        progress.step();
        assertThat(printed()).as("still too soon").isEqualTo("\rrendering pages 2 / 193,113");
        progress.finish();
        assertThat(printed()).endsWith("\r" + " ".repeat("rendering pages 2 / 193,113".length()) + "\r");
    }

    @Test
    void drawsOnATerminalWhenNoOneSaysOtherwise() throws InterruptedException {
        Progress drawn = Progress.forTerminal(new PrintStream(bytes, true, StandardCharsets.UTF_8), new Terminal(true, Map.of("TERM", "xterm")));
        drawn.start("rendering pages", 10);
        Thread.sleep(Progress.EVERY_MILLIS + 20); // this one keeps the system's time
        drawn.step();
        assertThat(printed()).isEqualTo("\rrendering pages 1 / 10");
    }

    @Test
    void printsNothingWhenNotAtATerminalOrUnderCiOrOnADumbTerminal() throws InterruptedException {
        for (Terminal terminal : List.of(new Terminal(false, Map.of()), new Terminal(true, Map.of("CI", "true")),
                new Terminal(true, Map.of("TERM", "dumb")))) {
            Progress none = Progress.forTerminal(new PrintStream(bytes, true, StandardCharsets.UTF_8), terminal);
            assertThat(none).as(terminal.toString()).isSameAs(Progress.none());
            none.start("rendering pages", 10);
            Thread.sleep(Progress.EVERY_MILLIS + 20);
            none.step();
            none.finish();
        }
        assertThat(printed()).isEmpty();
    }

    @Test
    void noConsoleIsNoTerminal() {
        assertThat(Terminal.attached(null)).isFalse();
    }
}
