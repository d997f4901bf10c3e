package org.officialvoices.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.render.Assets;
import org.officialvoices.testing.TestSites;

/** Fingerprinted names of the site's own static files, and the build's use of them. */
class AssetNamesTest {

    @TempDir
    Path tmp;

    @Test
    void theNameCarriesTheFirstTenHexDigitsOfTheBytesSha256() {
        // SHA-256("body {}") = 62368a1a29…
        assertThat(AssetNames.fingerprinted("assets/style.css", "body {}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("assets/style.62368a1a29.css");
        assertThat(AssetNames.fingerprinted("assets/style.css", "body { }".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo("assets/style.62368a1a29.css").matches("assets/style\\.[0-9a-f]{10}\\.css");
    }

    @Test
    void fingerprintedNamesAreRecognisedAndNothingElse() {
        assertThat(AssetNames.isFingerprinted("assets/style.62368a1a29.css")).isTrue();
        assertThat(AssetNames.isFingerprinted("assets/tables.0123456789.js")).isTrue();
        assertThat(AssetNames.isFingerprinted("assets/style.css")).isFalse();
        assertThat(AssetNames.isFingerprinted("assets/style.62368A1A29.css")).isFalse();
        assertThat(AssetNames.isFingerprinted("assets/style.6b8a3bbc5.css")).isFalse();
        assertThat(AssetNames.isFingerprinted("datasets/x/style.62368a1a29.css")).isFalse();
        assertThat(AssetNames.isFingerprinted("assets/fonts/noto.0123456789.woff2")).isTrue();
        assertThat(AssetNames.isFingerprinted("accounts/a.0123456789.csv/index.html")).isFalse();
    }

    @Test
    void theBuildPublishesOnlyFingerprintedAssetsAndEveryPageLinksToThem() throws Exception {
        Path site = TestSites.build(TestSites.fixture("minimal"), tmp.resolve("site"));
        AssetNames names = Assets.packed().names();
        try (var files = Files.list(site.resolve("assets"))) {
            assertThat(files.map(f -> "assets/" + f.getFileName()).sorted())
                    .containsExactly(names.compareScript(), names.icon(), names.searchScript(), names.stylesheet(), names.script())
                    .allMatch(AssetNames::isFingerprinted);
        }
        assertThat(TestSites.page(site, "accounts/town-police-weibo/").select("link[rel=stylesheet]").attr("href"))
                .isEqualTo("../../" + names.stylesheet());
        assertThat(TestSites.page(site, "search/").select("script[src]").eachAttr("src"))
                .containsExactly("../" + names.script(), "../" + names.searchScript());
        assertThat(TestSites.page(site, "sources/").select("link[rel=icon]").attr("href")).isEqualTo("../" + names.icon());
        assertThat(Files.readAllBytes(site.resolve(names.stylesheet()))).isEqualTo(Files.readAllBytes(Path.of("templates/assets/style.css")));
        assertThat(Files.readAllBytes(site.resolve("favicon.ico"))).isEqualTo(Files.readAllBytes(Path.of("templates/assets/favicon.ico")));
    }
}
