package org.officialvoices.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.diag.Pos;

class FrontMatterTest {

    private static SourceFile file(String text) {
        return new SourceFile("case-studies/x.md", SourceKind.CASE_STUDY, text);
    }

    @Test
    void keysListsAndBodyKeepFileLinesAndColumns() {
        Diagnostics d = new Diagnostics();
        FrontMatter fm = FrontMatter.parse(file("---\ntitle: \"A title\"\naccounts:\n  - one\n  -   two\n---\nBody\n"), d);
        assertThat(d.hasErrors()).isFalse();
        assertThat(fm.fields().get("title").values()).containsExactly(new FrontMatter.Value("A title", new Pos(2, 8)));
        assertThat(fm.fields().get("accounts").values()).containsExactly(
                new FrontMatter.Value("one", new Pos(4, 5)), new FrontMatter.Value("two", new Pos(5, 7)));
        assertThat(fm.fields().get("accounts").list()).isTrue();
        assertThat(fm.body()).isEqualTo("Body\n");
        assertThat(fm.bodyLine()).isEqualTo(7);
    }

    @Test
    void duplicateKeyIsReported() {
        Diagnostics d = new Diagnostics();
        FrontMatter.parse(file("---\ntitle: a\ntitle: b\n---\n"), d);
        assertThat(d.sorted()).extracting(x -> x.format()).containsExactly("case-studies/x.md:3:1: error: duplicate front matter key \"title\"");
    }

    @Test
    void listItemWithoutAKeyIsReported() {
        Diagnostics d = new Diagnostics();
        FrontMatter.parse(file("---\ntitle: a\n  - stray\n---\n"), d);
        assertThat(d.sorted()).extracting(x -> x.format()).containsExactly(
                "case-studies/x.md:3:1: error: list item outside a list\n    hint: put \"key:\" on the line before the items");
    }
}
