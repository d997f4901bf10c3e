package org.officialvoices.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.officialvoices.site.Fallback;

/** English standing in for a missing translation is labelled in text, and left plain where markup cannot go. */
class FallbackMarksTest {

    static String written(String tag, String attribute, String value) {
        return written(tag, attribute, value, null);
    }

    static String written(String tag, String attribute, String value, java.util.Set<String> english) {
        PageBuffer buffer = new PageBuffer();
        buffer.fallback("（本段尚无中文译文）", english);
        buffer.setContext(tag, attribute);
        buffer.writeUserContent(value);
        return new String(buffer.array(), 0, buffer.length(), StandardCharsets.UTF_8);
    }

    @Test
    void inTextTheEnglishIsMarkedAsEnglishAndFollowedByTheNote() {
        assertThat(written("p", null, "甲：" + Fallback.mark("Run by <volunteers>") + "。"))
                .isEqualTo("甲：<span lang=\"en\">Run by &lt;volunteers&gt;</span><span class=\"untranslated\">（本段尚无中文译文）</span>。");
    }

    @Test
    void inAttributesTitlesOptionsAndDrawingsTheMarksAreDropped() {
        String marked = Fallback.mark("Police \"departments\"");
        assertThat(written("meta", "content", marked)).isEqualTo("Police &#34;departments&#34;");
        assertThat(written("title", null, marked)).isEqualTo("Police \"departments\"");
        assertThat(written("option", null, marked)).isEqualTo("Police \"departments\"");
        assertThat(written("text", null, marked)).isEqualTo("Police \"departments\"");
    }

    /** A text of the content is known as English by identity: an equal text that is another instance is not. */
    @Test
    void aListedEnglishInstanceIsLabelledInTextAndPlainInAttributesAndTitles() {
        String summary = new String("Run by volunteers.");
        java.util.Set<String> english = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        english.add(summary);
        assertThat(written("p", null, summary, english))
                .isEqualTo("<span lang=\"en\">Run by volunteers.</span><span class=\"untranslated\">（本段尚无中文译文）</span>");
        assertThat(written("p", null, new String("Run by volunteers."), english)).isEqualTo("Run by volunteers.");
        assertThat(written("meta", "content", summary, english)).isEqualTo("Run by volunteers.");
        assertThat(written("title", null, summary, english)).isEqualTo("Run by volunteers.");
        assertThat(written("p", null, summary, null)).isEqualTo("Run by volunteers.");
    }

    @Test
    void preparedMarkupLosesItsMarks() {
        PageBuffer buffer = new PageBuffer();
        buffer.writeContent("<p>" + Fallback.mark("x") + "</p>");
        assertThat(new String(buffer.array(), 0, buffer.length(), StandardCharsets.UTF_8)).isEqualTo("<p>x</p>");
        assertThat(Fallback.plain(Fallback.mark("a") + " " + Fallback.mark("b"))).isEqualTo("a b");
        assertThat(Fallback.isMarked(Fallback.mark("a"))).isTrue();
        assertThat(Fallback.isMarked("a")).isFalse();
    }
}
