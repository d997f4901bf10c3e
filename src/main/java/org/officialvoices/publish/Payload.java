package org.officialvoices.publish;

import java.nio.file.Path;

/** The bytes of one upload: a file streamed from disk, or bytes already in memory (a gzipped page, the manifest). */
public record Payload(Path file, byte[] bytes) {

    public static Payload of(Path file) {
        return new Payload(file, null);
    }

    public static Payload of(byte[] bytes) {
        return new Payload(null, bytes);
    }
}
