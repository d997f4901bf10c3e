package org.officialvoices.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void internalLinksBecomeRelativePageUrls() {
        assertThat(renderer.render("[a](account:x) [s](source:y) [d](dataset:z) [c](case-study:w) [p](platform:weibo) [k](kind:police)", "../../"))
                .isEqualTo("<p><a href=\"../../accounts/x/\">a</a> <a href=\"../../sources/y/\">s</a> "
                        + "<a href=\"../../datasets/z/\">d</a> <a href=\"../../case-studies/w/\">c</a> "
                        + "<a href=\"../../platforms/weibo/\">p</a> <a href=\"../../kinds/police/\">k</a></p>\n");
    }

    @Test
    void characterReferencesToCharactersNoPageMayHoldAreDroppedBeforeSchemesAreChecked() {
        assertThat(renderer.render("x&#1;&#x85;&#xFFFF;&#xD800;&#127;y [a](http://x/&#1;) [b](java&#x85;script:alert(1)) "
                + "![i](java&#1;script:alert(2)) `&#1;`", ""))
                .isEqualTo("<p>xy <a href=\"http://x/\">a</a> b i <code>&amp;#1;</code></p>\n");
    }

    @Test
    void rawHtmlIsEscapedNotPassedThrough() {
        String html = renderer.render("<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)>", "");
        assertThat(html).doesNotContain("<script", "<img").contains("&lt;script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void dangerousUrlSchemesAreDropped() {
        String html = renderer.render("[x](javascript:alert(1)) ![y](data:text/html;base64,PHNjcmlwdD4=) [z](JaVaScRiPt:alert(1)) "
                + "[w](<java\tscript:alert(1)>) [v](vbscript:x) [ok](https://example.org/a) [mail](mailto:a@example.org) [rel](../x/)", "");
        assertThat(html).isEqualTo("<p>x y z w v <a href=\"https://example.org/a\">ok</a> <a href=\"mailto:a@example.org\">mail</a> "
                + "<a href=\"../x/\">rel</a></p>\n");
    }

    @Test
    void headingsGetAnchorsAndTablesRender() {
        assertThat(renderer.render("## Going online\n\n| a | b |\n| - | - |\n| 1 | 2 |\n", ""))
                .contains("<h2 id=\"going-online\">Going online</h2>", "<td>1</td>");
    }
}
