package org.officialvoices.check;

import java.util.HashSet;
import java.util.Set;

import org.officialvoices.content.CaseStudy;
import org.officialvoices.content.Content;
import org.officialvoices.content.MarkdownTranslation;
import org.officialvoices.content.TextPage;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.diag.Pos;

/** A Markdown translation ({@code x.zh.md}) translates a file that exists ({@code x.md} beside it). */
final class TranslationsHaveOriginals implements Rule {

    @Override
    public void check(Content c, Known known, Diagnostics d) {
        Set<String> originals = new HashSet<>();
        c.caseStudies().stream().map(CaseStudy::path).forEach(originals::add);
        c.pages().stream().map(TextPage::path).forEach(originals::add);
        for (MarkdownTranslation t : c.translations().documents()) {
            if (!originals.contains(t.original())) {
                d.error(t.path(), Pos.START, "translation of " + t.original() + ", which does not exist",
                        "delete this file, or give it back its original (a renamed original takes its translation along)");
            }
        }
    }
}
