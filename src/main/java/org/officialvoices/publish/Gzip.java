package org.officialvoices.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip without a time stamp or a file name in the header (Java's {@link GZIPOutputStream} writes neither), so the
 * same file always gives the same bytes.
 */
final class Gzip {

    /** Files above this size are compressed into a temporary file rather than into memory. */
    static final long IN_MEMORY = 8L << 20;

    private Gzip() {
    }

    /** The gzipped bytes of a file of at most {@link #IN_MEMORY} bytes. */
    static byte[] compress(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Files.size(file) / 3 + 64, IN_MEMORY));
        copy(file, out);
        return out.toByteArray();
    }

    /** Gzips {@code file} into {@code target}. */
    static void compress(Path file, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            copy(file, out);
        }
    }

    private static void copy(Path file, OutputStream sink) throws IOException {
        try (InputStream in = Files.newInputStream(file); GZIPOutputStream gz = new GZIPOutputStream(sink, 64 * 1024)) {
            in.transferTo(gz);
        }
    }
}
