package org.officialvoices.publish;

import java.util.Optional;
import java.util.Set;

/**
 * A bucket seen from one site's prefix: every path here is relative to the prefix ('/'-separated). Calls may
 * come from many threads at once. Failures are {@link DeployFailed}, with a message saying what to do.
 */
public interface ObjectStore extends AutoCloseable {

    /** The path of every object under the prefix, the manifest's included; pages through any number of them. */
    Set<String> list();

    /** The bytes of a small object, such as the manifest, or empty if there is none. */
    Optional<byte[]> read(String path);

    /** Stores {@code payload} at {@code path} with its headers, recording {@code fingerprint} (if not null) as metadata {@code sha256}. */
    void put(String path, ObjectHeaders headers, String fingerprint, Payload payload);

    /** Deletes one object; an object already gone is no error. */
    void delete(String path);

    @Override
    void close();
}
