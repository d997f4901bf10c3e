package org.officialvoices.site;

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

    /**
     * A 128-bit hash of a dependency list: two 64-bit multiply-and-mix hashes with different seeds over its
     * characters. Not cryptographic (a list is our own keys, not an attacker's), but some twenty times quicker
     * than SHA-256 without the C2 compiler, over the million keys of a large site.
     */
    public record Digest(long high, long low) {

        /** For files made on every build, which have no list. */
        public static final Digest NONE = new Digest(0, 0);

        public static Digest of(List<String> deps) {
            long h = 0x9E3779B97F4A7C15L;
            long l = 0xC2B2AE3D27D4EB4FL;
            for (String key : deps) {
                for (int i = 0; i < key.length(); i++) {
                    char c = key.charAt(i);
                    h = (h ^ c) * 0x100000001B3L;
                    l = Long.rotateLeft(l ^ c, 23) * 0x9E3779B97F4A7C15L;
                }
                h = (h ^ '\n') * 0x100000001B3L;
                l = Long.rotateLeft(l ^ '\n', 23) * 0x9E3779B97F4A7C15L;
            }
            return new Digest(mix(h ^ deps.size()), mix(l + deps.size()));
        }

        private static long mix(long z) {
            z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
            z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
            return z ^ (z >>> 33);
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
}
