package org.officialvoices.source;

import java.util.Locale;

/**
 * The characters no page, feed or download may carry: C0 and C1 control characters other than tab and new
 * line, lone surrogates (half of a character, which no encoder can write), and Unicode's noncharacters.
 * HTML parsers report them as errors and XML 1.0 forbids most of them, so content holding one is refused.
 *
 * <p>Example: {@code Characters.firstForbidden("a\u0001b")} is {@code 1}.
 */
public final class Characters {

    private Characters() {
    }

    /** The index of the first forbidden character of {@code text} (the high half of a pair counts), or -1. */
    public static int firstForbidden(CharSequence text) {
        return firstForbidden(text, 0);
    }

    /** The index of the first forbidden character of {@code text} at or after {@code from}, or -1. */
    public static int firstForbidden(CharSequence text, int from) {
        int length = text.length();
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue; // nearly every character: keep the common case to one comparison pair
            }
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (!allowed(Character.toCodePoint(c, text.charAt(i + 1)))) {
                    return i;
                }
                i++;
            } else if (!allowed(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a page, a feed and a CSV cell may all hold {@code codePoint} (a lone surrogate may not). */
    public static boolean allowed(int codePoint) {
        if (codePoint < 0x20) {
            return codePoint == '\t' || codePoint == '\n' || codePoint == '\r';
        }
        if (codePoint >= 0x7F && codePoint <= 0x9F) {
            return false;
        }
        if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            return false;
        }
        return !(codePoint >= 0xFDD0 && codePoint <= 0xFDEF) && (codePoint & 0xFFFE) != 0xFFFE;
    }

    /** What the forbidden character at {@code index} of {@code text} is, for a message: "the control character U+0001". */
    public static String describe(CharSequence text, int index) {
        int cp = Character.codePointAt(text, index);
        String code = String.format(Locale.ROOT, "U+%04X", cp);
        if (Character.isSurrogate(text.charAt(index)) && Character.charCount(cp) == 1) {
            return "a lone surrogate (" + code + "), half of a character that cannot be written on its own";
        }
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            return "the control character " + code;
        }
        return "the noncharacter " + code;
    }
}
