package org.officialvoices.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.testing.TestSites;
import org.officialvoices.testing.TestSites.Run;

/** {@code new case-study} and {@code new account}: a valid file, never an overwrite, clear refusals. */
class NewCommandTest {

    @TempDir
    Path dir;

    private Path content() {
        return TestSites.copy(TestSites.fixture("minimal"), dir.resolve("content"));
    }

    @Test
    void aNewCaseStudyPassesCheckAndShowsOnTheSite() throws Exception {
        Path content = content();
        Run run = TestSites.cli("new", "case-study", "Embassies on Twitter: a first look", "--content", content.toString());
        Path file = content.resolve("case-studies/embassies-on-twitter-a-first-look.md");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo(file.toString());
        assertThat(run.err()).contains("passes check").contains("summary");
        assertThat(Files.readString(file)).startsWith("---\ntitle: Embassies on Twitter: a first look\n");
        assertThat(TestSites.cli("check", "--content", content.toString()).exitCode()).isZero();
        Path site = TestSites.build(content, dir.resolve("site"));
        assertThat(TestSites.page(site, "case-studies/embassies-on-twitter-a-first-look/").select("h1").text())
                .isEqualTo("Embassies on Twitter: a first look");
    }

    @Test
    void aNewAccountPassesCheckAndNamesItsPlaceholders() throws Exception {
        Path content = content();
        Run run = TestSites.cli("new", "account", "--platform", "wechat", "--id", "town-library-wechat", "--content", content.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path file = content.resolve("accounts/town-library-wechat.json");
        assertThat(run.out().strip()).isEqualTo(file.toString());
        assertThat(run.err()).contains("name, owner, kind, country, source");
        assertThat(Files.readString(file)).contains("\"platform\" : \"wechat\"").contains("\"name\" : \"Town Library Wechat\"")
                .contains("\"status\" : \"unknown\"").contains("\"country\" : \"US\"");
        assertThat(TestSites.cli("check", "--content", content.toString()).exitCode()).isZero();
    }

    @Test
    void givenFieldsAreUsedAndNotListedForReview() {
        Path content = content();
        Run run = TestSites.cli("new", "account", "--platform", "weibo", "--id", "town-fire-weibo", "--name", "Town Fire Brigade",
                "--kind", "police", "--country", "CN", "--source", "paper-b", "--content", content.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Replace the placeholders in: name, owner\n");
        assertThat(TestSites.read(content.resolve("accounts/town-fire-weibo.json"))).contains("\"source\" : \"paper-b\"")
                .contains("\"country\" : \"CN\"");
    }

    @Test
    void neverOverwritesAFile() {
        Path content = content();
        Path existing = content.resolve("accounts/town-police-weibo.json");
        String before = TestSites.read(existing);
        Run run = TestSites.cli("new", "account", "--platform", "weibo", "--id", "town-police-weibo", "--content", content.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(existing + " already exists; it was left as it is");
        assertThat(TestSites.read(existing)).isEqualTo(before);

        assertThat(TestSites.cli("new", "case-study", "Town police", "--slug", "town-police", "--content", content.toString())
                .err()).contains("already exists");
    }

    @Test
    void refusesWhatWouldNotPassCheck() {
        Path content = content();
        Run unknownPlatform = TestSites.cli("new", "account", "--platform", "weibp", "--id", "x-weibo", "--content", content.toString());
        assertThat(unknownPlatform.exitCode()).isEqualTo(2);
        assertThat(unknownPlatform.err()).contains("unknown platform \"weibp\" (did you mean \"weibo\"?)");
        Run badId = TestSites.cli("new", "account", "--platform", "weibo", "--id", "Town_Police", "--content", content.toString());
        assertThat(badId.err()).contains("account id \"Town_Police\" is not a safe slug");
        Run chinese = TestSites.cli("new", "case-study", "外交部的微博", "--content", content.toString());
        assertThat(chinese.exitCode()).isEqualTo(2);
        assertThat(chinese.err()).contains("pass one with --slug");
        Run missing = TestSites.cli("new", "account", "--id", "x", "--content", content.toString());
        assertThat(missing.err()).contains("needs --platform P and --id ID");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(TestSites.cli("new", "blog-post", "x").exitCode()).isEqualTo(2);
        assertThat(TestSites.cli("check", "--content", content.toString()).exitCode()).as("nothing was written").isZero();
    }

    /** The refusals are about the command's arguments: usage errors, exit 2, like an unknown option. */
    @Test
    void anUnknownCountryIsRefusedNamingTheOptionAndNothingIsWritten() {
        Path content = content();
        for (String country : new String[] {"XX", "xx", "USA", "Denmark"}) {
            Run run = TestSites.cli("new", "account", "--platform", "weibo", "--id", "town-fire-weibo", "--country", country,
                    "--content", content.toString());
            assertThat(run.exitCode()).as(country).isEqualTo(2);
            assertThat(run.err()).as(country).isEqualTo("error: --country \"" + country + "\" is not an ISO 3166 country code;"
                    + " give the two capital letters of the owner's country, such as CN, US or DK, or leave --country out to"
                    + " use the commonest (US)\n");
            assertThat(run.out()).isEmpty();
        }
        assertThat(content.resolve("accounts/town-fire-weibo.json")).doesNotExist();
        assertThat(TestSites.fingerprint(content)).isEqualTo(TestSites.fingerprint(TestSites.fixture("minimal")));
    }

    @Test
    void slugsAreAsciiWordsJoinedByHyphens() {
        assertThat(Scaffolder.slugOf("Zhào Lìjiān's Twitter, 2019–2020")).isEqualTo("zhao-lijian-s-twitter-2019-2020");
        assertThat(Scaffolder.slugOf("  --  ")).isEmpty();
        assertThat(Scaffolder.slugOf("a ".repeat(50))).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-");
    }
}
