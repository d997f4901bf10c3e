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

    private Path generator(String name, String code, String template) throws IOException {
        Path root = dir.resolve(name);
        Files.createDirectories(root.resolve("org/officialvoices"));
        Files.writeString(root.resolve("org/officialvoices/Main.class"), code);
        Files.writeString(root.resolve("org/officialvoices/page.bin"), template);
        return root;
    }

    @Test
    void theSameCodeCompiledAgainKeepsItsDigestButCodeTemplatesAndDependencyVersionsCount() throws IOException {
        List<Path> deps = List.of(Path.of("/m2/commonmark-0.30.0.jar"));
        String first = GeneratorDigest.of(generator("a", "code", "<p>"), deps);
        assertThat(GeneratorDigest.of(generator("b", "code", "<p>"), List.of(Path.of("/elsewhere/commonmark-0.30.0.jar"))))
                .as("compiled again, in another folder, with the same libraries elsewhere").isEqualTo(first);
        assertThat(GeneratorDigest.of(generator("c", "other code", "<p>"), deps)).isNotEqualTo(first);
        assertThat(GeneratorDigest.of(generator("d", "code", "<div>"), deps)).isNotEqualTo(first);
        assertThat(GeneratorDigest.of(generator("e", "code", "<p>"), List.of(Path.of("/m2/commonmark-0.31.0.jar"))))
                .isNotEqualTo(first);
        assertThat(GeneratorDigest.value()).isEqualTo(GeneratorDigest.value()).hasSize(64);
    }

    private Path jar(String name, String code, long time) throws IOException {
        Path jar = dir.resolve(name + ".jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            var entry = new java.util.jar.JarEntry("org/officialvoices/Main.class");
            entry.setTime(time);
            out.putNextEntry(entry);
            out.write(code.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    @Test
    void aJarIsKnownByItsEntriesNotItsTimes() throws IOException {
        String first = GeneratorDigest.of(jar("a", "code", 0L), List.of());
        assertThat(GeneratorDigest.of(jar("b", "code", 1_700_000_000_000L), List.of())).isEqualTo(first);
        assertThat(GeneratorDigest.of(jar("c", "cods", 0L), List.of())).isNotEqualTo(first);
    }
}
