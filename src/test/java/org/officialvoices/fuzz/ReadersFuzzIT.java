package org.officialvoices.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jsoup.Jsoup;
import org.officialvoices.content.ContentReader;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.render.MarkdownRenderer;
import org.officialvoices.source.Characters;
import org.officialvoices.source.FrontMatter;
import org.officialvoices.source.SourceFile;
import org.officialvoices.source.SourceLoader;
import org.officialvoices.testing.SiteInvariants;

/**
 * The readers on any bytes: each target writes the input as one content file, loads it through the real
 * loader (strict UTF-8, limits, forbidden characters) and reads it into records. Any exception other than a
 * reported problem is a finding; so is Markdown whose HTML carries a script, an event handler or an unsafe
 * URL, or a character no page may hold. Corpus: {@code src/test/resources/fuzz/ReadersFuzzITInputs/<method>/}.
 */
class ReadersFuzzIT {

    private static final Path CONTENT = FuzzFolder.create("readers");
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    @FuzzTest(maxDuration = "10m")
    void accountJson(byte[] data) throws IOException {
        read("accounts/town-police-weibo.json", data);
    }

    @FuzzTest(maxDuration = "10m")
    void datasetJson(byte[] data) throws IOException {
        read("datasets/town.json", data);
    }

    @FuzzTest(maxDuration = "10m")
    void catalogueJson(byte[] data) throws IOException {
        read("sources.json", data);
    }

    @FuzzTest(maxDuration = "10m")
    void siteSettings(byte[] data) throws IOException {
        read("site.json", data);
    }

    @FuzzTest(maxDuration = "10m")
    void caseStudyMarkdown(byte[] data) throws IOException {
        for (SourceFile file : read("case-studies/town-police.md", data)) {
            FrontMatter matter = FrontMatter.parse(file, new Diagnostics());
            String html = MARKDOWN.render(matter.body(), "../../");
            assertThat(SiteInvariants.injections(Jsoup.parseBodyFragment(html))).as(html).isEmpty();
            assertThat(Characters.firstForbidden(html)).as(html).isEqualTo(-1);
        }
    }

    /** Loads {@code data} as the only file of a content folder and reads it; the files that loaded. */
    private static java.util.List<SourceFile> read(String path, byte[] data) throws IOException {
        FuzzFolder.clear(CONTENT);
        Path file = CONTENT.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, data);
        Diagnostics diagnostics = new Diagnostics();
        var files = new SourceLoader(CONTENT).load(diagnostics).files();
        ContentReader reader = new ContentReader();
        files.forEach(f -> reader.parse(f, diagnostics));
        return files;
    }
}
