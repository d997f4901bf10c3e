package org.officialvoices.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.testing.HtmlValidator;
import org.officialvoices.testing.LinkChecker;
import org.officialvoices.testing.TestSites;

/** Every page the build writes, for the real report and every fixture, is valid HTML5 with no broken internal reference. */
class SoundOutputIT {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"content", "src/test/resources/sites/minimal", "src/test/resources/sites/hostile"})
    void everyPagePassesTheNuHtmlCheckerAndEveryLinkResolves(String content, @TempDir Path tmp) {
        Path site = TestSites.build(Path.of(content), tmp.resolve("site"));
        assertThat(HtmlValidator.pageCount(site)).isGreaterThan(10);
        assertThat(HtmlValidator.errors(site)).isEmpty();
        assertThat(LinkChecker.brokenLinks(site)).isEmpty();
        assertThat(emptyFolders(site)).as("folders made ahead that no page filled").isEmpty();
    }

    private static List<Path> emptyFolders(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isDirectory).filter(dir -> {
                try (Stream<Path> entries = Files.list(dir)) {
                    return entries.findAny().isEmpty();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @org.junit.jupiter.api.Test
    void theCheckersThemselvesCatchInvalidHtmlAndBrokenLinks(@TempDir Path site) throws Exception {
        java.nio.file.Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><html lang=en><head><title>t</title></head>"
                + "<body><p><div id=a></div><div id=a></div><a href=\"missing/\">x</a><a href=\"#nowhere\">y</a></body></html>");
        assertThat(HtmlValidator.errors(site)).anySatisfy(e -> assertThat(e).contains("Duplicate ID"));
        assertThat(LinkChecker.brokenLinks(site)).containsExactly("index.html → missing/ (no such file)",
                "index.html → #nowhere (no element with id nowhere)");
    }
}
