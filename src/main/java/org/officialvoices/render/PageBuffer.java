package org.officialvoices.render;

import java.util.Arrays;

import gg.jte.TemplateOutput;

/**
 * A growable byte buffer that jte renders a page into as UTF-8, reused from page to page by one thread.
 * jte's own {@code Utf8ByteOutput} keeps a list of pieces, encodes each string into a new array and joins
 * them at the end: at 178,700 accounts that was about a quarter of everything the build allocated.
 * Strings are encoded here as {@link String#getBytes} would (an unpaired surrogate becomes {@code ?}), so
 * the bytes are the same.
 */
final class PageBuffer implements TemplateOutput {

    private byte[] bytes = new byte[32 * 1024];
    private int length;

    /** Empties the buffer for the next page, keeping its capacity. */
    void clear() {
        length = 0;
    }

    /** The array holding the page; only its first {@link #length()} bytes are the page. */
    byte[] array() {
        return bytes;
    }

    int length() {
        return length;
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
        ensure((endIndex - beginIndex) * 3); // a UTF-16 unit never takes more than three bytes
        byte[] b = bytes;
        int n = length;
        for (int i = beginIndex; i < endIndex; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < endIndex && Character.isLowSurrogate(value.charAt(i + 1))) {
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
        length = n;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
