package org.officialvoices.check;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.officialvoices.content.Account;
import org.officialvoices.content.Content;
import org.officialvoices.content.Ref;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.diag.Suggestions;
import org.officialvoices.source.SourceKind;

/**
 * The ids defined in each namespace, and the check that a reference names one of them.
 *
 * @param figuresComplete false when a dataset file could not be read, so its figures' ids are unknown
 */
record Known(Set<String> accounts, Set<String> sources, Set<String> datasets, Set<String> platforms,
        Set<String> kinds, Set<String> figures, Set<String> caseStudies, boolean figuresComplete) {

    static Known of(Content c, List<String> paths) {
        return new Known(
                ids(c.accounts().stream().map(Account::id), SourceKind.ACCOUNT.stems(paths).stream()),
                ids(c.sources().stream().map(s -> s.id()), Stream.empty()),
                ids(c.datasets().stream().map(ds -> ds.id()), SourceKind.DATASET.stems(paths).stream()),
                ids(c.platforms().stream().map(p -> p.id()), Stream.empty()),
                ids(c.kinds().stream().map(k -> k.id()), Stream.empty()),
                ids(c.datasets().stream().flatMap(ds -> ds.figures().stream()).map(f -> f.id()), Stream.empty()),
                ids(c.caseStudies().stream().map(cs -> cs.slug()), SourceKind.CASE_STUDY.stems(paths).stream()),
                SourceKind.DATASET.stems(paths).size() == c.datasets().size());
    }

    /**
     * A plain {@link HashSet}: the immutable sets of {@code Set.of} probe linearly, and ids such as
     * {@code account-1}, {@code account-2}, ... have consecutive hash codes that form long clusters; with
     * 178,700 ids that made checking take 11 s instead of a fraction of one.
     */
    private static Set<String> ids(Stream<String> defined, Stream<String> fromFiles) {
        Set<String> ids = Stream.concat(defined, fromFiles).collect(Collectors.toCollection(HashSet::new));
        return Collections.unmodifiableSet(ids);
    }

    /** Reports {@code ref} at its position when it names no {@code what} in {@code ids}. */
    void check(String what, Ref ref, Set<String> ids, String path, Diagnostics d) {
        if (ref != null && !ids.contains(ref.id())) {
            String hint = Suggestions.didYouMean(ref.id(), ids);
            d.error(path, ref.pos(), "unknown " + what + " \"" + ref.id() + "\"",
                    hint != null ? hint : "no " + what + " has this id; check the spelling or add the " + what);
        }
    }
}
