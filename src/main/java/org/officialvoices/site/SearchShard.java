package org.officialvoices.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

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

    private static final JsonFactory JSON = new JsonFactory();
    /** Characters of a snippet, at most; a longer sentence is cut around the word found. */
    static final int SNIPPET = 200;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'\u2019]+");

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

    /** Written as it goes, without a tree: the documents are numbered, and their labels listed, before any is written. */
    private byte[] json(Map<String, int[]> all, int cap) {
        Map<Integer, Integer> local = new LinkedHashMap<>();
        Map<Integer, String> snippetTerm = new HashMap<>();
        for (Map.Entry<String, int[]> e : all.entrySet()) {
            int[] list = e.getValue();
            for (int i = 0; i < Math.min(cap, list.length); i++) {
                local.putIfAbsent(list[i] >> 2, local.size());
                if ((list[i] & 3) == SearchDocs.TEXT) {
                    snippetTerm.putIfAbsent(list[i] >> 2, e.getKey());
                }
            }
        }
        List<String> labels = new ArrayList<>();
        for (int doc : local.keySet()) {
            SearchDoc d = postings.docs().get(doc);
            for (String label : new String[] {d.type(), d.platform(), d.kind()}) {
                if (label != null && !labels.contains(label)) {
                    labels.add(label);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(SearchIndex.SHARD_BYTES);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("l");
            for (String label : labels) {
                json.writeString(label);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("d");
            for (int doc : local.keySet()) {
                SearchDoc d = postings.docs().get(doc);
                json.writeStartArray();
                json.writeString(d.route());
                json.writeString(d.title());
                json.writeString(d.titleZh() == null ? "" : d.titleZh());
                json.writeStartArray();
                for (String label : new String[] {d.type(), d.platform(), d.kind()}) {
                    json.writeNumber(label == null ? -1 : labels.indexOf(label));
                }
                json.writeEndArray();
                json.writeString(d.owner() == null ? "" : d.owner());
                json.writeString(d.handle() == null ? "" : d.handle());
                json.writeString(snippet(d, snippetTerm.get(doc)));
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("t");
            for (Map.Entry<String, int[]> e : all.entrySet()) {
                int[] list = e.getValue();
                json.writeArrayFieldStart(e.getKey());
                for (int i = 0; i < Math.min(cap, list.length); i++) {
                    json.writeNumber(local.get(list[i] >> 2) << 2 | list[i] & 3);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            if (all.values().stream().anyMatch(list -> list.length > cap)) {
                json.writeObjectFieldStart("m");
                for (Map.Entry<String, int[]> e : all.entrySet()) {
                    if (e.getValue().length > cap) {
                        json.writeNumberField(e.getKey(), e.getValue().length);
                    }
                }
                json.writeEndObject();
            }
            if (split) {
                json.writeNumberField("s", 1);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The sentence of the text where {@code term} is found; else the first sentence of the text, or "". */
    static String snippet(SearchDoc d, String term) {
        for (Field f : d.fields()) {
            if (f.rank() != SearchDocs.TEXT || f.text() == null) {
                continue;
            }
            String sentence = SearchWords.sentence(f.text(), s -> term == null || SearchWords.hasTerm(s, term));
            if (sentence != null) {
                return f.label() + cut(sentence, term);
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
            Matcher word = WORD.matcher(sentence);
            while (word.find()) {
                if (SearchWords.hasTerm(word.group(), term)) {
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
                // a text of 3 × SNIPPET characters has at least as many bytes: not counted
                long bytes = f.text() != null && f.text().length() >= 3 * SNIPPET ? 3L * SNIPPET : Math.min(utf8(f.text()), 3L * SNIPPET);
                text = Math.max(text, bytes + utf8(f.label()) + 6);
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
