package org.officialvoices.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.officialvoices.publish.DeployPlan.Reason;

/** The plan as a pure function of local files, the bucket's listing and the manifest. */
class DeployPlanTest {

    private static LocalFile file(String path, String hash) {
        return new LocalFile(path, Path.of("site", path), ServingRules.headers(path, false), hash);
    }

    private static List<String> uploaded(DeployPlan plan) {
        return plan.uploads().stream().map(u -> u.file().path() + " " + u.reason()).toList();
    }

    @Test
    void aFirstDeployUploadsEverythingAndWritesTheManifest() {
        DeployPlan plan = DeployPlan.of(List.of(file("index.html", "a"), file("assets/style.css", "b")), Set.of(), Manifest.empty());
        assertThat(uploaded(plan)).containsExactly("assets/style.css NEW", "index.html NEW");
        assertThat(plan.deletes()).isEmpty();
        assertThat(plan.writeManifest()).isTrue();
        assertThat(plan.manifest().files()).isEqualTo(Map.of("index.html", "a", "assets/style.css", "b"));
    }

    @Test
    void onlyFilesWhoseFingerprintChangedGoUp() {
        Manifest previous = new Manifest(Map.of("index.html", "a", "assets/style.css", "b", "about/index.html", "c"));
        DeployPlan plan = DeployPlan.of(List.of(file("index.html", "a"), file("assets/style.css", "B"), file("about/index.html", "c")),
                Set.of("index.html", "assets/style.css", "about/index.html", Manifest.NAME), previous);
        assertThat(uploaded(plan)).containsExactly("assets/style.css CHANGED");
        assertThat(plan.unchanged()).isEqualTo(2);
        assertThat(plan.deletes()).isEmpty();
    }

    @Test
    void anObjectMissingFromTheBucketGoesUpEvenThoughTheManifestListsIt() {
        Manifest previous = new Manifest(Map.of("index.html", "a", "data.json", "d"));
        DeployPlan plan = DeployPlan.of(List.of(file("index.html", "a"), file("data.json", "d")), Set.of("index.html", Manifest.NAME),
                previous);
        assertThat(uploaded(plan)).containsExactly("data.json MISSING");
        assertThat(plan.unchanged()).isEqualTo(1);
    }

    @Test
    void anObjectTheManifestDoesNotConfirmGoesUpAgain() {
        // left by a deploy that stopped before writing its manifest
        DeployPlan plan = DeployPlan.of(List.of(file("index.html", "a")), Set.of("index.html"), Manifest.empty());
        assertThat(uploaded(plan)).containsExactly("index.html CHANGED");
    }

    @Test
    void objectsWithoutALocalFileAreDeletedButNeverTheManifest() {
        Manifest previous = new Manifest(Map.of("index.html", "a", "old/index.html", "o"));
        DeployPlan plan = DeployPlan.of(List.of(file("index.html", "a")),
                Set.of("index.html", "old/index.html", "stray.txt", Manifest.NAME), previous);
        assertThat(plan.uploads()).isEmpty();
        assertThat(plan.deletes()).containsExactly("old/index.html", "stray.txt");
        assertThat(plan.writeManifest()).isTrue();
        assertThat(plan.manifest().files()).isEqualTo(Map.of("index.html", "a"));
    }

    @Test
    void uploadsGoAssetsFirstThenPagesThenIndexes() {
        List<LocalFile> local = List.of(file("sitemap.xml", "1"), file("index.html", "2"), file("404.html", "3"),
                file("assets/style.0123456789.css", "4"), file("robots.txt", "5"), file("feed.xml", "6"),
                file("accounts/a/index.html", "7"), file("datasets/x/x.csv", "8"), file("search/shard-ab.json", "9"));
        DeployPlan plan = DeployPlan.of(local, Set.of(), Manifest.empty());
        assertThat(plan.uploads().stream().map(u -> u.file().path())).containsExactly(
                "assets/style.0123456789.css", "datasets/x/x.csv", "search/shard-ab.json",
                "accounts/a/index.html", "index.html",
                "404.html", "feed.xml", "robots.txt", "sitemap.xml");
        assertThat(plan.uploads(ServingRules.Phase.PAGES).stream().map(u -> u.file().path()))
                .containsExactly("accounts/a/index.html", "index.html");
    }

    @Test
    void nothingChangedMeansNothingToDo() {
        Manifest previous = new Manifest(Map.of("index.html", "a"));
        DeployPlan plan = DeployPlan.of(List.of(file("index.html", "a")), Set.of("index.html", Manifest.NAME), previous);
        assertThat(plan.nothingToDo()).isTrue();
        assertThat(plan.unchanged()).isEqualTo(1);
    }

    @Test
    void aLostManifestIsWrittenAgain() {
        DeployPlan plan = DeployPlan.of(List.of(file("index.html", "a")), Set.of("index.html"), new Manifest(Map.of("index.html", "a")));
        assertThat(plan.uploads()).isEmpty();
        assertThat(plan.writeManifest()).isTrue();
    }

    @Test
    void deletionsBeyondTheLimitAreRefusedBeforeAnythingChanges() {
        DeployPlan plan = DeployPlan.of(List.of(file("index.html", "a")), Set.of("index.html", "a", "b", "c"), Manifest.empty());
        Deployer.refuseMassDeletion(plan, 3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Deployer.refuseMassDeletion(plan, 2))
                .isInstanceOf(DeployFailed.class)
                .hasMessage("refusing to delete 3 objects (more than --max-deletes 2): check --site and --to; if the deletions"
                        + " are meant, run again with --max-deletes 3; nothing was changed");
        assertThat(Deployer.defaultMaxDeletes(100)).isEqualTo(20);
        assertThat(Deployer.defaultMaxDeletes(193_114)).isEqualTo(9_655);
    }
}
