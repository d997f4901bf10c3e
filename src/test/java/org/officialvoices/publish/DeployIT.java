package org.officialvoices.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.pipeline.Progress;
import org.officialvoices.testing.S3Proxy;
import org.officialvoices.testing.TestSites;
import org.officialvoices.testing.TestSites.Run;

import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/** {@code deploy} against a real S3 API (s3proxy): what is stored, what is sent again, what is deleted, and when. */
class DeployIT {

    private static final AtomicInteger BUCKETS = new AtomicInteger();
    private static S3Proxy proxy;
    private static Path built;

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        proxy = S3Proxy.start(shared);
        System.setProperty("aws.accessKeyId", S3Proxy.IDENTITY);
        System.setProperty("aws.secretAccessKey", S3Proxy.CREDENTIAL);
        built = TestSites.build(TestSites.fixture("minimal"), shared.resolve("built"));
    }

    @AfterAll
    static void stop() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        if (proxy != null) {
            proxy.close();
        }
    }

    /**
     * The fixture site with a stylesheet under a plain name (as a site of another generator would have) and one
     * under a fingerprinted name, an image, an icon and a zip added.
     */
    private Path site() {
        Path site = TestSites.copy(built, dir.resolve("site"));
        write(site, "assets/style.css", "body { color: #222 }\n".getBytes(StandardCharsets.UTF_8));
        write(site, "assets/style.0123456789.css", "body { color: #111 }\n".getBytes(StandardCharsets.UTF_8));
        write(site, "assets/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0});
        write(site, "favicon.ico", new byte[] {0, 0, 1, 0, 1, 0});
        write(site, "datasets/all.zip", new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        return site;
    }

    private static String newBucket() {
        return proxy.bucket("site-" + BUCKETS.incrementAndGet());
    }

    private static Run deploy(String to, Path site, String... more) {
        List<String> args = new ArrayList<>(List.of("deploy", "--to", to, "--site", site.toString(),
                "--endpoint", proxy.endpoint().toString(), "--region", "us-east-1"));
        args.addAll(List.of(more));
        return TestSites.cli(args.toArray(String[]::new));
    }

    @Test
    void everyObjectHasTheFilesBytesAndHeaders() throws Exception {
        Path site = site();
        String bucket = newBucket();
        Run run = deploy("s3://" + bucket + "/reports", site);
        int files = TestSites.fingerprint(site).size();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).matches("uploaded " + files + ", deleted 0, unchanged 0 in [0-9.]+ s \\(s3://" + bucket
                + "/reports\\)\n");
        Map<String, Stored> objects = objects(bucket, "reports/");
        assertBucketHolds(objects, site, false);

        assertThat(objects.get("index.html").headers()).isEqualTo("text/html;charset=utf-8 | public, max-age=300 | null");
        assertThat(objects.get("assets/style.css").headers()).isEqualTo("text/css;charset=utf-8 | public, max-age=300 | null");
        assertThat(objects.get("assets/style.0123456789.css").headers())
                .isEqualTo("text/css;charset=utf-8 | public, max-age=31536000, immutable | null");
        assertThat(objects.get("assets/logo.png").headers()).isEqualTo("image/png | public, max-age=300 | null");
        assertThat(objects.get("favicon.ico").headers()).isEqualTo("image/x-icon | public, max-age=300 | null");
        assertThat(objects.get("datasets/all.zip").headers()).isEqualTo("application/zip | public, max-age=300 | null");
        assertThat(objects.get("sitemap.xml").headers()).isEqualTo("application/xml;charset=utf-8 | public, max-age=300 | null");
        assertThat(objects.get("feed.xml").headers()).isEqualTo("application/atom+xml;charset=utf-8 | public, max-age=300 | null");
        assertThat(objects.get("robots.txt").headers()).isEqualTo("text/plain;charset=utf-8 | public, max-age=300 | null");

        Manifest manifest = Manifest.read(objects.get(Manifest.NAME).bytes()).orElseThrow();
        assertThat(manifest.files()).hasSize(files).containsEntry("index.html", sha256(site.resolve("index.html")));
        assertThat(deploy("s3://" + bucket + "/reports", site).out()).startsWith("uploaded 0, deleted 0, unchanged " + files + " in ");
    }

    @Test
    void gzipStoresTextCompressedAndSwitchingItSendsEverythingAgain() throws Exception {
        Path site = site();
        String bucket = newBucket();
        assertThat(deploy("s3://" + bucket, site).exitCode()).isZero();
        Run run = deploy("s3://" + bucket, site, "--gzip");
        int files = TestSites.fingerprint(site).size();
        assertThat(run.out()).as("all but the png, the icon, the zip and the data's zip").startsWith("uploaded " + (files - 4)
                + ", deleted 0, unchanged 4 in ");
        Map<String, Stored> objects = objects(bucket, "");
        assertBucketHolds(objects, site, true);
        assertThat(objects.get("index.html").headers()).isEqualTo("text/html;charset=utf-8 | public, max-age=300 | gzip");
        assertThat(objects.get("assets/logo.png").headers()).isEqualTo("image/png | public, max-age=300 | null");
        assertThat(objects.get("index.html").metadata()).containsEntry("sha256", sha256(site.resolve("index.html")) + "+gzip");
        assertThat(deploy("s3://" + bucket, site, "--gzip").out()).startsWith("uploaded 0, deleted 0, unchanged " + files);
    }

    @Test
    void aSecondDeploySendsOnlyWhatChangedAndDeletesWhatIsGone() throws Exception {
        Path site = site();
        String bucket = newBucket();
        assertThat(deploy("s3://" + bucket, site).exitCode()).isZero();
        int files = TestSites.fingerprint(site).size();
        Files.writeString(site.resolve("assets/style.css"), "/* changed */\n", java.nio.file.StandardOpenOption.APPEND);
        Files.delete(site.resolve("favicon.ico"));
        Run run = deploy("s3://" + bucket, site);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("uploaded 1, deleted 1, unchanged " + (files - 2) + " in ");
        assertBucketHolds(objects(bucket, ""), site, false);
    }

    @Test
    void anObjectDeletedByHandIsSentAgain() throws Exception {
        Path site = site();
        String bucket = newBucket();
        assertThat(deploy("s3://" + bucket, site).exitCode()).isZero();
        proxy.client().deleteObject(r -> r.bucket(bucket).key("assets/logo.png"));
        assertThat(deploy("s3://" + bucket, site).out()).startsWith("uploaded 1, deleted 0, ");
        assertBucketHolds(objects(bucket, ""), site, false);
    }

    @Test
    void uploadsGoAssetsThenPagesThenIndexesThenTheManifestThenDeletions() {
        Path site = site();
        String bucket = newBucket();
        proxy.client().putObject(r -> r.bucket(bucket).key("old/index.html"),
                software.amazon.awssdk.core.sync.RequestBody.fromString("old"));
        List<String> events;
        try (StoreWrapper store = new StoreWrapper(S3ObjectStore.connect(new S3Url(bucket, ""), proxy.endpoint(), "us-east-1", 8),
                Integer.MAX_VALUE)) {
            Deployer deployer = new Deployer(store, Progress.none(), 8);
            deployer.apply(deployer.plan(new SiteScanner(false).scan(site)), 20);
            events = List.copyOf(store.events);
        }
        List<Integer> ranks = events.stream().map(e -> e.startsWith("delete ") ? 5 : e.equals("put " + Manifest.NAME) ? 4
                : 1 + ServingRules.phase(e.substring(4)).ordinal()).toList();
        assertThat(ranks).isSorted();
        assertThat(ranks).contains(1, 2, 3, 4, 5);
        assertThat(events.get(events.size() - 1)).isEqualTo("delete old/index.html");
        assertThat(events).contains("put 404.html", "put sitemap.xml", "put robots.txt", "put assets/style.css");
    }

    @Test
    void aDeployThatFailsMidwayCompletesWhenRunAgain() throws Exception {
        Path site = site();
        String bucket = newBucket();
        assertThat(deploy("s3://" + bucket, site).exitCode()).isZero();
        Files.writeString(site.resolve("assets/style.css"), "/* new look */\n");
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>new</title>\n");
        Files.writeString(site.resolve("about.txt"), "new file\n");
        Files.delete(site.resolve("datasets/all.zip"));
        try (StoreWrapper store = new StoreWrapper(S3ObjectStore.connect(new S3Url(bucket, ""), proxy.endpoint(), null, 4), 2)) {
            Deployer deployer = new Deployer(store, Progress.none(), 4);
            DeployPlan plan = deployer.plan(new SiteScanner(false).scan(site));
            assertThat(plan.uploads()).hasSize(3);
            assertThatThrownBy(() -> deployer.apply(plan, 20)).isInstanceOf(DeployFailed.class)
                    .hasMessage("injected failure before uploading index.html");
            assertThat(store.events).containsExactlyInAnyOrder("put about.txt", "put assets/style.css");
        }
        Map<String, Stored> half = objects(bucket, "");
        assertThat(half).containsKey("datasets/all.zip").as("nothing deleted");
        assertThat(Manifest.read(half.get(Manifest.NAME).bytes()).orElseThrow().files())
                .as("the old manifest stays").containsKey("datasets/all.zip");

        Run again = deploy("s3://" + bucket, site);
        assertThat(again.exitCode()).as(again.err()).isZero();
        // the two sent before the failure are not confirmed by the manifest, so they go again
        assertThat(again.out()).startsWith("uploaded 3, deleted 1, ");
        assertBucketHolds(objects(bucket, ""), site, false);
    }

    @Test
    void tooManyDeletionsAreRefusedAndNothingIsDeleted() throws Exception {
        Path site = site();
        String bucket = newBucket();
        assertThat(deploy("s3://" + bucket, site).exitCode()).isZero();
        Map<String, Stored> before = objects(bucket, "");
        Files.delete(site.resolve("favicon.ico"));
        Files.delete(site.resolve("assets/logo.png"));
        Files.delete(site.resolve("datasets/all.zip"));
        Files.writeString(site.resolve("assets/style.css"), "/* changed */\n");
        Run run = deploy("s3://" + bucket, site, "--max-deletes", "2");
        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: refusing to delete 3 objects (more than --max-deletes 2): check --site and --to;"
                + " if the deletions are meant, run again with --max-deletes 3; nothing was changed\n");
        assertThat(objects(bucket, "")).isEqualTo(before);
        assertThat(deploy("s3://" + bucket, site, "--max-deletes", "3").out()).startsWith("uploaded 1, deleted 3, ");
    }

    @Test
    void aDryRunListsWhatWouldChangeAndChangesNothing() throws Exception {
        Path site = site();
        String bucket = newBucket();
        assertThat(deploy("s3://" + bucket, site).exitCode()).isZero();
        Map<String, Stored> before = objects(bucket, "");
        Files.writeString(site.resolve("assets/style.css"), "/* changed */\n");
        Files.writeString(site.resolve("new.txt"), "new\n");
        Files.delete(site.resolve("favicon.ico"));
        int files = TestSites.fingerprint(site).size();
        Run run = deploy("s3://" + bucket, site, "--dry-run");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).matches("would upload assets/style.css \\(changed\\)\nwould upload new.txt \\(new\\)\n"
                + "would delete favicon.ico\nwould upload 2, delete 1, unchanged " + (files - 2)
                + " in [0-9.]+ s \\(dry run: nothing was changed\\)\n");
        assertThat(objects(bucket, "")).isEqualTo(before);
    }

    @Test
    void sitesUnderTwoPrefixesOfOneBucketLeaveEachOtherAlone() throws Exception {
        Path site = site();
        String bucket = newBucket();
        assertThat(deploy("s3://" + bucket + "/a", site).exitCode()).isZero();
        assertThat(deploy("s3://" + bucket + "/ab", site).exitCode()).isZero();
        Files.delete(site.resolve("favicon.ico"));
        assertThat(deploy("s3://" + bucket + "/a", site).out()).startsWith("uploaded 0, deleted 1, ");
        assertBucketHolds(objects(bucket, "a/"), site, false);
        assertThat(objects(bucket, "ab/")).containsKey("favicon.ico");
    }

    // ---- reading the bucket back

    /** One stored object: bytes as stored, and its headers as one comparable string. */
    record Stored(byte[] bytes, String headers, Map<String, String> metadata) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Stored s && java.util.Arrays.equals(bytes, s.bytes) && headers.equals(s.headers)
                    && metadata.equals(s.metadata);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(bytes);
        }
    }

    private static Map<String, Stored> objects(String bucket, String prefix) {
        Map<String, Stored> objects = new TreeMap<>();
        for (S3Object o : proxy.client().listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)).contents()) {
            if (o.key().endsWith("/")) {
                continue; // s3proxy's file system store lists its folders
            }
            ResponseBytes<GetObjectResponse> got = proxy.client().getObjectAsBytes(r -> r.bucket(bucket).key(o.key()));
            GetObjectResponse h = got.response();
            objects.put(o.key().substring(prefix.length()), new Stored(got.asByteArray(),
                    type(h.contentType()) + " | " + h.cacheControl() + " | " + h.contentEncoding(), h.metadata()));
        }
        return objects;
    }

    /** Every file of the site is stored with its bytes, its headers and its fingerprint; nothing else is, but the manifest. */
    private static void assertBucketHolds(Map<String, Stored> objects, Path site, boolean gzip) throws IOException {
        Map<String, String> files = TestSites.fingerprint(site);
        assertThat(objects.keySet()).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(files.keySet().stream(), java.util.stream.Stream.of(Manifest.NAME)).toList());
        for (String path : files.keySet()) {
            Stored stored = objects.get(path);
            ObjectHeaders expected = ServingRules.headers(path, gzip);
            byte[] bytes = expected.gzipped() ? gunzip(stored.bytes()) : stored.bytes();
            assertThat(bytes).as(path).isEqualTo(Files.readAllBytes(site.resolve(path)));
            assertThat(stored.headers()).as(path).isEqualTo(type(expected.contentType()) + " | " + expected.cacheControl() + " | "
                    + expected.contentEncoding());
            assertThat(stored.metadata()).as(path).isEqualTo(Map.of("sha256", files.get(path) + (expected.gzipped() ? "+gzip" : "")));
        }
        Manifest manifest = Manifest.read(objects.get(Manifest.NAME).bytes()).orElseThrow();
        assertThat(manifest.files().keySet()).containsExactlyInAnyOrderElementsOf(files.keySet());
    }

    /**
     * s3proxy's web server stores {@code text/html; charset=UTF-8} as {@code text/html;charset=utf-8}; S3 keeps what
     * it is sent. Both mean the same, so types are compared in the server's form.
     */
    private static String type(String contentType) {
        return contentType.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        return SiteScanner.fingerprint(file, new ObjectHeaders("x", "y", null));
    }

    private static void write(Path site, String path, byte[] bytes) {
        try {
            Files.createDirectories(site.resolve(path).getParent());
            Files.write(site.resolve(path), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
