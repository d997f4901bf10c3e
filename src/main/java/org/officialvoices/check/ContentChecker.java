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
            new CountriesAreKnown(),
            new ChartsAreConsistent(),
            new InferencesHaveReasons(),
            new ReleasesAreIntact(),
            new TranslationsHaveOriginals());

    private ContentChecker() {
    }

    /**
     * Checks {@code content}, whose files are listed in {@code paths}. Files that failed to read still count as defining
     * their id (accounts and datasets are named after their files), so one broken file does not also
     * produce an "unknown account" error everywhere it is referenced.
     */
    public static void check(Content content, List<String> paths, Diagnostics diagnostics) {
        Known known = Known.of(content, paths);
        RULES.forEach(rule -> rule.check(content, known, diagnostics));
    }
}
