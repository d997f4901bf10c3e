package org.officialvoices.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

import gg.jte.Content;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.Utf8ByteOutput;

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

    /** Escaping in one pass must give exactly jte's own escaping, in every context a template can print into. */
    @Test
    void escapesAsJteDoesInEveryContext() {
        String[][] contexts = {{null, null}, {"p", null}, {"a", "href"}, {"a", "title"}, {"link", "href"},
                {"td", "data-sort"}, {"script", null}, {"button", "onclick"}, {"a", null}};
        String[] pieces = {"a", "&", "<", ">", "\"", "'", "`", "$", "/", "-", "\\", "\n", "\t", " ", "é", "外交", "\uD83D\uDE00",
                "\uD800", "javascript:", "JavaScript:", " \tjavascript:", "jav", "&amp;", "</script>"};
        SplittableRandom random = new SplittableRandom(7);
        PageBuffer ours = new PageBuffer();
        Utf8ByteOutput expected = new Utf8ByteOutput();
        OwaspHtmlTemplateOutput jte = new OwaspHtmlTemplateOutput(expected);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder value = new StringBuilder();
            for (int j = random.nextInt(6); j > 0; j--) {
                value.append(pieces[random.nextInt(pieces.length)]);
            }
            String[] context = contexts[random.nextInt(contexts.length)];
            ours.setContext(context[0], context[1]);
            jte.setContext(context[0], context[1]);
            if (random.nextInt(5) == 0) {
                String text = value.toString();
                Content block = output -> {
                    output.writeContent("<b>");
                    output.writeUserContent(text);
                };
                ours.writeUserContent(block);
                jte.writeUserContent(block);
            } else {
                ours.writeUserContent(value.toString());
                jte.writeUserContent(value.toString());
            }
            ours.writeUserContent(i);
            jte.writeUserContent(i);
        }
        ours.writeUserContent((String) null);
        assertThat(new String(ours.array(), 0, ours.length(), StandardCharsets.UTF_8))
                .isEqualTo(new String(expected.toByteArray(), StandardCharsets.UTF_8));
        assertThat(Arrays.copyOf(ours.array(), ours.length())).isEqualTo(expected.toByteArray());
    }

    @Test
    void dropsScriptLinksAndClearForgetsTheContext() {
        PageBuffer buffer = new PageBuffer();
        buffer.setContext("a", "href");
        buffer.writeUserContent(" JavaScript:alert(1)");
        buffer.writeUserContent("../x/?a=1&b=\"2\"");
        buffer.clear();
        buffer.writeUserContent("<i>");
        assertThat(new String(buffer.array(), 0, buffer.length(), StandardCharsets.UTF_8)).isEqualTo("&lt;i&gt;");
    }
}
