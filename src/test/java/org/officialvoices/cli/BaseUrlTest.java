package org.officialvoices.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.testing.TestSites;
import org.officialvoices.testing.TestSites.Run;

/** {@code build --base-url}: the address a publishing workflow learns only when it runs. */
class BaseUrlTest {

    static final String PAGES = "https://owner.github.io/official-voices";

    @TempDir
    Path tmp;

    private Run build(Path out, String... more) {
        String[] args = {"build", "--content", TestSites.fixture("minimal").toString(), "--out", out.toString()};
        return TestSites.cli(java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more))
                .toArray(String[]::new));
    }

    @Test
    void everyAbsoluteUrlIsMadeFromTheOverride() throws Exception {
        Path out = tmp.resolve("site");
        assertThat(build(out, "--base-url", PAGES).exitCode()).isZero();

        Document home = Jsoup.parse(out.resolve("index.html").toFile());
        assertThat(home.select("link[rel=canonical]").attr("href")).isEqualTo(PAGES + "/");
        assertThat(home.select("meta[property=og:url]").attr("content")).isEqualTo(PAGES + "/");
        Document account = Jsoup.parse(out.resolve("accounts/town-police-weibo/index.html").toFile());
        assertThat(account.select("link[rel=canonical]").attr("href")).isEqualTo(PAGES + "/accounts/town-police-weibo/");
        assertThat(account.text()).contains(PAGES + "/accounts/town-police-weibo/");
        assertThat(Files.readString(out.resolve("sitemap.xml"))).contains("<loc>" + PAGES + "/accounts/town-police-weibo/</loc>")
                .doesNotContain("example.org/report");
        assertThat(Files.readString(out.resolve("feed.xml"))).contains(PAGES + "/case-studies/town-police/")
                .doesNotContain("example.org/report");
        assertThat(Files.readString(out.resolve("robots.txt"))).contains(PAGES + "/sitemap.xml");
        try (var files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile).filter(f -> read(f).contains("https://example.org/report/")))
                    .as("files still naming site.json's baseUrl").isEmpty();
        }
    }

    /** A file's text; for a zip, the text of every entry in it. */
    private static String read(Path file) {
        try {
            if (file.toString().endsWith(".ico")) {
                return "";
            }
            if (!file.toString().endsWith(".zip")) {
                return Files.readString(file);
            }
            StringBuilder text = new StringBuilder();
            try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
                for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    text.append(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return text.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void changingTheOverrideRebuildsAndKeepingItDoesNot() {
        Path out = tmp.resolve("site");
        assertThat(build(out, "--base-url", PAGES).out()).startsWith("built ");
        assertThat(build(out, "--base-url", PAGES + "/").out()).contains("is up to date");
        assertThat(build(out, "--base-url", "https://reports.example.net/").out()).startsWith("built ");
        assertThat(build(out).out()).startsWith("built ");
        assertThat(build(out).out()).contains("is up to date");
    }

    @Test
    void aBaseUrlThatIsNotAnAbsoluteWebAddressIsAUsageError() {
        for (String bad : new String[] {"owner.github.io/repo", "ftp://example.org/", "https://exa mple.org/", "https://example.org/%zz/",
                "https:///path/"}) {
            Run run = build(tmp.resolve("site"), "--base-url", bad);
            assertThat(run.exitCode()).as(bad).isEqualTo(2);
            assertThat(run.err()).as(bad).startsWith("error: --base-url needs an absolute http(s) URL such as "
                    + "https://example.org/report/, got \"" + bad + "\"\n");
            assertThat(tmp.resolve("site")).doesNotExist();
        }
        assertThat(TestSites.cli("check", "--base-url", PAGES).exitCode()).isEqualTo(2);
    }
}
