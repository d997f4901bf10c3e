package org.officialvoices.site;

import org.officialvoices.source.Characters;

/**
 * The one escaper for text the build writes into XML (the Atom feed, the sitemaps) and into markup it
 * writes by hand: escapes the five special characters and drops every character XML 1.0 forbids (control
 * characters, lone surrogates, U+FFFE and U+FFFF), so no text can make a file an XML parser refuses.
 * Content with such characters is refused by {@code check}; dropping them here is the second line.
 *
 * <p>Example: {@code XmlText.escape("a<b\u0001")} is {@code "a&lt;b"}.
 */
public final class XmlText {

    private XmlText() {
    }

    /** {@code text} escaped for XML or HTML text and quoted attributes, without the characters no XML may hold. */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> i = keep(text, i, b);
            }
        }
        return b.toString();
    }

    /** {@code text} without the characters no XML (nor HTML page, nor CSV cell) may hold; the same string when it has none. */
    public static String clean(String text) {
        if (Characters.firstForbidden(text) < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            i = keep(text, i, b);
        }
        return b.toString();
    }

    /** Appends the character at {@code i} (a whole surrogate pair) if it is allowed; returns the index of its last char. */
    private static int keep(String text, int i, StringBuilder b) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, text.charAt(i + 1));
            if (Characters.allowed(cp)) {
                b.append(c).append(text.charAt(i + 1));
            }
            return i + 1;
        }
        if (Characters.allowed(c)) {
            b.append(c);
        }
        return i;
    }
}
