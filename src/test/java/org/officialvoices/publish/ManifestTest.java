package org.officialvoices.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest's JSON form, and the fingerprints and gzip bytes it depends on. */
class ManifestTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsAndIsSorted() {
        Manifest m = new Manifest(Map.of("b.html", "2", "a.html", "1+gzip"));
        String json = new String(m.toJson(), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("{\"format\":1,\"rules\":1,\"files\":{\n\"a.html\":\"1+gzip\",\n\"b.html\":\"2\"}}\n");
        assertThat(Manifest.read(m.toJson())).contains(m);
    }

    @Test
    void anotherFormatOrSomethingElseReadsAsNoManifest() {
        assertThat(Manifest.read("{\"format\":2,\"rules\":1,\"files\":{}}".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(Manifest.read("{\"format\":1,\"rules\":0,\"files\":{}}".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(Manifest.read("<html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(Manifest.read("{\"format\":1,\"rules\":1,\"files\":{\"a\":1}}".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void theFingerprintIsTheFilesHashAndItsEncoding() throws Exception {
        Path file = Files.writeString(dir.resolve("a.html"), "abc");
        String hash = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertThat(SiteScanner.fingerprint(file, ServingRules.headers("a.html", false))).isEqualTo(hash);
        assertThat(SiteScanner.fingerprint(file, ServingRules.headers("a.html", true))).isEqualTo(hash + "+gzip");
    }

    @Test
    void gzipGivesTheSameBytesEveryTime() throws Exception {
        Path file = Files.writeString(dir.resolve("a.html"), "<p>hello</p>".repeat(1000));
        byte[] first = Gzip.compress(file);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));
        assertThat(Gzip.compress(file)).isEqualTo(first);
        assertThat(first[4] | first[5] | first[6] | first[7]).as("no time stamp").isZero();
        assertThat(first[3]).as("no file name").isZero();
        Path big = dir.resolve("a.gz");
        Gzip.compress(file, big);
        assertThat(Files.readAllBytes(big)).isEqualTo(first);
        try (var in = new GZIPInputStream(Files.newInputStream(big))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(Files.readString(file));
        }
    }
}
