package org.officialvoices.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.diag.BuildFailed;
import org.officialvoices.synth.SyntheticContent;
import org.officialvoices.testing.TestSites;
import org.officialvoices.testing.TreeDiff;

/**
 * Incremental builds on disk against full builds: after rounds of random edits (seeded, so a failure can be
 * replayed), the output folder an incremental build updated equals, file by file and folder by folder, a full
 * build of the same content into a fresh folder. Edits that break the content must change nothing.
 */
class IncrementalBuildIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SEED = Long.getLong("incremental.seed", 20261129L);
    private static final int ROUNDS = Integer.getInteger("incremental.rounds", 16);

    @TempDir
    Path dir;

    /** Never gives way to a full build when much changed, so that every round tests the incremental path. */
    private final Pipeline pipeline = new Pipeline(Progress.none(), 1.0);

    /** An edit of the content folder, named for the report. */
    private record Edit(String name, Consumer<Path> apply) {
    }

    @Test
    void afterRandomEditsTheOutputIsExactlyAFullBuilds() {
        Random random = new Random(SEED);
        Path content = dir.resolve("content");
        new SyntheticContent(SEED).write(content, 120);
        Path out = dir.resolve("out/site");
        assertThat(pipeline.build(content, out).changed()).as("first build is full").isNull();
        int incremental = 0;
        int failed = 0;
        List<String> log = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            Path backup = TestSites.copy(content, dir.resolve("backup-" + round));
            List<String> names = new ArrayList<>();
            int edits = 1 + random.nextInt(3);
            for (int i = 0; i < edits; i++) {
                Edit edit = randomEdit(random, content);
                edit.apply().accept(content);
                names.add(edit.name());
            }
            String what = "round " + round + " (seed " + SEED + "): " + String.join("; ", names);
            TreeDiff.Snapshot before = TreeDiff.Snapshot.of(out.getParent());
            Pipeline.Result result;
            try {
                result = pipeline.build(content, out);
            } catch (BuildFailed e) {
                failed++;
                log.add(what + " -> content errors");
                assertThat(TreeDiff.describe(before, out.getParent())).as(what + ": a failed build changes nothing").isEmpty();
                deleteTree(content);
                TestSites.copy(backup, content);
                continue;
            }
            if (result.changed() != null) {
                incremental++;
            }
            log.add(what + " -> " + (result.changed() == null ? "full: " + result.fullBecause() : result.changed()));
            Path full = dir.resolve("full-" + round + "/site");
            pipeline.build(content, full, true);
            assertThat(TreeDiff.describe(full, "full build", out, "incremental")).as(what + ": incremental output differs from a full build").isEmpty();
        }
        System.out.println("IncrementalBuildIT:\n  " + String.join("\n  ", log));
        assertThat(incremental).as("most rounds were incremental").isGreaterThan(ROUNDS / 2);
        assertThat(failed).as("some rounds broke the content").isPositive();
    }

    @Test
    void oneAccountsFigureRewritesOnlyThePagesThatShowIt() throws IOException {
        Path content = TestSites.copy(TestSites.fixture("minimal"), dir.resolve("content"));
        Path out = dir.resolve("site");
        int pages = pipeline.build(content, out).pages();
        editJson(content.resolve("accounts/town-police-wechat.json"), o -> o.put("owner", "Town Police, on WeChat"));
        Pipeline.Result result = pipeline.build(content, out);
        assertThat(result.changed()).isNotNull();
        assertThat(result.changed().rendered()).isLessThan(pages / 2);
        assertThat(result.changed().deleted()).isZero();
        assertThat(TreeDiff.describe(fullBuild(content), "full build", out, "incremental")).isEmpty();
    }

    @Test
    void whenMostPagesChangeTheBuildIsAFullOne() throws IOException {
        Path content = TestSites.copy(TestSites.fixture("minimal"), dir.resolve("content"));
        Path out = dir.resolve("site");
        Pipeline usual = new Pipeline();
        usual.build(content, out);
        editJson(content.resolve("sources.json"), o -> o.withArray("sources").forEach(s -> ((ObjectNode) s).put("title", "Retitled")));
        Pipeline.Result result = usual.build(content, out);
        assertThat(result.changed()).isNull();
        assertThat(result.fullBecause()).isEqualTo("most pages changed");
        assertThat(TreeDiff.describe(fullBuild(content), "full build", out, "incremental")).isEmpty();
    }

    @Test
    void aDeletedAccountsPageAndItsFolderAreRemoved() throws IOException {
        Path content = dir.resolve("content");
        new SyntheticContent(3).write(content, 40);
        Path out = dir.resolve("site");
        pipeline.build(content, out);
        Path added = content.resolve("accounts/zz-added.json");
        copyJson(content.resolve("accounts/account-1.json"), added, o -> o.put("id", "zz-added").put("name", "Added"));
        pipeline.build(content, out);
        assertThat(out.resolve("accounts/zz-added/index.html")).exists();
        Files.delete(added);
        Pipeline.Result result = pipeline.build(content, out);
        assertThat(result.changed().deleted()).as("the page, and search shards only it filled").isPositive();
        assertThat(out.resolve("accounts/zz-added")).doesNotExist();
        assertThat(TreeDiff.describe(fullBuild(content), "full build", out, "incremental")).isEmpty();
    }

    @Test
    void aMissingDamagedOrForeignStateOrATouchedOutputMeansAFullBuild() throws IOException {
        Path content = TestSites.copy(TestSites.fixture("minimal"), dir.resolve("content"));
        Path out = dir.resolve("site");
        pipeline.build(content, out);
        Path state = org.officialvoices.state.BuildState.file(out);

        touchAccount(content, "renamed once");
        Files.write(state, java.util.Arrays.copyOf(Files.readAllBytes(state), (int) Files.size(state) / 2));
        assertThat(pipeline.build(content, out).changed()).as("a state cut short").isNull();

        touchAccount(content, "renamed twice");
        byte[] bytes = Files.readAllBytes(state);
        bytes[bytes.length / 2] ^= 1;
        Files.write(state, bytes);
        assertThat(pipeline.build(content, out).changed()).as("a damaged state").isNull();

        touchAccount(content, "renamed three times");
        Files.writeString(out.resolve("stray.html"), "put here by hand");
        assertThat(pipeline.build(content, out).changed()).as("an output changed since").isNull();
        assertThat(out.resolve("stray.html")).doesNotExist();

        touchAccount(content, "renamed four times");
        Files.delete(state);
        assertThat(pipeline.build(content, out).changed()).as("no state").isNull();

        touchAccount(content, "renamed five times");
        assertThat(pipeline.build(content, out).changed()).as("the state is back").isNotNull();
        touchAccount(content, "renamed six times");
        assertThat(pipeline.build(content, out, true).changed()).as("--full").isNull();

        assertThat(org.officialvoices.state.BuildState.read(state, "another generator")).isNull();
        assertThat(org.officialvoices.state.BuildState.read(state, org.officialvoices.state.GeneratorDigest.value())).isNotNull();
        assertThat(TreeDiff.describe(fullBuild(content), "full build", out, "incremental")).isEmpty();
    }

    @Test
    void anotherEffectiveSiteConfigIsAFullBuild() throws IOException {
        Path content = TestSites.copy(TestSites.fixture("minimal"), dir.resolve("content"));
        Path out = dir.resolve("site");
        pipeline.build(content, out);
        editJson(content.resolve("site.json"), o -> o.put("baseUrl", "https://elsewhere.example/report/"));
        assertThat(pipeline.build(content, out).changed()).isNull();
        assertThat(TreeDiff.describe(fullBuild(content), "full build", out, "incremental")).isEmpty();
    }

    @Test
    void aFreshCheckoutChangesTimesNotContentAndRendersNothing() throws IOException {
        Path content = TestSites.copy(TestSites.fixture("minimal"), dir.resolve("content"));
        Path out = dir.resolve("site");
        pipeline.build(content, out);
        try (Stream<Path> files = Files.walk(content)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
            }
        }
        assertThat(pipeline.build(content, out).upToDate()).isTrue();
        touchAccount(content, "after checkout");
        Pipeline.Result result = pipeline.build(content, out);
        assertThat(result.changed()).isNotNull();
        assertThat(TreeDiff.describe(fullBuild(content), "full build", out, "incremental")).isEmpty();
    }

    @Test
    void contentErrorsLeaveOutputStateAndStampAsTheyWere() throws IOException {
        Path content = TestSites.copy(TestSites.fixture("minimal"), dir.resolve("content"));
        Path out = dir.resolve("out/site");
        pipeline.build(content, out);
        TreeDiff.Snapshot before = TreeDiff.Snapshot.of(out.getParent());
        Path account = content.resolve("accounts/town-police-wechat.json");
        Files.writeString(account, Files.readString(account).replace("\"platform\": \"wechat\"", "\"platform\": \"wechatt\""));
        assertThatThrownBy(() -> pipeline.build(content, out)).isInstanceOf(BuildFailed.class);
        assertThat(TreeDiff.describe(before, out.getParent())).isEmpty();
    }

    // --- random edits ---

    private Edit randomEdit(Random random, Path content) {
        List<Path> accounts = files(content.resolve("accounts"));
        Path account = accounts.get(random.nextInt(accounts.size()));
        int n = random.nextInt(100);
        if (n < 22) {
            int value = random.nextInt(5_000_000);
            return new Edit("figure of " + name(account), c -> editJson(account, o -> {
                ArrayNode observations = o.withArray("observations");
                if (!observations.isEmpty()) {
                    ((ObjectNode) observations.get(random.nextInt(observations.size()))).put("value", value);
                }
            }));
        } else if (n < 40) {
            String name = List.of("Aardvark", "Mid", "Zzz", "Beijing", "Xian").get(random.nextInt(5)) + " " + random.nextInt(1000);
            return new Edit("rename " + name(account) + " to " + name, c -> editJson(account, o -> o.put("name", name)));
        } else if (n < 50) {
            String id = "added-" + random.nextInt(100_000);
            return new Edit("add account " + id, c -> copyJson(account, c.resolve("accounts/" + id + ".json"),
                    o -> o.put("id", id).put("name", "Added " + id)));
        } else if (n < 60) {
            // most synthetic accounts are named by a dataset, so deleting one is an error; added ones are not
            List<Path> added = accounts.stream().filter(a -> name(a).startsWith("added-")).toList();
            Path gone = !added.isEmpty() && random.nextInt(4) > 0 ? added.get(random.nextInt(added.size())) : account;
            return new Edit("delete " + name(gone), c -> delete(gone));
        } else if (n < 66) {
            String date = "20" + (30 + random.nextInt(9)) + "-0" + (1 + random.nextInt(9));
            return new Edit("newest figure for " + name(account), c -> editJson(account, o -> {
                ObjectNode added = o.withArray("observations").addObject();
                added.put("metric", "followers").put("value", 1 + random.nextInt(9_000_000)).put("date", date).put("source", "source-0");
            }));
        } else if (n < 74) {
            List<Path> studies = files(content.resolve("case-studies"));
            Path study = studies.get(random.nextInt(studies.size()));
            int k = random.nextInt(1000);
            return new Edit("case study " + name(study), c -> editText(study, t -> random.nextBoolean()
                    ? t.replaceFirst("title: .*", "title: Retitled " + k) : t + "\nAnother paragraph " + k + ".\n"));
        } else if (n < 81) {
            int k = random.nextInt(1000);
            return new Edit("a source's title", c -> editJson(c.resolve("sources.json"), o -> {
                ArrayNode sources = o.withArray("sources");
                ((ObjectNode) sources.get(random.nextInt(sources.size()))).put("title", "Corrected title " + k);
            }));
        } else if (n < 85) {
            List<Path> datasets = files(content.resolve("datasets"));
            Path dataset = datasets.get(random.nextInt(datasets.size()));
            return new Edit("dataset " + name(dataset) + " loses an account", c -> editJson(dataset, o -> {
                ArrayNode members = o.withArray("accounts");
                if (members.size() > 1) {
                    members.remove(random.nextInt(members.size()));
                }
            }));
        } else if (n < 88) {
            int k = random.nextInt(1000);
            return new Edit("a platform's name", c -> editJson(c.resolve("platforms.json"), o -> {
                ArrayNode platforms = o.withArray("platforms");
                ((ObjectNode) platforms.get(random.nextInt(platforms.size()))).put("name", "Platform " + k);
            }));
        } else if (n < 91) {
            int k = random.nextInt(1000);
            return new Edit("site title", c -> editJson(c.resolve("site.json"), o -> o.put("title", "Report " + k)));
        } else if (n < 96) {
            return new Edit("touch " + name(account), c -> touch(account));
        } else {
            return new Edit("break " + name(account), c -> editJson(account, o -> o.put("platform", "no-such-platform")));
        }
    }

    // --- helpers ---

    private Path fullBuild(Path content) {
        Path full = dir.resolve("full-" + System.nanoTime() + "/site");
        pipeline.build(content, full, true);
        return full;
    }

    private static void touchAccount(Path content, String owner) throws IOException {
        editJson(content.resolve("accounts/town-police-wechat.json"), o -> o.put("owner", owner));
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void editJson(Path file, Consumer<ObjectNode> edit) {
        copyJson(file, file, edit);
    }

    private static void copyJson(Path from, Path to, Consumer<ObjectNode> edit) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(from.toFile());
            edit.accept(node);
            TestSites.save(to, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void editText(Path file, java.util.function.UnaryOperator<String> edit) {
        TestSites.save(file, edit.apply(TestSites.read(file)));
    }

    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 90_000));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
