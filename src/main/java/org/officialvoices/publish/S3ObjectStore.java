package org.officialvoices.publish;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@link ObjectStore} on the S3 API through the AWS SDK, with credentials from the SDK's default chain
 * (environment, system properties, profile, container or instance role). With an endpoint (R2, MinIO, GCS) it
 * addresses buckets by path and sends checksums only where the API requires them, which every S3-compatible
 * service understands. Objects are deleted one by one (in parallel), because Google Cloud Storage and some
 * servers lack the multi-object delete. Usage: {@code try (var store = S3ObjectStore.connect(url, endpoint, null, 32)) {...}}
 */
public final class S3ObjectStore implements ObjectStore {

    private final S3Client s3;
    private final AwsCredentialsProvider credentials;
    private final S3Url target;
    private final StoreErrors errors;

    private S3ObjectStore(S3Client s3, AwsCredentialsProvider credentials, S3Url target, StoreErrors errors) {
        this.s3 = s3;
        this.credentials = credentials;
        this.target = target;
        this.errors = errors;
    }

    /**
     * A client for {@code target}; {@code endpoint} and {@code region} may be null. The region then comes from
     * {@code AWS_REGION} or the profile, else {@code us-east-1} (with an endpoint, most services ignore it; on
     * AWS the SDK follows the bucket to its region).
     */
    public static S3ObjectStore connect(S3Url target, URI endpoint, String region, int connections) {
        Region chosen = Region.of(region != null ? region : regionFromSettings().orElse("us-east-1"));
        AwsCredentialsProvider credentials = DefaultCredentialsProvider.builder().build();
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(Apache5HttpClient.builder().maxConnections(connections)
                        .connectionTimeout(Duration.ofSeconds(10)).socketTimeout(Duration.ofSeconds(60)))
                .credentialsProvider(credentials)
                .region(chosen)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                // a plain signed body rather than aws-chunked, which some servers store as the object's encoding
                .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build());
        if (endpoint != null) {
            builder.endpointOverride(endpoint).forcePathStyle(true);
        } else {
            builder.crossRegionAccessEnabled(true);
        }
        String where = endpoint != null ? endpoint.toString() : "AWS S3";
        return new S3ObjectStore(builder.build(), credentials, target, new StoreErrors(target, where));
    }

    /** AWS_REGION / aws.region or the profile's region; never the instance metadata service, which is slow to fail. */
    private static Optional<String> regionFromSettings() {
        try {
            return Optional.of(new AwsRegionProviderChain(new SystemSettingsRegionProvider(), new AwsProfileRegionProvider())
                    .getRegion().id());
        } catch (SdkException e) {
            return Optional.empty();
        }
    }

    @Override
    public Set<String> list() {
        return call("listing the bucket", () -> {
            Set<String> paths = new HashSet<>();
            String start = target.keyStart();
            for (S3Object object : s3.listObjectsV2Paginator(r -> r.bucket(target.bucket()).prefix(start)).contents()) {
                if (!object.key().endsWith("/")) { // a folder placeholder (made by consoles, listed by some servers): no file
                    paths.add(object.key().substring(start.length()));
                }
            }
            return paths;
        });
    }

    @Override
    public Optional<byte[]> read(String path) {
        return call("reading " + path, () -> {
            try {
                return Optional.of(s3.getObjectAsBytes(r -> r.bucket(target.bucket()).key(target.key(path))).asByteArray());
            } catch (NoSuchKeyException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public void put(String path, ObjectHeaders headers, String fingerprint, Payload payload) {
        PutObjectRequest request = PutObjectRequest.builder().bucket(target.bucket()).key(target.key(path))
                .contentType(headers.contentType()).cacheControl(headers.cacheControl())
                .contentEncoding(headers.contentEncoding())
                .metadata(fingerprint == null ? Map.of() : Map.of("sha256", fingerprint)).build();
        RequestBody body = payload.file() != null ? RequestBody.fromFile(payload.file())
                : RequestBody.fromBytes(payload.bytes());
        call("uploading " + path, () -> s3.putObject(request, body));
    }

    @Override
    public void delete(String path) {
        call("deleting " + path, () -> s3.deleteObject(r -> r.bucket(target.bucket()).key(target.key(path))));
    }

    @Override
    public void close() {
        s3.close();
        if (credentials instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // nothing left to release
            }
        }
    }

    private <T> T call(String action, Supplier<T> request) {
        try {
            return request.get();
        } catch (SdkException e) {
            throw errors.explain(e, action);
        }
    }
}
