package org.officialvoices.content;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Shared instances of values that repeat across content files (references, dates), so a large site keeps
 * one of each instead of millions of equal copies. Thread-safe. Bounded: past {@code limit} entries new
 * values are made but no longer kept, so a long serve session cannot grow it without end.
 */
final class Shared<K, V> {

    private final Map<K, V> values = new ConcurrentHashMap<>();
    private final int limit;

    Shared(int limit) {
        this.limit = limit;
    }

    /** The shared value for {@code key}, made by {@code make} (which may throw) when there is none yet. */
    V get(K key, Function<K, V> make) {
        V known = values.get(key); // computeIfAbsent would lock the entry on every call
        if (known != null) {
            return known;
        }
        V made = make.apply(key);
        if (values.size() < limit) {
            V raced = values.putIfAbsent(key, made);
            return raced != null ? raced : made;
        }
        return made;
    }
}
