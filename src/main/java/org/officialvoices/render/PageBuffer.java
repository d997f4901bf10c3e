package org.officialvoices.render;

import java.util.Arrays;

import gg.jte.Content;
import gg.jte.html.HtmlTemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.runtime.StringUtils;

/**
 * A growable byte buffer that jte renders a page into as UTF-8, reused from page to page by one thread.
 *
 * <p>It is also the page's HTML output: jte hands every value a template prints to
 * {@link #writeUserContent(String)} with the tag and attribute it sits in, and this class escapes and
 * encodes the value in one pass over its characters, straight into the buffer. It escapes exactly as jte's
 * own {@link OwaspHtmlTemplateOutput} does (text: {@code & < >}; attribute values: {@code ' " & <}; an
 * {@code a href} that starts with {@code javascript:} is dropped), and hands the rare contexts (inside
 * {@code <script>}, {@code on*} attributes, a content block used as an attribute) to an instance of that class.
 * {@code PageBufferTest} checks both agree on random text. Before, jte escaped by cutting each value into
 * pieces and this buffer encoded each piece: two passes and a call per piece, ~a quarter of rendering.
 *
 * <p>Strings are encoded as {@link String#getBytes} would (an unpaired surrogate becomes {@code ?}), so the
 * bytes are the same as jte's {@code Utf8ByteOutput} would give.
 */
final class PageBuffer implements HtmlTemplateOutput {

    /** What each ASCII character becomes in text, or null for itself. */
    private static final byte[][] TEXT_ESCAPES = escapes("&&amp;", "<&lt;", ">&gt;");
    /** What each ASCII character becomes in an attribute value, or null for itself. */
    private static final byte[][] ATTRIBUTE_ESCAPES = escapes("&&amp;", "<&lt;", "\"&#34;", "'&#39;");
    /** Longest escape of one UTF-16 unit: five bytes ({@code &amp;}), more than its three as UTF-8. */
    private static final int MAX_BYTES_PER_CHAR = 5;

    /** A table from each "c" + "escape" pair: {@code "<&lt;"} maps '<' to "&lt;". */
    private static byte[][] escapes(String... pairs) {
        byte[][] table = new byte[0x80][];
        for (String pair : pairs) {
            table[pair.charAt(0)] = pair.substring(1).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
        return table;
    }

    /** Elements whose text takes no markup: a marked translation fallback is written there without its span. */
    private static final java.util.Set<String> PLAIN_TEXT = java.util.Set.of("title", "option", "textarea", "text", "tspan",
            "desc", "style");

    private byte[] bytes = new byte[32 * 1024];
    /** What follows English text standing in for a translation ({@link org.officialvoices.site.Fallback}). */
    private byte[] fallbackOpen = new byte[0];
    private byte[] fallbackClose = new byte[0];
    private String fallbackNote;
    /** This page's English texts standing in for missing translations, by identity, or null. */
    private java.util.Set<String> english;
    private int length;
    private String tagName;
    private String attributeName;
    /** jte's own escaping, for the contexts this class does not handle itself. */
    private final OwaspHtmlTemplateOutput rare = new OwaspHtmlTemplateOutput(this);

    /** Empties the buffer for the next page, keeping its capacity. */
    void clear() {
        length = 0;
        setContext(null, null);
    }

    /**
     * Sets how this page writes English text standing in for a missing translation: within {@code <span lang="en">},
     * followed by {@code note}.
     */
    void fallback(String note, java.util.Set<String> english) {
        this.english = english;
        if (note.equals(fallbackNote)) {
            return;
        }
        fallbackNote = note;
        fallbackOpen = "<span lang=\"en\">".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        fallbackClose = ("</span><span class=\"untranslated\">" + note + "</span>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The array holding the page; only its first {@link #length()} bytes are the page. */
    byte[] array() {
        return bytes;
    }

    int length() {
        return length;
    }

    @Override
    public void setContext(String tagName, String attributeName) {
        this.tagName = tagName;
        this.attributeName = attributeName;
    }

    @Override
    public void writeUserContent(String value) {
        if (value == null) {
            return;
        }
        if (english != null && attributeName == null && !"script".equals(tagName) && !PLAIN_TEXT.contains(tagName == null ? "" : tagName)
                && english.contains(value)) {
            writeBinaryContent(fallbackOpen);
            write(value, 0, value.length(), false);
            writeBinaryContent(fallbackClose);
            return;
        }
        if (tagName != null && attributeName != null) {
            if (attributeName.startsWith("on")) {
                rareContext().writeUserContent(value);
            } else if (!("href".equals(attributeName) && "a".equals(tagName) && isScriptUrl(value))) {
                write(value, 0, value.length(), true);
            }
        } else if ("script".equals(tagName)) {
            rareContext().writeUserContent(value);
        } else {
            write(value, 0, value.length(), false);
        }
    }

    /**
     * jte's test for a {@code javascript:} link, which only a value starting with white space or a 'j' can
     * pass: the links this site makes start with "../" or a letter other than 'j', and skip it.
     */
    private static boolean isScriptUrl(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        boolean couldPass = first == 'j' || first == 'J' || first <= ' ' || first >= 0x80 && Character.isWhitespace(first);
        return couldPass && StringUtils.startsWithIgnoringCaseAndWhitespaces(value, "javascript:");
    }

    @Override
    public void writeUserContent(Content content) {
        if (content == null) {
            return;
        }
        if (tagName != null && attributeName != null) {
            rareContext().writeUserContent(content);
        } else {
            content.writeTo(this);
        }
    }

    private OwaspHtmlTemplateOutput rareContext() {
        rare.setContext(tagName, attributeName);
        return rare;
    }

    @Override
    public void writeBinaryContent(byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, bytes, length, value.length);
        length += value.length;
    }

    @Override
    public void writeContent(String value) {
        writeContent(value, 0, value.length());
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        if (value.indexOf(org.officialvoices.site.Fallback.OPEN, beginIndex) >= 0) { // prepared markup: marks are dropped
            String plain = org.officialvoices.site.Fallback.plain(value.substring(beginIndex, endIndex));
            writeContent(plain, 0, plain.length());
            return;
        }
        ensure((endIndex - beginIndex) * 3); // a UTF-16 unit never takes more than three bytes
        length = encode(value, beginIndex, endIndex, length);
    }

    /**
     * Writes {@code value[begin, end)} escaped for text ({@code & < >}) or an attribute value
     * ({@code ' " & <}), encoding as it goes: one pass over the characters.
     */
    private void write(String value, int begin, int end, boolean attribute) {
        ensure((end - begin) * MAX_BYTES_PER_CHAR);
        byte[][] escapes = attribute ? ATTRIBUTE_ESCAPES : TEXT_ESCAPES;
        byte[] b = bytes;
        int n = length;
        for (int i = begin; i < end; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                byte[] escape = escapes[c];
                if (escape == null) {
                    b[n++] = (byte) c;
                } else {
                    System.arraycopy(escape, 0, b, n, escape.length);
                    n += escape.length;
                }
            } else if (c == org.officialvoices.site.Fallback.OPEN || c == org.officialvoices.site.Fallback.CLOSE) {
                length = n;
                if (!attribute && !PLAIN_TEXT.contains(tagName == null ? "" : tagName)) {
                    byte[] mark = c == org.officialvoices.site.Fallback.OPEN ? fallbackOpen : fallbackClose;
                    ensure(mark.length + (end - i) * MAX_BYTES_PER_CHAR);
                    b = bytes;
                    System.arraycopy(mark, 0, b, n, mark.length);
                    n += mark.length;
                }
            } else {
                // Chinese names, typographic quotes: encode this character (or surrogate pair) alone
                boolean pair = Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(value.charAt(i + 1));
                n = encode(value, i, pair ? i + 2 : i + 1, n);
                if (pair) {
                    i++;
                }
            }
        }
        length = n;
    }

    /** Encodes {@code value[begin, end)} as UTF-8 at {@code n}, which has room; returns the new length. */
    private int encode(String value, int begin, int end, int n) {
        byte[] b = bytes;
        for (int i = begin; i < end; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(++i));
                b[n++] = (byte) (0xF0 | cp >> 18);
                b[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                b[n++] = '?';
            } else {
                b[n++] = (byte) (0xE0 | c >> 12);
                b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return n;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
