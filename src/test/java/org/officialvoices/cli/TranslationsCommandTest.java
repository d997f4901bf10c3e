package org.officialvoices.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.testing.TestSites;

/** {@code check --translations}: clean on the real report; on an edited copy, each gap and stale translation once. */
class TranslationsCommandTest {

    @Test
    void theRealReportIsFullyTranslated() {
        TestSites.Run run = TestSites.cli("check", "--translations", "--content", TestSites.realContent().toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).endsWith("translations: complete; every English text has a current Chinese translation\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void missingAndOutdatedTranslationsAreListedWithTheHashToRecord(@TempDir Path tmp) throws IOException {
        Path content = TestSites.copy(TestSites.realContent(), tmp.resolve("content"));
        Path account = content.resolve("accounts/alhambra-police-weibo.json");
        Files.writeString(account, Files.readString(account).replace("Volunteers run the account", "Volunteers ran the account"));
        Path kinds = content.resolve("kinds.json");
        Files.writeString(kinds, Files.readString(kinds).replaceFirst(", \"zh\": \\{[^}]*}", ""));
        Files.delete(content.resolve("pages/home.zh.md"));
        Path caseStudy = content.resolve("case-studies/chinese-diplomats-on-twitter.md");
        Files.writeString(caseStudy, Files.readString(caseStudy) + "\nOne more sentence.\n");

        TestSites.Run run = TestSites.cli("check", "--translations", "--content", content.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("""
                ok: 28 accounts, 4 datasets, 4 case studies, 70 sources checked, no errors
                kinds.json:3:32: warning: no Chinese for "label", "plural", "summary"
                    hint: add "zh": {"label": "…", "plural": "…", "summary": "…", "of": "fc9d3233"} to this object
                pages/home.md:1:1: warning: no Chinese translation (pages/home.zh.md)
                    hint: create it with the front matter translationOf: home.md, of: 3622fe97, title and summary, then the body in Chinese
                accounts/alhambra-police-weibo.json:42:9: warning: the translation of "owner", "summary" was made from older English
                    hint: check the Chinese against the English now, then set "of": "44e74ce9"
                case-studies/chinese-diplomats-on-twitter.zh.md:3:1: warning: made from an older case-studies/chinese-diplomats-on-twitter.md
                    hint: check the Chinese against the English now, then set of: %s
                translations: 2 missing, 2 outdated
                """.formatted(org.officialvoices.content.Translations.ofDocument(Files.readString(caseStudy))));

        // the outdated translations are not shown: those pages are in English, marked as such, until they are updated
        Path site = TestSites.build(content, tmp.resolve("site"));
        assertThat(TestSites.page(site, "zh/accounts/alhambra-police-weibo/").select("p.lede span[lang=en]").text())
                .startsWith("The first police department");
        assertThat(TestSites.page(site, "zh/case-studies/chinese-diplomats-on-twitter/").select(".untranslated-note")).hasSize(1);
    }

    /** A translation's edit reaches the Chinese pages that show it in an incremental build, as in a full one. */
    @Test
    void anIncrementalBuildAfterEditingOnlyATranslationEqualsAFullBuild(@TempDir Path tmp) throws IOException {
        Path content = TestSites.copy(TestSites.realContent(), tmp.resolve("content"));
        Path out = TestSites.build(content, tmp.resolve("out"));
        Path sources = content.resolve("sources.json");
        Files.writeString(sources, Files.readString(sources).replace("《南华早报》2019年5月21日刊发", "《南华早报》于2019年5月21日刊发"));

        TestSites.Run run = TestSites.cli("build", "--content", content.toString(), "--out", out.toString());

        assertThat(run.out()).contains("(incremental: ");
        assertThat(TestSites.page(out, "zh/sources/scmp-mfa-weibo-2019/").text()).contains("《南华早报》于2019年5月21日刊发");
        assertThat(org.officialvoices.testing.TreeDiff.describe(TestSites.build(content, tmp.resolve("fresh")), "full build",
                out, "incremental")).isEmpty();
    }

    @Test
    void translationsIsAnOptionOfCheckOnly() {
        TestSites.Run run = TestSites.cli("build", "--translations");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: --translations does not apply to build");
    }
}
