package org.officialvoices.site;

/**
 * English text standing in for a missing translation, which a page of the translation writes as
 * {@code <span lang="en">…</span>} followed by a visible note, so that a reader, a screen reader and a search engine
 * all know the passage is English. The page's output does this as it escapes each value ({@code render/PageBuffer}).
 * It knows such a text in one of two ways: a text of the content is the English instance itself, listed by identity
 * ({@link Localiser.Localised#english}), so that nothing is copied; a text made while a page is made (a release's
 * changelog, {@link DataPages}) is wrapped in two noncharacters, which content can never hold (the loader refuses
 * them). Inside a tag's attributes, and in elements that hold no markup ({@code <title>}, {@code <option>}, an SVG
 * drawing's text), it is written plain.
 */
public final class Fallback {

    public static final char OPEN = '\uFDD0';
    public static final char CLOSE = '\uFDD1';

    private Fallback() {
    }

    /** {@code english}, marked as standing in for its translation; null stays null. */
    public static String mark(String english) {
        return english == null || english.isEmpty() ? english : OPEN + english + CLOSE;
    }

    /** Whether {@code text} is marked English. */
    public static boolean isMarked(String text) {
        return text != null && !text.isEmpty() && text.charAt(0) == OPEN;
    }

    /** {@code text} without marks, for plain-text uses: a feed, a title, a file. */
    public static String plain(String text) {
        if (text == null || text.indexOf(OPEN) < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != OPEN && c != CLOSE) {
                b.append(c);
            }
        }
        return b.toString();
    }

}
