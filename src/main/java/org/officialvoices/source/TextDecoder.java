package org.officialvoices.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.officialvoices.diag.BuildFailed;
import org.officialvoices.diag.Diagnostic;

/**
 * Decodes file bytes as strict UTF-8, drops a byte-order mark and turns CRLF or CR into LF; refuses the
 * characters of {@link Characters} that no output may hold.
 */
public final class TextDecoder {

    private TextDecoder() {
    }

    public static String decode(String path, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8); // replaces each malformed sequence with U+FFFD
        if (text.indexOf('\uFFFD') >= 0) {
            text = strict(path, bytes); // malformed input, or a U+FFFD written in the file: tell which
        }
        text = normaliseLineEndings(text.startsWith("\uFEFF") ? text.substring(1) : text);
        int bad = Characters.firstForbidden(text);
        if (bad >= 0) {
            throw forbiddenCharacters(path, text, bad);
        }
        return text;
    }

    /** The forbidden characters from {@code first} on, the first {@link #SHOWN} of them, each at its line and column. */
    private static BuildFailed forbiddenCharacters(String path, String text, int first) {
        java.util.List<Diagnostic> found = new java.util.ArrayList<>();
        for (int i = first; i >= 0 && found.size() < SHOWN; ) {
            found.add(forbiddenCharacter(path, text, i));
            i = Characters.firstForbidden(text, i + Character.charCount(text.codePointAt(i)));
        }
        return new BuildFailed(found, found.size());
    }

    private static final int SHOWN = 10;

    /** A control character or noncharacter, invisible in most editors, reported where it is. */
    private static Diagnostic forbiddenCharacter(String path, String text, int index) {
        int lineStart = text.lastIndexOf('\n', index - 1) + 1;
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        int column = text.codePointCount(lineStart, index) + 1;
        return Diagnostic.error(path, line, column, "file contains " + Characters.describe(text, index)
                + ", which no page, feed or download may hold")
                .withHint("delete it (most editors do not show it); only tab and new line are allowed among control characters");
    }

    /** The text as decoded, or the first invalid byte reported at its line and column. */
    private static String strict(String path, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw BuildFailed.of(invalidByte(path, out.flip().toString(), in.position(), bytes[in.position()]));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static Diagnostic invalidByte(String path, String decodedPrefix, int offset, byte bad) {
        String prefix = normaliseLineEndings(decodedPrefix.startsWith("\uFEFF") ? decodedPrefix.substring(1) : decodedPrefix);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < prefix.length(); i++) {
            if (prefix.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = prefix.codePointCount(lineStart, prefix.length()) + 1;
        return Diagnostic.error(path, line, column,
                String.format("file is not valid UTF-8 (byte 0x%02X at offset %d)", bad & 0xff, offset))
                .withHint("save the file as UTF-8; most editors offer this under \"Save with encoding\"");
    }

    static String normaliseLineEndings(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
