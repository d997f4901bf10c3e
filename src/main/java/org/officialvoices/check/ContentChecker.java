package org.officialvoices.check;

import java.util.List;

import org.officialvoices.content.Content;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.source.SourceSet;

/** Stage 3, check: runs every rule over the content and collects all problems. */
public final class ContentChecker {

    private static final List<Rule> RULES = List.of(
            new IdsAreSafe(),
            new IdsAreUnique(),
            new ReferencesResolve(),
            new MarkdownLinksResolve(),
            new CountriesAreKnown(),
            new ChartsAreConsistent());

    private ContentChecker() {
    }

    /**
     * Checks {@code content}, read from {@code sources}. Files that failed to read still count as defining
     * their id (accounts and datasets are named after their files), so one broken file does not also
     * produce an "unknown account" error everywhere it is referenced.
     */
    public static void check(Content content, SourceSet sources, Diagnostics diagnostics) {
        Known known = Known.of(content, sources);
        RULES.forEach(rule -> rule.check(content, known, diagnostics));
    }
}
