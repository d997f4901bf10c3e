package org.officialvoices.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.officialvoices.content.Account;
import org.officialvoices.content.CaseStudy;
import org.officialvoices.content.Content;
import org.officialvoices.content.Source;
import org.officialvoices.site.SitePlan.FileJob;

/**
 * The static search index, split into shards so a query loads only what it needs: a word is filed under
 * its first two letters ({@code search/po.json} holds "police", "posts", ...), and Chinese text under each
 * character, so a search for 外交部 loads one small file. Each shard lists the matching documents with
 * their words, so the browser can require every word of a query.
 */
final class SearchIndex {

    /** A shard keeps at most this many documents per key, so no file grows with the whole report. */
    static final int PER_KEY = 200;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    record Doc(String title, String titleZh, String kind, String route, List<String> words) {
    }

    private final Content content;

    SearchIndex(Content content) {
        this.content = content;
    }

    List<FileJob> files() {
        // One thread: a build runs this beside the rendering, which keeps every core busy already. Each
        // document is filed as soon as it is made, so only those some shard keeps stay in memory (a shard
        // keeps at most PER_KEY): at most 39,600 of 182,000 at 178,700 accounts (198 keys).
        Map<String, List<Doc>> shards = new HashMap<>();
        for (Account a : content.accounts()) {
            file(shards, new Doc(a.name(), a.nameZh(), "Account", Routes.account(a.id()),
                    words(a.name(), a.nameZh(), a.handle(), a.owner(), a.id())));
        }
        for (CaseStudy cs : content.caseStudies()) {
            file(shards, new Doc(cs.title(), null, "Case study", Routes.caseStudy(cs.slug()), words(cs.title(), cs.summary())));
        }
        for (Source s : content.sources()) {
            file(shards, new Doc(s.title(), null, "Source", Routes.source(s.id()), words(s.title(), s.publisher(), s.author())));
        }
        // Serialised now: the shards are capped and small (8 MB in all at 178,700 accounts), their documents'
        // word lists are not.
        List<FileJob> files = new ArrayList<>();
        new TreeMap<>(shards).forEach((key, shard) -> {
            byte[] bytes = json(shard);
            files.add(new FileJob(Routes.SEARCH + "shard-" + fileName(key) + ".json", () -> bytes));
        });
        return files;
    }

    /**
     * Whether the index of {@code after} is the index of {@code before}: the fields {@link #files} reads are
     * equal, record by record in the same order. Records not read again are the same instances, so this is
     * cheap; keep it in step with {@link #files}.
     */
    static boolean sameInputs(Content before, Content after) {
        return same(before.accounts(), after.accounts(), a -> java.util.Arrays.asList(a.id(), a.name(), a.nameZh(),
                a.handle(), a.owner()))
                && same(before.caseStudies(), after.caseStudies(), cs -> java.util.Arrays.asList(cs.slug(), cs.title(),
                cs.summary()))
                && same(before.sources(), after.sources(), s -> java.util.Arrays.asList(s.id(), s.title(), s.publisher(),
                s.author()));
    }

    private static <T> boolean same(List<T> before, List<T> after, java.util.function.Function<T, List<Object>> fields) {
        if (before.size() != after.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            T b = before.get(i);
            T a = after.get(i);
            if (a != b && !fields.apply(a).equals(fields.apply(b))) {
                return false;
            }
        }
        return true;
    }

    private static void file(Map<String, List<Doc>> shards, Doc doc) {
        for (String key : keys(doc.words())) {
            List<Doc> shard = shards.computeIfAbsent(key, k -> new ArrayList<>());
            if (shard.size() < PER_KEY) {
                shard.add(doc);
            }
        }
    }

    /** Lower-cased words without accents; Chinese text as single characters. */
    static List<String> words(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            if (isUnifiedHan(text)) {
                text.chars().forEach(c -> words.add(String.valueOf((char) c)));
                continue;
            }
            if (isAscii(text)) {
                asciiWords(text, words);
                continue;
            }
            String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
            for (String word : SEPARATORS.split(plain)) {
                if (word.isEmpty()) {
                    continue;
                }
                if (word.codePoints().anyMatch(SearchIndex::isHan)) {
                    word.codePoints().forEach(cp -> words.add(new String(Character.toChars(cp))));
                } else {
                    words.add(word);
                }
            }
        }
        return List.copyOf(words);
    }

    /**
     * The words of ASCII text, lower-cased: runs of letters and digits, which is what the general path's
     * pattern finds in ASCII. Most names are ASCII, and this loop costs a fraction of the pattern.
     */
    private static void asciiWords(String text, Set<String> words) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean wordChar = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
    }

    /** The shard keys of a document: the first two letters of each word, or the character itself. */
    static Set<String> keys(List<String> words) {
        Set<String> keys = new LinkedHashSet<>();
        for (String word : words) {
            keys.add(key(word));
        }
        return keys;
    }

    static String key(String word) {
        return word.codePointCount(0, word.length()) <= 2 ? word : word.substring(0, word.offsetByCodePoints(0, 2));
    }

    /** Shard file names stay ASCII: non-ASCII keys are written as hexadecimal code points. */
    static String fileName(String key) {
        StringBuilder b = new StringBuilder();
        key.codePoints().forEach(cp -> b.append(cp < 128 ? String.valueOf((char) cp) : "u" + Integer.toHexString(cp)));
        return b.toString();
    }

    /** Most names are plain ASCII, which needs neither Unicode normalisation nor the pattern: the fast path. */
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /**
     * Text made only of CJK Unified Ideographs (U+4E00–U+9FFC, those assigned in Java 17's Unicode 13), as
     * most Chinese names are: normalising leaves it as it is and every character is a word of its own, so it
     * needs neither step.
     */
    private static boolean isUnifiedHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x4E00 || c > 0x9FFC) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static byte[] json(List<Doc> docs) {
        ArrayNode array = JSON.createArrayNode();
        for (Doc d : docs) {
            ObjectNode node = array.addObject();
            node.put("t", d.title());
            if (d.titleZh() != null) {
                node.put("z", d.titleZh());
            }
            node.put("k", d.kind());
            node.put("u", d.route());
            ArrayNode words = node.putArray("w");
            d.words().forEach(words::add);
        }
        try {
            return JSON.writeValueAsString(array).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
