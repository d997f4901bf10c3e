package org.officialvoices.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.testing.ChildJvm;
import org.officialvoices.testing.TestSites;

/**
 * Memory is bounded by the input: each of these inputs of up to 1 MiB, laid over the {@code minimal}
 * fixture, is built in a JVM with a 256 MiB heap, and must end in under two minutes with exit 0 or 1
 * (never 3, a bug, or 4, out of memory). They are the shapes that once needed hundreds of megabytes or
 * minutes: huge exponents, deep nesting, long strings, long front-matter lists, nested emphasis.
 */
class BigInputsIT {

    private static final int MIB = 1024 * 1024;

    @TempDir
    Path tmp;

    static Stream<Arguments> inputs() {
        return Stream.of(
                input("nesting", "accounts/town-police-weibo.json", () -> "[".repeat(MIB)),
                input("huge exponents", "accounts/town-police-weibo.json", () -> account(obs -> "{\"metric\": \"followers\", "
                        + "\"value\": 1e999999999, \"date\": \"2014\", \"source\": \"paper-a\"}", 12_000)),
                input("many observations", "accounts/town-police-weibo.json", () -> account(obs -> "{\"metric\": \"followers\", "
                        + "\"value\": " + obs + ", \"date\": \"" + (1990 + obs % 30) + "\", \"source\": \"paper-a\"}", 13_000)),
                input("long strings", "datasets/town.json", () -> new String(read("datasets/town.json"), StandardCharsets.UTF_8)
                        .replace("\"Accounts of a small town.\"", "\"" + "长".repeat(99_999) + "\"")
                        .replace("\"Weibo users\"", "\"" + "=1+1 ".repeat(19_000) + "\"")),
                input("escapes", "accounts/town-mayor-weibo.json", () -> "{\"id\": \"town-mayor-weibo\", \"name\": \""
                        + "\\u00e9".repeat(170_000) + "\"}"),
                input("front-matter list", "case-studies/town-police.md", () -> "---\ntitle: T\nsummary: S\ndate: 2013-09\n"
                        + "accounts:\n" + "  - town-police-weibo\n".repeat(12_000) + "---\nbody\n"),
                input("nested emphasis at the Markdown limit", "case-studies/town-police.md", () -> "---\ntitle: T\nsummary: S\n"
                        + "date: 2013-09\n---\n" + "*a".repeat(65_000) + "[x".repeat(1000) + "\n"),
                input("Markdown over its limit", "pages/home.md", () -> "---\ntitle: Home\n---\n" + "> ".repeat(MIB / 2 - 20)),
                input("many sources", "sources.json", () -> {
                    StringBuilder b = new StringBuilder("{\"sources\": [\n");
                    b.append("{\"id\": \"paper-a\", \"title\": \"A\"}, {\"id\": \"paper-b\", \"title\": \"B\"}");
                    for (int i = 0; i < 4_000; i++) {
                        b.append(",\n{\"id\": \"s-").append(i).append("\", \"title\": \"Source ").append(i)
                                .append("\", \"url\": \"https://example.org/").append(i).append("\"}");
                    }
                    return b.append("]}").toString();
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void aMegabyteOfHostileInputBuildsIn256MiB(String name, String file, Supplier<String> text) throws Exception {
        Path content = TestSites.copy(TestSites.fixture("minimal"), tmp.resolve("content"));
        byte[] bytes = text.get().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).as(name + " is at most 1 MiB").isLessThanOrEqualTo(MIB);
        Files.write(content.resolve(file), bytes);
        Path log = tmp.resolve("log.txt");

        long start = System.nanoTime();
        int code = ChildJvm.run(List.of("-Xmx256m"), log, "build", "--content", content.toString(), "--out",
                tmp.resolve("site").toString());
        double seconds = (System.nanoTime() - start) / 1e9;

        String printed = Files.readString(log);
        assertThat(code).as(name + " (" + bytes.length + " bytes):\n" + printed.substring(0, Math.min(2000, printed.length())))
                .isIn(0, 1);
        assertThat(printed).doesNotContain("\tat ", "ran out of memory");
        assertThat(seconds).as(name + " took too long").isLessThan(120);
    }

    private static Arguments input(String name, String file, Supplier<String> text) {
        return Arguments.of(name, file, text);
    }

    private static String account(java.util.function.IntFunction<String> observation, int count) {
        StringBuilder b = new StringBuilder("{\"id\": \"town-police-weibo\", \"name\": \"Town Police\", \"platform\": \"weibo\", "
                + "\"owner\": \"Town Police Department\", \"kind\": \"police\", \"country\": \"US\", \"status\": \"active\", "
                + "\"source\": \"paper-a\", \"observations\": [\n");
        for (int i = 0; i < count; i++) {
            b.append(i == 0 ? "" : ",\n").append(observation.apply(i));
        }
        return b.append("]}").toString();
    }

    private static byte[] read(String file) {
        try {
            return Files.readAllBytes(TestSites.fixture("minimal").resolve(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
