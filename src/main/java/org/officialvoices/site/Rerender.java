package org.officialvoices.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Set;

/**
 * The one rule, shared by {@code serve} and incremental builds, for whether a page must be rendered again:
 * when it is new, when its template is another or was edited, when its dependency list is not the one it had
 * (rows moved between pages, a case study now names the account), or when the list shares a key with what
 * changed ({@link ContentDiff}). Lists are compared by digest, so a build can keep them on disk cheaply.
 *
 * <p>Example: {@code Rerender.needed(before, job.template(), deps, changedKeys, Set.of())}.
 */
public final class Rerender {

    private Rerender() {
    }

    /** What a page was made from last time: its template and the digest of its dependency list. */
    public record Made(String template, Digest deps) {
    }

    /** 128 bits of a SHA-256 over a dependency list. */
    public record Digest(long high, long low) {

        public static Digest of(List<String> deps) {
            MessageDigest sha = sha256();
            for (String key : deps) {
                sha.update(key.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            byte[] d = sha.digest();
            return new Digest(java.nio.ByteBuffer.wrap(d).getLong(0), java.nio.ByteBuffer.wrap(d).getLong(8));
        }
    }

    /**
     * Whether a page made as {@code before} (null if it was not made) must be rendered again now that it uses
     * {@code template} and shows {@code deps}.
     */
    public static boolean needed(Made before, String template, List<String> deps, Digest digest, Set<String> changedKeys,
            Set<String> changedTemplates) {
        return before == null || !before.template().equals(template) || !before.deps().equals(digest)
                || changedTemplates.contains(template) || ContentDiff.affects(changedKeys, deps);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
