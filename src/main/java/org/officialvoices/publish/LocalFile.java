package org.officialvoices.publish;

import java.nio.file.Path;

/**
 * One file of the built site: its path inside the site ('/'-separated, also its key under the prefix),
 * where it is on disk, how it is served, and its fingerprint (see {@link SiteScanner#fingerprint}).
 */
public record LocalFile(String path, Path file, ObjectHeaders headers, String fingerprint) {
}
