package org.officialvoices.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.officialvoices.diag.BuildFailed;

class TextDecoderTest {

    @Test
    void aReplacementCharacterWrittenInTheFileIsKept() {
        assertThat(TextDecoder.decode("a.md", "bad \uFFFD sign, 外交部\r\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("bad \uFFFD sign, 外交部\n");
    }

    @Test
    void aByteOrderMarkIsDroppedAndLineEndingsBecomeNewlines() {
        byte[] bytes = "\uFEFFone\r\ntwo\rthree".getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode("a.md", bytes)).isEqualTo("one\ntwo\nthree");
    }

    @Test
    void anInvalidByteIsReportedAtItsLineAndColumn() {
        byte[] bytes = {'o', 'k', '\n', 'a', (byte) 0xC3, '(', '\n'};
        assertThatThrownBy(() -> TextDecoder.decode("a.md", bytes)).isInstanceOfSatisfying(BuildFailed.class, e ->
                assertThat(e.diagnostics().get(0).format()).startsWith("a.md:2:2: error: file is not valid UTF-8 (byte 0xC3 at offset 4)"));
    }
}
