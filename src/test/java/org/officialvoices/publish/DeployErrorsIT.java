package org.officialvoices.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.testing.S3Proxy;
import org.officialvoices.testing.TestSites;
import org.officialvoices.testing.TestSites.Run;

import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@code deploy}'s refusals: each is one line saying what to do, exit 5 (2 for bad usage), no stack trace, no
 * secret, and nothing deleted.
 */
class DeployErrorsIT {

    private static S3Proxy proxy;
    private static Path site;
    private static final String BUCKET = "deployed";

    @TempDir
    static Path shared;

    @BeforeAll
    static void start() throws Exception {
        proxy = S3Proxy.start(shared);
        System.setProperty("aws.accessKeyId", S3Proxy.IDENTITY);
        System.setProperty("aws.secretAccessKey", S3Proxy.CREDENTIAL);
        site = TestSites.build(TestSites.fixture("minimal"), shared.resolve("site"));
        proxy.bucket(BUCKET);
        Run first = deploy("s3://" + BUCKET, site, proxy.endpoint().toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        // from now on every deploy would delete this page, if it got that far
        Files.delete(site.resolve("methodology/index.html"));
    }

    @AfterAll
    static void stop() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        if (proxy != null) {
            proxy.close();
        }
    }

    private static Run deploy(String to, Path site, String endpoint, String... more) {
        List<String> args = new ArrayList<>(List.of("deploy", "--to", to, "--site", site.toString(), "--endpoint", endpoint,
                "--region", "us-east-1"));
        args.addAll(List.of(more));
        return TestSites.cli(args.toArray(String[]::new));
    }

    private static List<String> keys() {
        return proxy.client().listObjectsV2Paginator(r -> r.bucket(BUCKET)).contents().stream().map(S3Object::key)
                .filter(k -> !k.endsWith("/")).sorted().toList();
    }

    /** One line on stderr, exit 5, nothing on stdout, and the bucket as it was. */
    private static void assertRefused(Run run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(5);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: " + message + "\n");
        assertThat(run.err()).doesNotContain(S3Proxy.CREDENTIAL).doesNotContain("Exception");
        assertThat(keys()).contains("methodology/index.html");
    }

    @Test
    void badCredentials() {
        List<String> before = keys();
        System.setProperty("aws.secretAccessKey", "not-the-secret");
        try {
            Run run = deploy("s3://" + BUCKET, site, proxy.endpoint().toString());
            assertRefused(run, proxy.endpoint() + " refused the credentials (SignatureDoesNotMatch): check AWS_ACCESS_KEY_ID"
                    + " and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE)");
            assertThat(run.err()).doesNotContain("not-the-secret");
        } finally {
            System.setProperty("aws.secretAccessKey", S3Proxy.CREDENTIAL);
        }
        assertThat(keys()).isEqualTo(before);
    }

    @Test
    void unknownAccessKey() {
        System.setProperty("aws.accessKeyId", "nobody");
        try {
            assertRefused(deploy("s3://" + BUCKET, site, proxy.endpoint().toString()), proxy.endpoint()
                    + " refused the credentials (InvalidAccessKeyId): check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE)");
        } finally {
            System.setProperty("aws.accessKeyId", S3Proxy.IDENTITY);
        }
    }

    @Test
    void missingBucket() {
        assertRefused(deploy("s3://no-such-bucket", site, proxy.endpoint().toString()),
                "bucket \"no-such-bucket\" does not exist at " + proxy.endpoint()
                        + ": create it first, or correct the bucket in --to and --endpoint");
    }

    @Test
    void unreachableEndpoint() throws Exception {
        String endpoint = "http://127.0.0.1:" + S3Proxy.freePort();
        Run run = deploy("s3://" + BUCKET, site, endpoint);
        assertThat(run.err()).startsWith("error: cannot reach " + endpoint + " (");
        assertRefused(run, run.err().substring("error: ".length()).strip());
        assertThat(run.err()).endsWith("): check --endpoint and the network, then run deploy again\n");
    }

    /** A malformed --to is bad usage, like a malformed --endpoint: exit 2 and the usage, before anything is read. */
    @Test
    void malformedUrl() {
        Run scheme = deploy("s3:/deployed", site, proxy.endpoint().toString());
        assertThat(scheme.exitCode()).isEqualTo(2);
        assertThat(scheme.err()).startsWith("error: --to needs an s3://BUCKET[/PREFIX] URL, got \"s3:/deployed\"\nusage: ");
        Run bucket = deploy("s3://Deployed!/x", site, proxy.endpoint().toString());
        assertThat(bucket.exitCode()).isEqualTo(2);
        assertThat(bucket.err()).startsWith("error: \"Deployed!\" in s3://Deployed!/x is not a bucket name: use 3 to 63"
                + " lowercase letters, digits, dots and hyphens, as in s3://my-site-bucket/reports\nusage: ");
        assertThat(keys()).contains("methodology/index.html");
    }

    @Test
    void missingSiteOrNoIndexPage() throws Exception {
        Path missing = shared.resolve("nowhere");
        assertRefused(deploy("s3://" + BUCKET, missing, proxy.endpoint().toString()), "the site folder " + missing
                + " does not exist: build it first (official-voices build), or pass --site DIR");
        Path empty = Files.createDirectories(shared.resolve("empty"));
        Files.writeString(empty.resolve("other.html"), "x");
        assertRefused(deploy("s3://" + BUCKET, empty, proxy.endpoint().toString()), empty + " has no index.html, so it is not"
                + " a built site: build it first (official-voices build --out " + empty + "), or pass the right --site DIR");
    }

    @Test
    void badUsageExitsTwoWithTheUsage() {
        Run noTarget = TestSites.cli("deploy", "--site", site.toString());
        assertThat(noTarget.exitCode()).isEqualTo(2);
        assertThat(noTarget.err()).startsWith("error: deploy needs --to s3://BUCKET[/PREFIX]\nusage: ");
        Run badEndpoint = TestSites.cli("deploy", "--to", "s3://" + BUCKET, "--endpoint", "localhost:9000");
        assertThat(badEndpoint.exitCode()).isEqualTo(2);
        assertThat(badEndpoint.err()).startsWith("error: --endpoint needs an http:// or https:// URL such as"
                + " https://ACCOUNT.r2.cloudflarestorage.com, got \"localhost:9000\"\n");
        assertThat(TestSites.cli("deploy", "--to", "s3://" + BUCKET, "--max-deletes", "many").err())
                .startsWith("error: --max-deletes needs a whole number, got \"many\"\n");
        assertThat(TestSites.cli("deploy", "--to", "s3://" + BUCKET, "--force").err())
                .startsWith("error: unknown option \"--force\" for deploy\n");
    }
}
