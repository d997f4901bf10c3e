package org.officialvoices.site;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * How text becomes search terms, the same here as in {@code templates/assets/search.js}: lower case without
 * accents, apostrophes dropped ({@code people's} → {@code peoples}), split at anything that is not a letter or
 * a digit, Chinese text as single characters, and English plurals stemmed ({@code embassies} → {@code embassy}).
 */
final class SearchWords {

    /** Words too common in running text to find anything; still indexed in names, where they are few. */
    static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is",
            "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "with");
    private static final int LONGEST_STOP = STOP.stream().mapToInt(String::length).max().orElse(0);
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchWords() {
    }

    /** Whether {@code term} is in {@link #STOP}; most terms are longer than any, and are not looked up. */
    static boolean isStop(String term) {
        return term.length() <= LONGEST_STOP && STOP.contains(term);
    }

    /** The stemmed terms of some texts, each once, in order. */
    static List<String> terms(String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            forEachTerm(text, terms::add);
        }
        return List.copyOf(terms);
    }

    /** Lower-cased words without accents or apostrophes; Chinese text as single characters. */
    static List<String> words(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            forEachWord(text, words::add);
        }
        return List.copyOf(words);
    }

    /** Each term of {@code text} (none for null), in order and as often as it occurs: {@link #terms} without the set. */
    static void forEachTerm(String text, Consumer<String> action) {
        forEachWord(text, word -> action.accept(stem(word)));
    }

    /** Each word of {@code text} (none for null), in order and as often as it occurs: {@link #words} without the set. */
    static void forEachWord(String text, Consumer<String> action) {
        if (text == null) {
            return;
        }
        if (isUnifiedHan(text)) {
            for (int i = 0; i < text.length(); i++) {
                action.accept(String.valueOf(text.charAt(i)));
            }
            return;
        }
        if (isAscii(text)) {
            asciiWords(text, action);
            return;
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        for (String word : SEPARATORS.split(APOSTROPHES.matcher(plain).replaceAll(""))) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.codePoints().anyMatch(SearchWords::isHan)) {
                word.codePoints().forEach(cp -> action.accept(new String(Character.toChars(cp))));
            } else {
                action.accept(word);
            }
        }
    }

    /**
     * A light English stemmer for plurals, so that a query in the plural finds the singular and back:
     * {@code embassies} → {@code embassy}, {@code diplomats} → {@code diplomat}, {@code churches} → {@code church};
     * words in {@code -ss}, {@code -us} and {@code -is} and words under four letters stay as they are.
     */
    static String stem(String word) {
        int n = word.length();
        if (n < 4 || !isLowerLatin(word)) {
            return word;
        }
        if (word.endsWith("ies") && n > 4) {
            return word.substring(0, n - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) {
            return word.substring(0, n - 2);
        }
        if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is") || !word.endsWith("s")) {
            return word;
        }
        return word.substring(0, n - 1);
    }

    /** The first {@code length} code points of a term: its shard key at that length. */
    static String key(String term, int length) {
        return term.codePointCount(0, term.length()) <= length ? term : term.substring(0, term.offsetByCodePoints(0, length));
    }

    /** A term's shard key: its first two letters, or the character itself for Chinese. */
    static String key(String term) {
        return key(term, 2);
    }

    /** Shard file names stay ASCII: non-ASCII keys are written as hexadecimal code points. */
    static String fileName(String key) {
        StringBuilder b = new StringBuilder();
        key.codePoints().forEach(cp -> b.append(cp < 128 ? String.valueOf((char) cp) : "u" + Integer.toHexString(cp)));
        return b.toString();
    }

    /**
     * The words of ASCII text, lower-cased: runs of letters and digits with apostrophes left out, which is what
     * the general path finds in ASCII. Most text is ASCII, and this loop costs a fraction of the pattern; a word
     * already in lower case without an apostrophe, the most common, is cut out of the text without a copy.
     */
    private static void asciiWords(String text, Consumer<String> action) {
        int start = -1;
        boolean plain = true;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                start = start < 0 ? i : start;
            } else if (c >= 'A' && c <= 'Z' || c == '\'' && start >= 0) {
                start = start < 0 ? i : start;
                plain = false;
            } else if (c != '\'' && start >= 0) {
                action.accept(plain ? text.substring(start, i) : lowerWithoutApostrophes(text, start, i));
                start = -1;
                plain = true;
            }
        }
    }

    private static String lowerWithoutApostrophes(String text, int start, int end) {
        StringBuilder b = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '\'') {
                b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
        }
        return b.toString();
    }

    private static boolean isLowerLatin(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

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
     * most Chinese names are: normalising leaves it as it is and every character is a word of its own.
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

    /** Whether {@code term} is one of the terms of {@code text}. */
    static boolean hasTerm(String text, String term) {
        boolean[] found = {false};
        forEachTerm(text, t -> found[0] |= t.equals(term));
        return found[0];
    }

    /**
     * The first sentence of running text that {@code wanted} accepts, or null: sentences end after a full stop,
     * question or exclamation mark and the white space that follows it, and are stripped; blank ones are skipped.
     * This is {@code text.split("(?<=[.!?。])\\s+")} without the pattern, and stops at the sentence wanted.
     */
    static String sentence(String text, Predicate<String> wanted) {
        int n = text.length();
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i < n && !(isSpace(text.charAt(i)) && isSentenceEnd(text.charAt(i - 1)))) {
                continue;
            }
            String sentence = text.substring(start, i).strip();
            if (!sentence.isEmpty() && wanted.test(sentence)) {
                return sentence;
            }
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            start = i;
        }
        return null;
    }

    /** White space as the pattern {@code \\s} means it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '。';
    }
}
