package org.officialvoices.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.content.Release;
import org.officialvoices.content.ReleaseFormat;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.site.DataFiles;
import org.officialvoices.source.SourceFile;
import org.officialvoices.source.SourceKind;
import org.officialvoices.testing.TestSites;

/**
 * The data as a researcher gets it from the real report: the bulk tables, the data package (validated by the
 * standard's reference library), each account's own files, and the releases, whose files must never change.
 */
class PublishedDataTest {

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        site = TestSites.build(TestSites.realContent(), tmp.resolve("site"));
    }

    @Test
    void theDataPageOffersEveryTableTheZipAndTheLatestVersionToCite() {
        Document page = TestSites.page(site, "data/");
        assertThat(page.select("#everything ~ div table tbody th").eachText()).containsExactly("Accounts", "Observations",
                "Events", "Sources", "Datasets", "Dataset members", "Dataset figures", "Where sources differ");
        assertThat(page.select("a[href$=/official-voices-data.zip]")).hasSize(1);
        assertThat(page.select(".cite-version p").text()).startsWith("Official Voices. Official Voices data, version 1.1.0.");
        assertThat(page.select(".cite-version pre.citation").text()).contains("version = {1.1.0}");
        JsonNode ld = json(page.select("script[type=application/ld+json]").html());
        assertThat(ld.get("@type").asText()).isEqualTo("Dataset");
        assertThat(ld.get("version").asText()).isEqualTo("1.1.0");
        assertThat(ld.get("temporalCoverage").asText()).isEqualTo("2011/2021");
        assertThat(ld.get("license").asText()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(ld.get("distribution")).hasSize(1 + 2 * 8);
        assertThat(TestSites.read(site.resolve("data/CITATION.cff"))).contains("type: dataset", "version: \"1.1.0\"",
                "date-released: 2026-11-29", "license: \"CC-BY-4.0\"")
                .as("CITATION.cff at the top of the repository is the published one; copy site/data/CITATION.cff after a release")
                .isEqualTo(TestSites.read(Path.of("CITATION.cff")));
    }

    @Test
    void theBulkTablesCarryEveryFlagAndKeepChineseIntact() throws Exception {
        String accounts = TestSites.read(site.resolve("data/accounts.csv"));
        assertThat(accounts).startsWith("id,name,name_zh,handle,platform,");
        // a handle starting with @ would be run by a spreadsheet: it gets a quote in front, and stays readable
        assertThat(accounts).contains("alhambra-police-weibo,Alhambra Police Department,阿市警察局,'@阿市警察局,weibo");
        String observations = TestSites.read(site.resolve("data/observations.csv"));
        assertThat(observations.lines().findFirst().orElseThrow()).isEqualTo("account,metric,value,qualifier,date,"
                + "date_precision,value_inferred,date_inferred,claimed_by_owner,note,unit,source");
        assertThat(observations).contains("cgtn-twitter,followers,14000000,exact,2020-05,month,false,true,true,");
        // the zip has the same files, a README, and copies marked for Excel, whose Chinese survives a BOM check
        Map<String, byte[]> zip = unzip(site.resolve("data/official-voices-data.zip"));
        assertThat(zip.keySet()).contains("README.txt", "datapackage.json", "accounts.csv", "excel/accounts.csv");
        assertThat(zip.get("accounts.csv")).isEqualTo(Files.readAllBytes(site.resolve("data/accounts.csv")));
        byte[] excel = zip.get("excel/accounts.csv");
        assertThat(excel).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(excel, 3, excel.length - 3, StandardCharsets.UTF_8)).isEqualTo(accounts);
        assertThat(new String(zip.get("README.txt"), StandardCharsets.UTF_8)).contains("excel/", "Licence: CC BY 4.0");
    }

    @Test
    void eachAccountHasItsOwnDataAtAStableAddress() throws Exception {
        JsonNode data = new ObjectMapper().readTree(site.resolve("accounts/hua-chunying-twitter/data.json").toFile());
        assertThat(data.at("/account/name_zh").asText()).isEqualTo("华春莹");
        assertThat(data.at("/account/created").asText()).isEqualTo("2020-02-14");
        assertThat(data.at("/account/created_confirmed_by").asText()).isEqualTo("globaltimes-via-danfetv-2020-02");
        assertThat(data.get("observations")).hasSize(3);
        assertThat(data.at("/observations/0/value").isNumber()).isTrue();
        assertThat(data.get("events")).hasSize(1);
        String csv = TestSites.read(site.resolve("accounts/hua-chunying-twitter/data.csv"));
        assertThat(csv.lines()).hasSize(4).first().asString().startsWith("account,metric,value");
    }

    /** A release's files are made from the release alone and must stay byte for byte what it recorded. */
    @Test
    void everyReleasePublishesExactlyTheFilesItRecorded() throws Exception {
        List<Path> releases;
        try (Stream<Path> files = Files.list(TestSites.realContent().resolve("releases"))) {
            releases = files.sorted().toList();
        }
        assertThat(releases).extracting(p -> p.getFileName().toString()).containsExactly("1.0.0.json", "1.1.0.json");
        for (Path file : releases) {
            Diagnostics d = new Diagnostics();
            Release r = ReleaseFormat.read(new SourceFile("releases/" + file.getFileName(), SourceKind.RELEASE,
                    Files.readString(file)), d).orElseThrow();
            Map<String, String> published = new TreeMap<>();
            Path folder = site.resolve("data/releases/" + r.version());
            try (Stream<Path> files = Files.list(folder)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    if (!p.getFileName().toString().equals("index.html")) {
                        published.put(p.getFileName().toString(), DataFiles.sha256(Files.readAllBytes(p)));
                    }
                }
            }
            assertThat(published).as("files of release " + r.version()).isEqualTo(new TreeMap<>(r.files()));
        }
    }

    private static Map<String, byte[]> unzip(Path zip) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

}
