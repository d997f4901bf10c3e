package org.officialvoices.publish;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** An {@link ObjectStore} that passes every call on, records puts and deletes, and can fail after a number of puts. */
final class StoreWrapper implements ObjectStore {

    private final ObjectStore store;
    private final int failAfterPuts;
    private final AtomicInteger puts = new AtomicInteger();
    final List<String> events = Collections.synchronizedList(new ArrayList<>());

    StoreWrapper(ObjectStore store, int failAfterPuts) {
        this.store = store;
        this.failAfterPuts = failAfterPuts;
    }

    @Override
    public Set<String> list() {
        return store.list();
    }

    @Override
    public Optional<byte[]> read(String path) {
        return store.read(path);
    }

    @Override
    public void put(String path, ObjectHeaders headers, String fingerprint, Payload payload) {
        if (puts.incrementAndGet() > failAfterPuts) {
            throw new DeployFailed("injected failure before uploading " + path);
        }
        store.put(path, headers, fingerprint, payload);
        events.add("put " + path);
    }

    @Override
    public void delete(String path) {
        store.delete(path);
        events.add("delete " + path);
    }

    @Override
    public void close() {
        store.close();
    }
}
