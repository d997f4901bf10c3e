package org.officialvoices.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.synth.SyntheticContent;
import org.officialvoices.testing.ChildJvm;
import org.officialvoices.testing.TestSites;
import org.officialvoices.testing.TreeDiff;

/** Identical input gives byte-identical output, whatever the thread count, locale, time zone or file order. */
class DeterminismIT {

    @TempDir
    Path tmp;

    private Path buildIn(Path content, String name, String... jvmArgs) {
        Path out = tmp.resolve(name);
        int code = ChildJvm.run(List.of(jvmArgs), tmp.resolve(name + ".log"),
                "build", "--content", content.toString(), "--out", out.toString());
        assertThat(code).as("build " + name).isZero();
        return out;
    }

    @Test
    void outputDoesNotDependOnThreadsLocaleOrTimeZone() {
        Path content = tmp.resolve("content");
        new SyntheticContent(3).write(content, 400);
        Path one = buildIn(content, "one-thread",
                "-Djava.util.concurrent.ForkJoinPool.common.parallelism=1", "-Duser.timezone=UTC", "-Duser.language=en");
        Path many = buildIn(content, "eight-threads",
                "-Djava.util.concurrent.ForkJoinPool.common.parallelism=8", "-Duser.timezone=Asia/Shanghai",
                "-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1");
        assertThat(TreeDiff.Snapshot.of(one).files()).isGreaterThan(400);
        assertThat(TreeDiff.describe(one, "one thread", many, "eight threads")).isEmpty();
    }

    @Test
    void outputDoesNotDependOnTheOrderFilesWereCreatedIn() throws Exception {
        Path forward = TestSites.copy(TestSites.realContent(), tmp.resolve("forward"));
        Path backward = tmp.resolve("backward");
        List<Path> files;
        try (var walk = Files.walk(forward)) {
            files = walk.filter(Files::isRegularFile).sorted(java.util.Comparator.reverseOrder()).toList();
        }
        for (Path file : files) {
            Path target = backward.resolve(forward.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
        assertThat(TreeDiff.describe(TestSites.build(forward, tmp.resolve("f")), "created forward",
                TestSites.build(backward, tmp.resolve("b")), "created backward")).isEmpty();
    }
}
