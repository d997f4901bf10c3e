package org.officialvoices.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.officialvoices.content.Content;
import org.officialvoices.site.SearchDocs.SearchDoc;
import org.officialvoices.site.SitePlan.FileJob;

/**
 * The static search index, split into shards so that a query loads only what it needs: a term is filed under
 * its first two letters ({@code search/shard-po.json} holds "police", "posts", ...), and Chinese text under each
 * character. A shard that would pass {@link #SHARD_BYTES} is split by one more letter ({@code shard-pol.json},
 * ...), and says so, so that the browser follows it; a single term with more documents than fit keeps the best
 * ranked ({@link SearchPostings}) and records how many it has. See {@link SearchShard} for the format.
 */
final class SearchIndex {

    /** A shard's budget, so that a query of three words loads about 100 KB at most. */
    static final int SHARD_BYTES = 32 * 1024;

    private final Content content;
    private final Words words;

    /** The index of {@code content} in the language of {@code words}, under that language's {@code search/}. */
    SearchIndex(Content content, Words words) {
        this.content = content;
        this.words = words;
    }

    List<FileJob> files() {
        SearchPostings postings = new SearchPostings(new SearchDocs(content, words).all(content));
        Map<String, List<String>> byKey = new TreeMap<>();
        postings.terms().forEach(term -> byKey.computeIfAbsent(SearchWords.key(term), k -> new ArrayList<>()).add(term));
        long[] estimates = SearchShard.estimates(postings.docs());
        List<FileJob> files = new ArrayList<>();
        byKey.forEach((key, terms) -> place(postings, estimates, key, terms, files));
        return words.lang() == Lang.EN ? files : files.stream()
                .map(f -> new FileJob(words.lang().route(f.path()), f.bytes(), f.deps())).toList();
    }

    /** Writes the shard of {@code key}, or splits it by one more letter when it is too large and can be. */
    private static void place(SearchPostings postings, long[] estimates, String key, List<String> terms, List<FileJob> files) {
        SearchShard whole = new SearchShard(postings, estimates, key, terms, false);
        int keyLength = key.codePointCount(0, key.length());
        boolean splittable = terms.stream().anyMatch(t -> t.codePointCount(0, t.length()) > keyLength);
        if (whole.fitsWhole(SHARD_BYTES) || !splittable) {
            add(files, key, whole.bytes(SHARD_BYTES));
            return;
        }
        List<String> own = terms.stream().filter(key::equals).toList();
        add(files, key, new SearchShard(postings, estimates, key, own, true).bytes(SHARD_BYTES));
        Map<String, List<String>> longer = new TreeMap<>();
        terms.stream().filter(t -> !t.equals(key))
                .forEach(t -> longer.computeIfAbsent(SearchWords.key(t, keyLength + 1), k -> new ArrayList<>()).add(t));
        longer.forEach((k, ts) -> place(postings, estimates, k, ts, files));
    }

    private static void add(List<FileJob> files, String key, byte[] bytes) {
        files.add(new FileJob(Routes.SEARCH + "shard-" + SearchWords.fileName(key) + ".json", () -> bytes, List::of));
    }

    /**
     * Whether the index of {@code after} is the index of {@code before}: the documents {@link #files} makes are
     * equal, record by record in the same order. Records not read again are the same instances, and when the
     * kinds, platforms and sources they look up are unchanged too, their documents are not made at all.
     */
    static boolean sameInputs(Content before, Content after) {
        if (before.accounts().size() != after.accounts().size() || before.caseStudies().size() != after.caseStudies().size()
                || before.sources().size() != after.sources().size()) {
            return false;
        }
        Words english = Words.packed(Lang.EN);
        SearchDocs b = new SearchDocs(before, english);
        SearchDocs a = new SearchDocs(after, english);
        boolean lookupsSame = before.kinds().equals(after.kinds()) && before.platforms().equals(after.platforms())
                && before.sources().equals(after.sources());
        for (int i = 0; i < before.accounts().size(); i++) {
            var x = before.accounts().get(i);
            var y = after.accounts().get(i);
            if (!(x == y && lookupsSame) && !b.account(x).equals(a.account(y))) {
                return false;
            }
        }
        for (int i = 0; i < before.caseStudies().size(); i++) {
            var x = before.caseStudies().get(i);
            var y = after.caseStudies().get(i);
            if (x != y && !b.caseStudy(x).equals(a.caseStudy(y))) {
                return false;
            }
        }
        for (int i = 0; i < before.sources().size(); i++) {
            var x = before.sources().get(i);
            var y = after.sources().get(i);
            if (x != y && !b.source(x).equals(a.source(y))) {
                return false;
            }
        }
        return true;
    }

    /** The documents of some content, for tests. */
    static List<SearchDoc> docs(Content content) {
        return new SearchDocs(content, Words.packed(Lang.EN)).all(content);
    }
}
