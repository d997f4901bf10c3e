package org.officialvoices.site;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Where the site's own static files are published: each name carries a hash of the file's bytes
 * ({@code assets/style.css} → {@code assets/style.3f9a0c1b2d.css}), so browsers and CDNs may cache them for
 * good, and an edited stylesheet gets a new address that no cache has seen.
 *
 * @param stylesheet   the published route of {@link Routes#STYLESHEET}
 * @param script       of {@link Routes#SCRIPT}
 * @param searchScript of {@link Routes#SEARCH_SCRIPT}
 * @param icon         of {@link Routes#ICON}
 * @param compareScript of {@link Routes#COMPARE_SCRIPT}
 */
public record AssetNames(String stylesheet, String script, String searchScript, String icon, String compareScript) {

    /** The static files as they are named in {@code templates/assets/}. */
    public static final List<String> SOURCES = List.of(Routes.STYLESHEET, Routes.SCRIPT, Routes.SEARCH_SCRIPT, Routes.ICON,
            Routes.COMPARE_SCRIPT);

    /** Hex digits of the SHA-256 kept in a name: 40 bits, plenty to tell versions of a few files apart. */
    static final int HASH_DIGITS = 10;

    /** The names for files whose published routes, by source name, are {@code published}. */
    public static AssetNames of(Map<String, String> published) {
        return new AssetNames(published.get(Routes.STYLESHEET), published.get(Routes.SCRIPT), published.get(Routes.SEARCH_SCRIPT),
                published.get(Routes.ICON), published.get(Routes.COMPARE_SCRIPT));
    }

    /** {@code assets/style.css} with these bytes → {@code assets/style.<hash>.css}. */
    public static String fingerprinted(String route, byte[] bytes) {
        String hash = HexFormat.of().formatHex(sha256(bytes)).substring(0, HASH_DIGITS);
        int dot = route.lastIndexOf('.');
        return route.substring(0, dot) + "." + hash + route.substring(dot);
    }

    /**
     * Whether {@code route} has the form of a fingerprinted name, so that its content never changes: under
     * {@code assets/}, a name, a dot, ten lowercase hex digits, a dot and an extension.
     */
    public static boolean isFingerprinted(String route) {
        return route.matches("assets/(?:[^/]+/)*[^/]+\\.[0-9a-f]{" + HASH_DIGITS + "}\\.[^/.]+");
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
