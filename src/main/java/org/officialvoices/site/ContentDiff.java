package org.officialvoices.site;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.officialvoices.content.Account;
import org.officialvoices.content.CaseStudy;
import org.officialvoices.content.Content;
import org.officialvoices.content.Correction;
import org.officialvoices.content.Dataset;
import org.officialvoices.content.Kind;
import org.officialvoices.content.Platform;
import org.officialvoices.content.Release;
import org.officialvoices.content.Source;
import org.officialvoices.content.TextPage;

/**
 * The keys (in the form {@link Deps} uses) of every record that was added, removed or changed between two
 * versions of the content. Records are compared by value; a file that was not read again keeps its very
 * records, so the comparison costs little for unchanged files.
 */
public final class ContentDiff {

    private ContentDiff() {
    }

    /**
     * Changed keys from {@code before} to {@code after}, in either language; everything when there is no
     * {@code before}.
     */
    public static Set<String> changedKeys(Content before, Content after) {
        if (before == null) {
            Set<String> everything = new HashSet<>();
            everything.add(Deps.EVERYTHING);
            return everything;
        }
        Set<String> changed = recordKeys(before, after);
        if (!before.translations().equals(after.translations())) {
            // a translation changed: the records whose Chinese it is changed in the Chinese edition only
            changed.addAll(recordKeys(Localiser.chinese(before).content(), Localiser.chinese(after).content()));
        }
        return changed;
    }

    /** The keys of the records that differ between {@code before} and {@code after}, compared by value. */
    private static Set<String> recordKeys(Content before, Content after) {
        Set<String> changed = new HashSet<>();
        if (!before.site().equals(after.site())) {
            changed.add(Deps.SITE);
        }
        compare("source", before.sources(), after.sources(), Source::id, changed);
        compare("platform", before.platforms(), after.platforms(), Platform::id, changed);
        compare("kind", before.kinds(), after.kinds(), Kind::id, changed);
        compare("account", before.accounts(), after.accounts(), Account::id, changed);
        compare("dataset", before.datasets(), after.datasets(), Dataset::id, changed);
        compare("case-study", before.caseStudies(), after.caseStudies(), CaseStudy::slug, changed);
        compare("page", before.pages(), after.pages(), TextPage::slug, changed);
        compare("correction", before.corrections(), after.corrections(), Correction::id, changed);
        compare("release", before.releases(), after.releases(), Release::version, changed);
        rows(after, changed);
        return changed;
    }

    /**
     * Marks the table rows that changed: an account's row shows its record and the names of its platform,
     * kind and figures' sources. Scans the accounts only when one of those names changed.
     */
    private static void rows(Content after, Set<String> changed) {
        List<String> accounts = changed.stream().filter(k -> k.startsWith("account:")).toList();
        accounts.forEach(k -> changed.add(Deps.key(Deps.ROW, k.substring("account:".length()))));
        if (changed.stream().noneMatch(k -> k.startsWith("platform:") || k.startsWith("kind:") || k.startsWith("source:"))) {
            return;
        }
        for (Account a : after.accounts()) {
            boolean shown = changed.contains(Deps.key("platform", a.platform().id())) || changed.contains(Deps.key("kind", a.kind().id()))
                    || a.observations().stream().anyMatch(o -> changed.contains(Deps.key("source", o.source().id())));
            if (shown) {
                changed.add(Deps.key(Deps.ROW, a.id()));
            }
        }
    }

    private static <T> void compare(String kind, List<T> before, List<T> after, Function<T, String> id, Set<String> changed) {
        Map<String, T> old = new HashMap<>();
        before.forEach(item -> old.put(id.apply(item), item));
        for (T item : after) {
            T previous = old.remove(id.apply(item));
            if (previous != item && !Objects.equals(previous, item)) {
                changed.add(Deps.key(kind, id.apply(item)));
            }
        }
        old.keySet().forEach(gone -> changed.add(Deps.key(kind, gone)));
    }

    /** Whether the search index of {@code after} is that of {@code before}, so it need not be made again. */
    public static boolean sameSearchIndex(Content before, Content after) {
        // the Chinese index is made of the same records and their translations
        return before.translations().equals(after.translations()) && SearchIndex.sameInputs(before, after);
    }

    /** Whether a page with these dependencies shows any of the changed records. */
    public static boolean affects(Set<String> changed, List<String> deps) {
        if (changed.isEmpty()) {
            return false;
        }
        if (changed.contains(Deps.EVERYTHING) || changed.contains(Deps.SITE)) {
            return true;
        }
        for (String key : deps) {
            if (key.equals(Deps.EVERYTHING) || changed.contains(key)) {
                return true;
            }
        }
        return false;
    }
}
