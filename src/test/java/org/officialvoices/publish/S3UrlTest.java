package org.officialvoices.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class S3UrlTest {

    @Test
    void bucketAndPrefixAreRead() {
        assertThat(S3Url.parse("s3://my-site")).isEqualTo(new S3Url("my-site", ""));
        assertThat(S3Url.parse("s3://my-site/")).isEqualTo(new S3Url("my-site", ""));
        assertThat(S3Url.parse("s3://my-site/reports/2026/")).isEqualTo(new S3Url("my-site", "reports/2026"));
        assertThat(S3Url.parse("s3://my-site/reports").key("index.html")).isEqualTo("reports/index.html");
        assertThat(S3Url.parse("s3://my-site").key("index.html")).isEqualTo("index.html");
        assertThat(S3Url.parse("s3://my-site/reports").keyStart()).isEqualTo("reports/");
    }

    @Test
    void malformedUrlsAreExplained() {
        assertThatThrownBy(() -> S3Url.parse("https://my-site")).isInstanceOf(DeployFailed.class)
                .hasMessage("--to needs an s3://BUCKET[/PREFIX] URL, got \"https://my-site\"");
        assertThatThrownBy(() -> S3Url.parse("s3://My_Site!")).hasMessageStartingWith("\"My_Site!\" in s3://My_Site! is not a bucket name");
        assertThatThrownBy(() -> S3Url.parse("s3://")).hasMessageContaining("is not a bucket name");
        assertThatThrownBy(() -> S3Url.parse("s3://my-site/a//b")).hasMessageContaining("is not a plain folder path");
        assertThatThrownBy(() -> S3Url.parse("s3://my-site/../b")).hasMessageContaining("is not a plain folder path");
    }
}
