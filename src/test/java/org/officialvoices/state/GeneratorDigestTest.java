package org.officialvoices.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A state survives a rebuild of the same generator, and no change to its code, resources or dependencies. */
class GeneratorDigestTest {

    @TempDir
    Path dir;

    private Path generator(String name, String code, String buildTime) throws IOException {
        Path root = dir.resolve(name);
        Files.createDirectories(root.resolve("org/officialvoices"));
        Files.writeString(root.resolve("org/officialvoices/Main.class"), code);
        Files.writeString(root.resolve("org/officialvoices/build.properties"), "build=" + buildTime);
        return root;
    }

    @Test
    void theBuildTimeDoesNotCountButCodeAndDependencyVersionsDo() throws IOException {
        List<Path> deps = List.of(Path.of("/m2/commonmark-0.30.0.jar"));
        String first = GeneratorDigest.of(generator("a", "code", "2026-11-29T09:00:00Z"), deps);
        assertThat(GeneratorDigest.of(generator("b", "code", "2026-11-30T10:00:00Z"), deps)).isEqualTo(first);
        assertThat(GeneratorDigest.of(generator("c", "other code", "2026-11-29T09:00:00Z"), deps)).isNotEqualTo(first);
        assertThat(GeneratorDigest.of(generator("d", "code", "2026-11-29T09:00:00Z"), List.of(Path.of("/m2/commonmark-0.31.0.jar"))))
                .isNotEqualTo(first);
        assertThat(GeneratorDigest.value()).isEqualTo(GeneratorDigest.value()).hasSize(64);
    }
}
