package org.officialvoices.check;

import java.util.Map;
import java.util.Set;

import org.officialvoices.content.Content;
import org.officialvoices.content.MarkdownLinks;
import org.officialvoices.content.MarkdownLinks.Scheme;
import org.officialvoices.diag.Diagnostics;

/** Links such as {@code [text](account:x)} in case studies and pages name records that exist. */
final class MarkdownLinksResolve implements Rule {

    @Override
    public void check(Content c, Known known, Diagnostics d) {
        Map<Scheme, Set<String>> ids = Map.of(
                Scheme.ACCOUNT, known.accounts(), Scheme.SOURCE, known.sources(), Scheme.DATASET, known.datasets(),
                Scheme.CASE_STUDY, known.caseStudies(), Scheme.PLATFORM, known.platforms(), Scheme.KIND, known.kinds());
        c.caseStudies().forEach(cs -> links(cs.body(), cs.bodyLine(), cs.path(), ids, known, d));
        c.pages().forEach(p -> links(p.body(), p.bodyLine(), p.path(), ids, known, d));
    }

    private static void links(String body, int bodyLine, String path, Map<Scheme, Set<String>> ids,
            Known known, Diagnostics d) {
        for (MarkdownLinks.InternalLink link : MarkdownLinks.scan(body, bodyLine)) {
            String what = link.scheme().prefix().substring(0, link.scheme().prefix().length() - 1).replace('-', ' ');
            known.check(what, link.target(), ids.get(link.scheme()), path, d);
        }
    }
}
