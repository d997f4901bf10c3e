package org.officialvoices.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.officialvoices.site.SearchDocs.Field;
import org.officialvoices.site.SearchDocs.SearchDoc;

/**
 * One shard file: {@code {"l": labels, "d": documents, "t": {term: postings}, "m": {term: count}, "s": 1}}.
 * A document is {@code [route, title, Chinese title, [type, platform, kind] as label numbers (-1 for none),
 * owner, handle, snippet]}; a posting is {@code document << 2 | rank} (0 name, 1 handle, 2 owner, 3 text);
 * {@code m} gives the full count of a term whose documents did not all fit; {@code s} says that longer terms
 * are in the shards keyed by one more letter. The snippet is the sentence where a term of this shard is found
 * in the text, else the first sentence of the text.
 */
final class SearchShard {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Characters of a snippet, at most; a longer sentence is cut around the word found. */
    static final int SNIPPET = 200;

    private final SearchPostings postings;
    private final long[] estimates;
    private final String key;
    private final List<String> terms;
    private final boolean split;

    /** {@code estimates} are {@link #estimates} of the postings' documents, made once for all shards. */
    SearchShard(SearchPostings postings, long[] estimates, String key, List<String> terms, boolean split) {
        this.postings = postings;
        this.estimates = estimates;
        this.key = key;
        this.terms = List.copyOf(terms);
        this.split = split;
    }

    /** Whether every document of every term fits in {@code budget} bytes, by an estimate that errs high. */
    boolean fitsWhole(int budget) {
        Map<String, int[]> all = postings.byTermOf(terms);
        BitSet seen = new BitSet();
        long bytes = 64;
        for (Map.Entry<String, int[]> e : all.entrySet()) {
            bytes += e.getKey().length() * 3L + 8;
            for (int p : e.getValue()) {
                bytes += 8;
                if (!seen.get(p >> 2)) {
                    seen.set(p >> 2);
                    bytes += estimates[p >> 2];
                }
                if (bytes > budget) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The shard as JSON, keeping each term's best documents when not all fit in {@code budget} bytes. */
    byte[] bytes(int budget) {
        Map<String, int[]> all = postings.byTermOf(terms);
        for (int cap = firstCap(all, budget); ; cap = Math.max(1, Math.min(cap - 1, cap * 9 / 10))) {
            byte[] bytes = json(all, cap);
            if (bytes.length <= budget || cap == 1) {
                return bytes;
            }
        }
    }

    /** How many documents of each term fit, by the estimate: taken a rank at a time, one of each term in turn. */
    private int firstCap(Map<String, int[]> all, int budget) {
        BitSet seen = new BitSet();
        long bytes = 64;
        for (String term : all.keySet()) {
            bytes += term.length() * 3L + 8;
        }
        int most = all.values().stream().mapToInt(l -> l.length).max().orElse(0);
        for (int round = 0; round < most; round++) {
            for (int[] list : all.values()) {
                if (round < list.length) {
                    bytes += 8;
                    if (!seen.get(list[round] >> 2)) {
                        seen.set(list[round] >> 2);
                        bytes += estimates[list[round] >> 2];
                    }
                }
            }
            if (bytes > budget) {
                return Math.max(1, round);
            }
        }
        return Math.max(1, most);
    }

    private byte[] json(Map<String, int[]> all, int cap) {
        Map<Integer, Integer> local = new LinkedHashMap<>();
        Map<Integer, String> snippetTerm = new HashMap<>();
        ObjectNode shard = JSON.createObjectNode();
        ObjectNode termsNode = JSON.createObjectNode();
        ObjectNode more = JSON.createObjectNode();
        for (Map.Entry<String, int[]> e : all.entrySet()) {
            int[] list = e.getValue();
            ArrayNode p = termsNode.putArray(e.getKey());
            for (int i = 0; i < Math.min(cap, list.length); i++) {
                int doc = list[i] >> 2;
                int rank = list[i] & 3;
                int n = local.computeIfAbsent(doc, d -> local.size());
                if (rank == SearchDocs.TEXT) {
                    snippetTerm.putIfAbsent(doc, e.getKey());
                }
                p.add(n << 2 | rank);
            }
            if (list.length > cap) {
                more.put(e.getKey(), list.length);
            }
        }
        List<String> labels = new ArrayList<>();
        ArrayNode labelsNode = shard.putArray("l");
        ArrayNode docsNode = shard.putArray("d");
        for (int doc : local.keySet()) {
            SearchDoc d = postings.docs().get(doc);
            ArrayNode row = docsNode.addArray();
            row.add(d.route()).add(d.title()).add(d.titleZh() == null ? "" : d.titleZh());
            ArrayNode meta = row.addArray();
            for (String label : new String[] {d.type(), d.platform(), d.kind()}) {
                int at = label == null ? -1 : labels.indexOf(label);
                if (label != null && at < 0) {
                    at = labels.size();
                    labels.add(label);
                    labelsNode.add(label);
                }
                meta.add(at);
            }
            row.add(d.owner() == null ? "" : d.owner()).add(d.handle() == null ? "" : d.handle());
            row.add(snippet(d, snippetTerm.get(doc)));
        }
        shard.set("t", termsNode);
        if (!more.isEmpty()) {
            shard.set("m", more);
        }
        if (split) {
            shard.put("s", 1);
        }
        try {
            return JSON.writeValueAsBytes(shard);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentence of the text where {@code term} is found; else the first sentence of the text, or "". */
    static String snippet(SearchDoc d, String term) {
        for (Field f : d.fields()) {
            if (f.rank() != SearchDocs.TEXT) {
                continue;
            }
            for (String sentence : SearchWords.sentences(f.text())) {
                if (term == null) {
                    return f.label() + cut(sentence, null);
                }
                if (SearchWords.terms(sentence).contains(term)) {
                    return f.label() + cut(sentence, term);
                }
            }
        }
        return term == null ? "" : snippet(d, null);
    }

    /** A sentence cut to {@link #SNIPPET} characters around the first word whose term is {@code term}. */
    private static String cut(String sentence, String term) {
        if (sentence.length() <= SNIPPET) {
            return sentence;
        }
        int at = 0;
        if (term != null) {
            java.util.regex.Matcher word = java.util.regex.Pattern.compile("[\\p{L}\\p{N}'\u2019]+").matcher(sentence);
            while (word.find()) {
                if (SearchWords.terms(word.group()).contains(term)) {
                    at = word.start();
                    break;
                }
            }
        }
        int start = Math.max(0, Math.min(at - SNIPPET / 3, sentence.length() - SNIPPET));
        int space = sentence.indexOf(' ', start);
        if (start > 0 && space >= 0 && space < at) {
            start = space + 1;
        }
        int end = Math.min(sentence.length(), start + SNIPPET);
        return (start > 0 ? "…" : "") + sentence.substring(start, end).strip() + (end < sentence.length() ? "…" : "");
    }

    /** {@link #estimate} of each document, by number. */
    static long[] estimates(List<SearchDoc> docs) {
        long[] out = new long[docs.size()];
        for (int d = 0; d < out.length; d++) {
            out[d] = estimate(docs.get(d));
        }
        return out;
    }

    /** Bytes of a document in a shard, erring high: its fields, and the longest snippet it could have. */
    private static long estimate(SearchDoc d) {
        long n = 40 + utf8(d.route()) + utf8(d.title()) + utf8(d.titleZh()) + utf8(d.owner()) + utf8(d.handle());
        long text = 0;
        for (Field f : d.fields()) {
            if (f.rank() == SearchDocs.TEXT) {
                text = Math.max(text, Math.min(utf8(f.text()), 3L * SNIPPET) + utf8(f.label()) + 6);
            }
        }
        return n + text;
    }

    private static int utf8(String s) {
        if (s == null) {
            return 0;
        }
        int n = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 0 : c < 0x800 ? 1 : 2;
        }
        return n;
    }
}
