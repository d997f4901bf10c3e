package org.officialvoices.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class PageBufferTest {

    @Test
    void encodesEveryStringAsGetBytesDoes() {
        SplittableRandom random = new SplittableRandom(42);
        char[] alphabet = {'a', '<', 'é', 'ß', '外', '交', '\uD83D', '\uDE00', '\uDFFF', '\uD800', '\u07FF', '\u0800', '\uFFFF', '\u0000'};
        PageBuffer buffer = new PageBuffer();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (int i = 0; i < 5_000; i++) {
            char[] chars = new char[random.nextInt(40)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(chars);
            int begin = random.nextInt(s.length() + 1);
            int end = begin + random.nextInt(s.length() - begin + 1);
            buffer.writeContent(s, begin, end);
            expected.writeBytes(s.substring(begin, end).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(buffer.length()).as("grew past its first capacity").isGreaterThan(32 * 1024);
        assertThat(Arrays.copyOf(buffer.array(), buffer.length())).isEqualTo(expected.toByteArray());
    }

    @Test
    void binaryContentIsCopiedAsIsAndClearKeepsNothing() {
        PageBuffer buffer = new PageBuffer();
        buffer.writeContent("stale");
        buffer.clear();
        buffer.writeBinaryContent("<p>".getBytes(StandardCharsets.UTF_8));
        buffer.writeContent("外交部");
        buffer.writeBinaryContent("</p>".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(buffer.array(), 0, buffer.length(), StandardCharsets.UTF_8)).isEqualTo("<p>外交部</p>");
    }
}
