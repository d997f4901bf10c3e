package org.officialvoices.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {

    @ParameterizedTest
    @CsvSource({
        "/, index.html",
        "/accounts/, accounts/index.html",
        "/accounts/town-police-weibo/, accounts/town-police-weibo/index.html",
        "/assets/style.css, assets/style.css",
        "/search/shard-%E5%A4%96.json, search/shard-外.json",
        "/accounts/x, accounts/x",
    })
    void mapsRequestPathsToSiteFiles(String raw, String file) {
        assertThat(RequestPath.file(raw)).contains(file);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../pom.xml", "/accounts/../../pom.xml", "/%2e%2e/pom.xml", "/%2E%2E/pom.xml", "/.%2e/pom.xml",
        "/..%2fpom.xml", "/..%2Fpom.xml", "/%2e%2e%2fpom.xml", "/..\\pom.xml", "/..%5cpom.xml", "/./index.html",
        "/accounts/%00", "/%", "/%zz", "/%c0%ae%c0%ae/pom.xml", "//etc/passwd", "relative", "",
    })
    void refusesPathsThatCouldLeaveTheSite(String raw) {
        assertThat(RequestPath.file(raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%252e%252e/pom.xml", "/%25%32%65%25%32%65/pom.xml"})
    void doubleEncodingDecodesOnceToAHarmlessName(String raw) {
        assertThat(RequestPath.file(raw)).hasValueSatisfying(file -> assertThat(file).startsWith("%").doesNotContain(".."));
    }
}
