package org.officialvoices.check;

import java.util.List;

import org.officialvoices.content.Content;
import org.officialvoices.diag.Diagnostics;

/** Stage 3, check: runs every rule over the content and collects all problems. */
public final class ContentChecker {

    private static final List<Rule> RULES = List.of(
            new IdsAreSafe(),
            new IdsAreUnique(),
            new ReferencesResolve(),
            new MarkdownLinksResolve(),
            new CountriesAreKnown());

    private ContentChecker() {
    }

    public static void check(Content content, Diagnostics diagnostics) {
        RULES.forEach(rule -> rule.check(content, diagnostics));
    }
}
