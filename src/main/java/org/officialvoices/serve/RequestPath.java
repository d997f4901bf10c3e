package org.officialvoices.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns a request's raw path into a file path inside the site, or refuses it. Refused: anything that could
 * leave the site's root once decoded ({@code ..} or {@code .} segments, in any percent-encoding, backslashes,
 * encoded slashes), NUL bytes and malformed encodings. The server serves from memory, so nothing outside
 * could be read anyway; refusing early keeps it that way if that ever changes.
 *
 * <p>Example: {@code RequestPath.file("/accounts/x/")} is {@code accounts/x/index.html}.
 */
final class RequestPath {

    private RequestPath() {
    }

    /** The site file a raw request path names, or empty when the path is refused. */
    static Optional<String> file(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        Optional<String> decoded = decode(rawPath);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        return resolve(decoded.get());
    }

    /** The site file an already decoded path names, or empty when it is refused. */
    static Optional<String> resolve(String path) {
        if (!path.startsWith("/")) {
            return Optional.empty();
        }
        if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0 || path.contains("//")) {
            return Optional.empty();
        }
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.empty();
            }
        }
        String file = path.substring(1);
        return Optional.of(file.isEmpty() || file.endsWith("/") ? file + "index.html" : file);
    }

    /** Strict percent-decoding to UTF-8; an encoded slash is refused, since it would hide a segment boundary. */
    private static Optional<String> decode(String raw) {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 4);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                int b = hi * 16 + lo;
                if (b == '/') {
                    return Optional.empty();
                }
                bytes.put((byte) b);
                i += 2;
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
