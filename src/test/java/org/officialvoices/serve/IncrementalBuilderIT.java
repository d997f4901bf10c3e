package org.officialvoices.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.pipeline.Pipeline;
import org.officialvoices.render.Assets;
import org.officialvoices.render.PageRenderer;
import org.officialvoices.synth.SyntheticContent;
import org.officialvoices.testing.TestSites;

/** The dependency map at work: what a change renders again, and that the result is exactly a full build's. */
class IncrementalBuilderIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private int builds;

    private static IncrementalBuilder builder(Path content) {
        return new IncrementalBuilder(content, new PageRenderer(), Assets::packed);
    }

    @Test
    void afterEveryKindOfEditThePagesAreExactlyThoseOfAFullBuild() {
        Path content = dir.resolve("content");
        new SyntheticContent(7).write(content, 250);
        IncrementalBuilder builder = builder(content);
        assertSameAsFullBuild(builder.rebuild(Set.of(), false).snapshot(), content, "first build");
        Map<String, Consumer<Path>> edits = new java.util.LinkedHashMap<>();
        edits.put("an account renamed, moving it to the last page of the lists",
                c -> editJson(firstFile(c, "accounts", 10), o -> o.put("name", "Zzz renamed account")));
        edits.put("an account moved to another platform", c -> editJson(firstFile(c, "accounts", 20), o -> o.put("platform",
                otherId(c.resolve("platforms.json"), "platforms", o.get("platform").asText()))));
        edits.put("a newer follower count, which the home page lists", c -> editJson(firstFile(c, "accounts", 30), o -> {
            ArrayNode observations = o.withArray("observations");
            ObjectNode added = observations.addObject();
            added.put("metric", "followers").put("value", 123456).put("date", "2030-01-01");
            added.put("source", JSON.valueToTree(sourceIds(c).get(0)).asText());
        }));
        edits.put("an account added", c -> editCopy(firstFile(c, "accounts", 40), c.resolve("accounts/zz-new-account.json"),
                o -> o.put("id", "zz-new-account").put("name", "A new account")));
        edits.put("that account deleted", c -> delete(c.resolve("accounts/zz-new-account.json")));
        edits.put("a case study's title and text", c -> editText(firstFile(c, "case-studies", 0),
                t -> t.replaceFirst("title: .*", "title: A retitled case study") + "\nOne more paragraph.\n"));
        edits.put("a source's title", c -> editJson(c.resolve("sources.json"),
                o -> ((ObjectNode) o.withArray("sources").get(0)).put("title", "A corrected title")));
        edits.put("a platform's name", c -> editJson(c.resolve("platforms.json"),
                o -> ((ObjectNode) o.withArray("platforms").get(0)).put("name", "Renamed platform")));
        edits.put("a kind's plural", c -> editJson(c.resolve("kinds.json"),
                o -> ((ObjectNode) o.withArray("kinds").get(0)).put("plural", "Renamed kinds")));
        edits.put("a dataset retitled and one account left out", c -> editJson(firstFile(c, "datasets", 0), o -> {
            o.put("title", "A retitled dataset");
            o.withArray("accounts").remove(0);
        }));
        edits.put("the site's title", c -> editJson(c.resolve("site.json"), o -> o.put("title", "Another title")));
        for (Map.Entry<String, Consumer<Path>> edit : edits.entrySet()) {
            edit.getValue().accept(content);
            IncrementalBuilder.Outcome outcome = builder.rebuild(Set.of(), false);
            assertThat(outcome.snapshot().diagnostics()).as(edit.getKey()).isEmpty();
            assertSameAsFullBuild(outcome.snapshot(), content, edit.getKey());
        }
    }

    @Test
    void editingOneAccountRendersOnlyThePagesThatShowIt() throws IOException {
        Path content = TestSites.copy(TestSites.fixture("minimal"), dir.resolve("content"));
        IncrementalBuilder builder = builder(content);
        int all = builder.rebuild(Set.of(), false).rendered().size();
        editJson(content.resolve("accounts/town-police-wechat.json"), o -> o.put("owner", "Town Police, on WeChat"));
        IncrementalBuilder.Outcome outcome = builder.rebuild(Set.of(), false);
        assertThat(outcome.rendered()).containsExactlyInAnyOrderElementsOf(inBothLanguages(
                "accounts/town-police-wechat/", "", "data/", "accounts/", "platforms/wechat/", "kinds/police/", "datasets/town/",
                // any account may enter the compare list, so the page depends on all of them, as the home page does
                "compare/",
                // accounts whose "related" list shows it (same dataset)
                "accounts/town-police-weibo/", "accounts/town-mayor-weibo/"));
        assertThat(outcome.rendered().size()).isLessThan(all / 2);
        assertThat(outcome.changed()).contains("accounts/town-police-wechat/index.html");
    }

    @Test
    void editingACaseStudyRendersItsPageAndThePagesThatListIt() {
        Path content = TestSites.copy(TestSites.fixture("minimal"), dir.resolve("content"));
        IncrementalBuilder builder = builder(content);
        builder.rebuild(Set.of(), false);
        editText(content.resolve("case-studies/town-police.md"), t -> t + "\nA new closing paragraph.\n");
        IncrementalBuilder.Outcome outcome = builder.rebuild(Set.of(), false);
        assertThat(outcome.rendered()).containsExactlyInAnyOrderElementsOf(inBothLanguages("case-studies/town-police/",
                "case-studies/", "", "data/", "compare/", "accounts/town-police-weibo/", "accounts/town-mayor-weibo/", "datasets/town/"));
        // the Chinese twin shows the English body until the case study is translated, so it changes too
        assertThat(outcome.changed()).containsExactlyInAnyOrder("case-studies/town-police/index.html",
                "zh/case-studies/town-police/index.html");
    }

    /** Each route and its Chinese twin: an edit to a record reaches both editions. */
    private static List<String> inBothLanguages(String... routes) {
        List<String> both = new java.util.ArrayList<>();
        for (String route : routes) {
            both.add(route);
            both.add("zh/" + route);
        }
        return both;
    }

    @Test
    void aSaveThatChangesNothingKeepsTheVersionSoNoPageReloads() throws IOException {
        Path content = TestSites.copy(TestSites.fixture("minimal"), dir.resolve("content"));
        IncrementalBuilder builder = builder(content);
        long version = builder.rebuild(Set.of(), false).snapshot().version();
        Path file = content.resolve("case-studies/town-police.md");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        IncrementalBuilder.Outcome outcome = builder.rebuild(Set.of(), false);
        assertThat(outcome.rendered()).isEmpty();
        assertThat(outcome.snapshot().version()).isEqualTo(version);
    }

    @Test
    void contentErrorsKeepTheLastGoodPagesUntilFixed() throws IOException {
        Path content = TestSites.copy(TestSites.fixture("minimal"), dir.resolve("content"));
        IncrementalBuilder builder = builder(content);
        Snapshot good = builder.rebuild(Set.of(), false).snapshot();
        Path broken = content.resolve("accounts/town-police-wechat.json");
        String before = Files.readString(broken);
        Files.writeString(broken, before.replace("\"platform\": \"wechat\"", "\"platform\": \"wechatt\""));
        Snapshot failing = builder.rebuild(Set.of(), false).snapshot();
        assertThat(failing.diagnostics()).extracting(d -> d.format()).singleElement().asString()
                .startsWith("accounts/town-police-wechat.json:").contains("unknown platform \"wechatt\"");
        assertThat(texts(failing.pages())).isEqualTo(texts(good.pages()));
        assertThat(failing.version()).isGreaterThan(good.version());
        assertThat(failing.changedSince("index.html", good.version())).isTrue();

        Files.writeString(broken, before);
        Snapshot fixed = builder.rebuild(Set.of(), false).snapshot();
        assertThat(fixed.hasErrors()).isFalse();
        assertThat(fixed.changedSince("index.html", failing.version())).as("the overlay must go").isTrue();
    }

    @Test
    void aTemplateEditRendersAgainThePagesThatUseItAndNoOthers() throws IOException {
        Path content = TestSites.copy(TestSites.fixture("minimal"), dir.resolve("content"));
        Path templates = TestSites.copy(Path.of("templates"), dir.resolve("templates"));
        IncrementalBuilder builder = hotReloading(content, templates);
        Snapshot first = builder.rebuild(Set.of(), false).snapshot();
        Map<String, String> compiled = texts(fullBuild(content));
        compiled.keySet().removeIf(path -> !path.endsWith(".html"));
        assertThat(texts(first.pages())).as("hot-reloaded templates render as the compiled ones do").isEqualTo(compiled);

        Path partial = templates.resolve("partial/observation_table.jte");
        Files.writeString(partial, Files.readString(partial) + "<p class=\"edited\">edited</p>\n");
        IncrementalBuilder.Outcome outcome = builder.rebuild(Set.of("partial/observation_table.jte"), false);
        assertThat(outcome.snapshot().diagnostics()).isEmpty();
        assertThat(outcome.rendered()).contains("accounts/town-police-weibo/").doesNotContain("search/", "404.html", "sources/");
        assertThat(new String(outcome.snapshot().pages().get("accounts/town-police-weibo/index.html"),
                java.nio.charset.StandardCharsets.UTF_8)).contains("<p class=\"edited\">edited</p>");
    }

    @Test
    void aTemplateThatDoesNotCompileIsReportedAtItsLine() throws IOException {
        Path content = TestSites.copy(TestSites.fixture("minimal"), dir.resolve("content"));
        Path templates = TestSites.copy(Path.of("templates"), dir.resolve("templates"));
        IncrementalBuilder builder = hotReloading(content, templates);
        Snapshot good = builder.rebuild(Set.of(), false).snapshot();
        Path page = templates.resolve("page/search.jte");
        String text = Files.readString(page);
        Files.writeString(page, text + "${view.noSuchMethod()}\n");
        Snapshot broken = builder.rebuild(Set.of("page/search.jte"), false).snapshot();
        assertThat(broken.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.path()).isEqualTo("templates/page/search.jte");
            assertThat(d.line()).isEqualTo((int) text.lines().count() + 1);
        });
        assertThat(broken.pages().get("search/index.html")).isEqualTo(good.pages().get("search/index.html"));

        Files.writeString(page, text);
        assertThat(builder.rebuild(Set.of("page/search.jte"), false).snapshot().hasErrors()).isFalse();
    }

    @Test
    void editsMadeWhileTheContentHasErrorsShowOnceItIsFixed() throws IOException {
        Path content = TestSites.copy(TestSites.fixture("minimal"), dir.resolve("content"));
        Path templates = TestSites.copy(Path.of("templates"), dir.resolve("templates"));
        IncrementalBuilder builder = hotReloading(content, templates);
        builder.rebuild(Set.of(), false);
        Path account = content.resolve("accounts/town-mayor-weibo.json");
        String good = Files.readString(account);
        Files.writeString(account, "{");
        Path partial = templates.resolve("partial/observation_table.jte");
        Files.writeString(partial, Files.readString(partial) + "<p class=\"edited\">edited</p>\n");
        Path stylesheet = templates.resolve("assets/style.css");
        Files.writeString(stylesheet, Files.readString(stylesheet) + "\n.edited { color: red; }\n");
        Snapshot failing = builder.rebuild(Set.of("partial/observation_table.jte"), true).snapshot();
        assertThat(failing.hasErrors()).isTrue();

        Files.writeString(account, good);
        Snapshot fixed = builder.rebuild(Set.of(), false).snapshot();
        String page = texts(fixed.pages()).get("accounts/town-police-weibo/index.html");
        assertThat(page).as("the template edited while the content was broken is not forgotten").contains("<p class=\"edited\">edited</p>");
        String published = org.jsoup.Jsoup.parse(page).select("link[rel=stylesheet]").attr("href").replace("../", "");
        assertThat(published).as("the edited stylesheet's new name").matches("assets/style\\.[0-9a-f]{10}\\.css")
                .isNotEqualTo(Assets.packed().names().stylesheet());
        assertThat(new String(fixed.file(published).get(), java.nio.charset.StandardCharsets.UTF_8)).contains(".edited { color: red; }");
    }

    // --- helpers

    /** A builder over a copy of the templates, compiled as they are used, as serve mode does. */
    private IncrementalBuilder hotReloading(Path content, Path templates) throws IOException {
        return new IncrementalBuilder(content, PageRenderer.hotReloading(templates, Files.createDirectories(dir.resolve("classes"))),
                () -> Assets.read(templates));
    }

    private void assertSameAsFullBuild(Snapshot snapshot, Path content, String after) {
        Map<String, String> expected = texts(fullBuild(content));
        Map<String, String> actual = texts(snapshot.pages());
        snapshot.allFiles().forEach((path, bytes) -> actual.put(path, new String(bytes.get(), java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(actual.keySet()).as("files after " + after).isEqualTo(expected.keySet());
        for (String path : expected.keySet()) {
            assertThat(actual.get(path)).as(path + " after " + after).isEqualTo(expected.get(path));
        }
    }

    private static Map<String, String> texts(Map<String, byte[]> files) {
        Map<String, String> texts = new TreeMap<>();
        files.forEach((path, bytes) -> texts.put(path, new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
        return texts;
    }

    private Map<String, byte[]> fullBuild(Path content) {
        Path out = dir.resolve("full-" + builds++);
        new Pipeline().build(content, out);
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static Path firstFile(Path content, String folder, int index) {
        try (Stream<Path> list = Files.list(content.resolve(folder))) {
            return list.sorted().toList().get(index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> sourceIds(Path content) {
        try {
            List<String> ids = new java.util.ArrayList<>();
            JSON.readTree(content.resolve("sources.json").toFile()).get("sources").forEach(s -> ids.add(s.get("id").asText()));
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String otherId(Path catalogue, String key, String not) {
        try {
            for (var node : JSON.readTree(catalogue.toFile()).get(key)) {
                if (!node.get("id").asText().equals(not)) {
                    return node.get("id").asText();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("only one entry in " + catalogue);
    }

    private static void editJson(Path file, Consumer<ObjectNode> edit) {
        editCopy(file, file, edit);
    }

    private static void editCopy(Path from, Path to, Consumer<ObjectNode> edit) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(from.toFile());
            edit.accept(root);
            Files.writeString(to, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void editText(Path file, java.util.function.UnaryOperator<String> edit) {
        try {
            Files.writeString(file, edit.apply(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
