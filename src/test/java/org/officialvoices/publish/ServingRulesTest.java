package org.officialvoices.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Content types, cache lifetimes and gzip choices, by path. */
class ServingRulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            index.html                    | text/html; charset=UTF-8
            accounts/a/index.html         | text/html; charset=UTF-8
            assets/style.css              | text/css; charset=UTF-8
            assets/search.js              | text/javascript; charset=UTF-8
            search/shard-ab.json          | application/json; charset=UTF-8
            sitemap.xml                   | application/xml; charset=UTF-8
            feed.xml                      | application/atom+xml; charset=UTF-8
            datasets/x/x.csv              | text/csv; charset=UTF-8
            robots.txt                    | text/plain; charset=UTF-8
            assets/logo.svg               | image/svg+xml; charset=UTF-8
            site.webmanifest              | application/manifest+json; charset=UTF-8
            datasets/all.zip              | application/zip
            assets/logo.png               | image/png
            favicon.ico                   | image/x-icon
            assets/font.woff2             | font/woff2
            LICENSE                       | application/octet-stream
            """)
    void contentTypes(String path, String type) {
        assertThat(ServingRules.headers(path, false).contentType()).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            assets/style.0123456789.css        | public, max-age=31536000, immutable
            assets/js/search.abcdef0123.js     | public, max-age=31536000, immutable
            assets/style.css                   | public, max-age=300
            assets/style.012345678.css         | public, max-age=300
            assets/style.0123456789a.css       | public, max-age=300
            assets/style.0123456789ABC.css     | public, max-age=300
            assets/style.ABCDEF0123.css        | public, max-age=300
            assets/style.0123456789            | public, max-age=300
            assets/.0123456789.css             | public, max-age=300
            style.0123456789.css               | public, max-age=300
            datasets/style.0123456789.css      | public, max-age=300
            index.html                         | public, max-age=300
            sitemap.xml                        | public, max-age=300
            search/shard-ab.json               | public, max-age=300
            """)
    void onlyFingerprintedAssetsAreImmutable(String path, String cache) {
        assertThat(ServingRules.headers(path, false).cacheControl()).isEqualTo(cache);
    }

    @Test
    void gzipAppliesToTextOnly() {
        assertThat(ServingRules.headers("index.html", true).contentEncoding()).isEqualTo("gzip");
        assertThat(ServingRules.headers("assets/logo.svg", true).contentEncoding()).isEqualTo("gzip");
        assertThat(ServingRules.headers("assets/logo.png", true).contentEncoding()).isNull();
        assertThat(ServingRules.headers("datasets/all.zip", true).contentEncoding()).isNull();
        assertThat(ServingRules.headers("index.html", false).contentEncoding()).isNull();
    }
}
