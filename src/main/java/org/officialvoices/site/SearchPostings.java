package org.officialvoices.site;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.officialvoices.site.SearchDocs.Field;
import org.officialvoices.site.SearchDocs.SearchDoc;

/**
 * Every term of every document, with the best rank it has there (name, handle, owner, text), and each term's
 * documents in the order a shard keeps them when it cannot keep them all: first the documents for which the
 * term is the rarest word of their name, so that a search for a whole name always finds it, then by rank,
 * then shorter names first.
 */
final class SearchPostings {

    private final List<SearchDoc> docs;
    /** Term → postings, each {@code doc << 2 | rank}, a document once, in document order until sorted. */
    private final Map<String, int[]> postings = new HashMap<>();
    private final String[] rarest;

    SearchPostings(List<SearchDoc> docs) {
        this.docs = List.copyOf(docs);
        Map<String, Growing> growing = new HashMap<>();
        Map<String, Integer> best = new HashMap<>();
        for (int d = 0; d < this.docs.size(); d++) {
            best.clear();
            for (Field f : this.docs.get(d).fields()) {
                for (String term : SearchWords.terms(f.text())) {
                    if (f.rank() == SearchDocs.TEXT && SearchWords.STOP.contains(term)) {
                        continue;
                    }
                    best.merge(term, f.rank(), Math::min);
                }
            }
            for (Map.Entry<String, Integer> e : best.entrySet()) {
                growing.computeIfAbsent(e.getKey(), k -> new Growing()).add(d << 2 | e.getValue());
            }
        }
        growing.forEach((term, list) -> postings.put(term, Arrays.copyOf(list.items, list.size)));
        growing.clear();
        rarest = new String[this.docs.size()];
        for (int d = 0; d < rarest.length; d++) {
            int fewest = Integer.MAX_VALUE;
            for (String term : SearchWords.terms(this.docs.get(d).title(), this.docs.get(d).titleZh())) {
                int n = postings.get(term).length;
                if (n < fewest) {
                    fewest = n;
                    rarest[d] = term;
                }
            }
        }
        postings.replaceAll(this::ranked);
    }

    List<SearchDoc> docs() {
        return docs;
    }

    /** The postings of some terms, in the order given. */
    Map<String, int[]> byTermOf(List<String> terms) {
        Map<String, int[]> out = new java.util.LinkedHashMap<>();
        terms.forEach(t -> out.put(t, postings.get(t)));
        return out;
    }

    /** Every term, in order. */
    TreeMap<String, int[]> byTerm() {
        return new TreeMap<>(postings);
    }

    /** A list of postings while the index is being made. */
    private static final class Growing {
        int[] items = new int[2];
        int size;

        void add(int posting) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = posting;
        }
    }

    private int[] ranked(String term, int[] list) {
        if (list.length < 2) {
            return list;
        }
        return Arrays.stream(list).boxed().sorted((x, y) -> {
            int c = Boolean.compare(!term.equals(rarest[x >> 2]), !term.equals(rarest[y >> 2]));
            if (c == 0) {
                c = Integer.compare(x & 3, y & 3);
            }
            if (c == 0) {
                c = Integer.compare(docs.get(x >> 2).title().length(), docs.get(y >> 2).title().length());
            }
            return c != 0 ? c : Integer.compare(x >> 2, y >> 2);
        }).mapToInt(Integer::intValue).toArray();
    }
}
