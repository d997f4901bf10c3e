package org.officialvoices.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.officialvoices.site.SearchDocs.Field;
import org.officialvoices.site.SearchDocs.SearchDoc;

/**
 * Every term of every document, with the best rank it has there (name, handle, owner, text), and each term's
 * documents in the order a shard keeps them when it cannot keep them all: first the documents for which the
 * term is the rarest word of their name, so that a search for a whole name always finds it, then by rank,
 * then shorter names first.
 */
final class SearchPostings {

    /** Bits of a sort key: the document's number, below its title's length, below the rank, below "not rarest". */
    private static final int DOC_BITS = 31;
    private static final int LENGTH_BITS = 29;

    private final List<SearchDoc> docs;
    /** Term → postings, each {@code doc << 2 | rank}, a document once, ranked. */
    private final Map<String, int[]> postings;

    SearchPostings(List<SearchDoc> docs) {
        this.docs = List.copyOf(docs);
        Map<String, Growing> growing = new HashMap<>();
        Filer filer = new Filer(growing);
        Map<Field, Growing[]> shared = new IdentityHashMap<>();
        for (int d = 0; d < this.docs.size(); d++) {
            filer.doc = d;
            for (Field f : this.docs.get(d).fields()) {
                filer.rank = f.rank();
                if (f.shared()) {
                    for (Growing list : shared.computeIfAbsent(f, filer::listsOf)) {
                        list.add(d, f.rank());
                    }
                } else {
                    SearchWords.forEachTerm(f.text(), filer);
                }
            }
        }
        int[] rarest = new int[this.docs.size()];
        RarestFinder finder = new RarestFinder(growing);
        for (int d = 0; d < rarest.length; d++) {
            finder.fewest = Integer.MAX_VALUE;
            finder.id = -1;
            SearchWords.forEachTerm(this.docs.get(d).title(), finder);
            SearchWords.forEachTerm(this.docs.get(d).titleZh(), finder);
            rarest[d] = finder.id;
        }
        long[] lengths = new long[this.docs.size()];
        for (int d = 0; d < lengths.length; d++) {
            lengths[d] = Math.min(this.docs.get(d).title().length(), (1L << LENGTH_BITS) - 1);
        }
        postings = new HashMap<>(growing.size() * 2);
        growing.forEach((term, list) -> postings.put(term, list.ranked(rarest, lengths)));
    }

    List<SearchDoc> docs() {
        return docs;
    }

    /** The postings of some terms, in the order given. */
    Map<String, int[]> byTermOf(List<String> terms) {
        Map<String, int[]> out = new LinkedHashMap<>();
        terms.forEach(t -> out.put(t, postings.get(t)));
        return out;
    }

    /** Every term, in order. */
    List<String> terms() {
        List<String> terms = new ArrayList<>(postings.keySet());
        terms.sort(null);
        return terms;
    }

    /** Files each term of a field under the current document, stop words of running text left out. */
    private static final class Filer implements Consumer<String> {
        private final Map<String, Growing> growing;
        int doc;
        int rank;

        Filer(Map<String, Growing> growing) {
            this.growing = growing;
        }

        @Override
        public void accept(String term) {
            Growing list = listOf(term, rank);
            if (list != null) {
                list.add(doc, rank);
            }
        }

        /** The lists that a field's terms are filed in, for a field in many documents. */
        Growing[] listsOf(Field f) {
            List<Growing> lists = new ArrayList<>();
            SearchWords.forEachTerm(f.text(), term -> {
                Growing list = listOf(term, f.rank());
                if (list != null && !lists.contains(list)) {
                    lists.add(list);
                }
            });
            return lists.toArray(Growing[]::new);
        }

        private Growing listOf(String term, int rank) {
            if (rank == SearchDocs.TEXT && SearchWords.isStop(term)) {
                return null;
            }
            Growing list = growing.get(term);
            if (list == null) {
                list = new Growing(growing.size());
                growing.put(term, list);
            }
            return list;
        }
    }

    /** The first of a name's terms with the fewest documents, by its term's number. */
    private static final class RarestFinder implements Consumer<String> {
        private final Map<String, Growing> growing;
        int fewest;
        int id;

        RarestFinder(Map<String, Growing> growing) {
            this.growing = growing;
        }

        @Override
        public void accept(String term) {
            Growing list = growing.get(term);
            if (list.size < fewest) {
                fewest = list.size;
                id = list.id;
            }
        }
    }

    /** A term's postings while the index is being made; documents come in order, so a repeat is the last one. */
    private static final class Growing {
        final int id;
        int[] items = new int[2];
        int size;

        Growing(int id) {
            this.id = id;
        }

        void add(int doc, int rank) {
            if (size > 0 && items[size - 1] >> 2 == doc) {
                items[size - 1] = doc << 2 | Math.min(rank, items[size - 1] & 3);
                return;
            }
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = doc << 2 | rank;
        }

        /** The postings in the order {@link SearchPostings} describes, sorted as keys of primitive longs. */
        int[] ranked(int[] rarest, long[] lengths) {
            if (size < 2) {
                return Arrays.copyOf(items, size);
            }
            long[] keys = new long[size];
            for (int i = 0; i < size; i++) {
                int doc = items[i] >> 2;
                long notRarest = rarest[doc] == id ? 0 : 1;
                keys[i] = notRarest << 62 | (long) (items[i] & 3) << 60 | lengths[doc] << DOC_BITS | doc;
            }
            Arrays.sort(keys);
            int[] out = new int[size];
            for (int i = 0; i < size; i++) {
                out[i] = (int) (keys[i] & ((1L << DOC_BITS) - 1)) << 2 | (int) (keys[i] >>> 60 & 3);
            }
            return out;
        }
    }
}
