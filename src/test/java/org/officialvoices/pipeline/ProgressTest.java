package org.officialvoices.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
    void printsNothingWhenNotAtATerminal() {
        Progress none = Progress.none();
        none.start("rendering pages", 10);
        none.step();
        none.finish();
        // surefire's output is not a terminal, so this is what CI gets
        assertThat(Progress.forTerminal(System.err)).isSameAs(Progress.none());
    }
}
