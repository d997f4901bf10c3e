package org.officialvoices.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.officialvoices.testing.SiteInvariants;

class XmlTextTest {

    @Test
    void specialCharactersAreEscapedAndForbiddenOnesDropped() {
        assertThat(XmlText.escape("<a href=\"x\">&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
        assertThat(XmlText.escape("a\u0000b\u0008c\u000bd\u000ce\u001ff\ufffeg\uffffh\ud800i\udc00j")).isEqualTo("abcdefghij");
        assertThat(XmlText.escape("tab\there\nline 😀 中文")).isEqualTo("tab\there\nline 😀 中文");
    }

    @Test
    void everyCharacterOfTheFirstPlanesGivesAFileXmlParsersAccept() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c < 0x10000; c++) {
            all.append((char) c);
        }
        all.append("😀").append('\ud83d'); // a pair, then a lone high half at the very end
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<t a=\"" + XmlText.escape(all.toString()) + "\">"
                + XmlText.escape(all.toString()) + "</t>";
        assertThat(SiteInvariants.xmlProblem(xml.getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Test
    void cleanReturnsTheSameStringWhenThereIsNothingToDrop() {
        String text = "plain text";
        assertThat(XmlText.clean(text)).isSameAs(text);
        assertThat(XmlText.clean("a\u0085b")).isEqualTo("ab");
    }
}
