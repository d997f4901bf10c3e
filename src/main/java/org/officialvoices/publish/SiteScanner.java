package org.officialvoices.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.officialvoices.parallel.Batches;

/**
 * Lists a built site and fingerprints every file on all cores, reading each file in small blocks so memory
 * stays bounded whatever the site's size. Usage: {@code List<LocalFile> files = new SiteScanner(true).scan(site);}
 */
public final class SiteScanner {

    private static final int BLOCK = 64 * 1024;

    private final boolean gzip;

    /** {@code gzip}: whether text files are to be stored gzipped, which is part of each fingerprint. */
    public SiteScanner(boolean gzip) {
        this.gzip = gzip;
    }

    /** Every regular file under {@code site}, sorted by path; fails unless {@code site} is a folder with an index.html. */
    public List<LocalFile> scan(Path site) {
        if (!Files.isDirectory(site)) {
            throw new DeployFailed("the site folder " + site + " does not exist: build it first (official-voices build),"
                    + " or pass --site DIR");
        }
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            throw new DeployFailed(site + " has no index.html, so it is not a built site: build it first"
                    + " (official-voices build --out " + site + "), or pass the right --site DIR");
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
            throw new DeployFailed("cannot list " + site + ": " + e.getMessage(), e);
        }
        List<LocalFile> scanned = new ArrayList<>(Batches.map(files, file -> {
            String path = relative(site, file);
            ObjectHeaders headers = ServingRules.headers(path, gzip);
            return new LocalFile(path, file, headers, fingerprint(file, headers));
        }));
        scanned.sort(Comparator.comparing(LocalFile::path));
        return List.copyOf(scanned);
    }

    /**
     * The SHA-256 of the file's bytes in hex, followed by {@code +gzip} when it is stored gzipped: the file and
     * how it is encoded, so that turning {@code --gzip} on or off sends the file again.
     */
    static String fingerprint(Path file, ObjectHeaders headers) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] block = new byte[BLOCK];
            for (int n = in.read(block); n >= 0; n = in.read(block)) {
                sha.update(block, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest()) + (headers.gzipped() ? "+gzip" : "");
        } catch (IOException e) {
            throw new DeployFailed("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String relative(Path site, Path file) {
        Path rel = site.relativize(file);
        StringBuilder b = new StringBuilder();
        for (Path part : rel) {
            if (!b.isEmpty()) {
                b.append('/');
            }
            b.append(part);
        }
        return b.toString();
    }
}
