package org.officialvoices.content;

import java.time.DateTimeException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.officialvoices.diag.Pos;

/**
 * One build's single copies of the values that repeat across content files: ids, owners and countries,
 * references, dates. At 178,700 accounts, 1.4 million references are ~200,000 distinct values and 700,000
 * dated fields a few thousand dates; keeping one of each keeps the build within its heap. A {@link ContentReader}
 * owns one and drops it with the build, so nothing outlives the run. Thread-safe: files are read in parallel.
 */
final class Interner {

    private final Map<String, String> strings = new ConcurrentHashMap<>();
    private final Map<Ref, Ref> refs = new ConcurrentHashMap<>();
    private final Map<String, PartialDate> dates = new ConcurrentHashMap<>();

    /** The one copy of {@code s} (null for null). */
    String string(String s) {
        if (s == null) {
            return null;
        }
        String known = strings.get(s); // putIfAbsent alone would lock the entry's bin on every call
        if (known != null) {
            return known;
        }
        known = strings.putIfAbsent(s, s);
        return known != null ? known : s;
    }

    /** The reference to {@code id} written at {@code pos}: files of one kind write the same one at the same place. */
    Ref ref(String id, Pos pos) {
        Ref ref = new Ref(string(id), pos);
        Ref known = refs.get(ref);
        if (known != null) {
            return known;
        }
        known = refs.putIfAbsent(ref, ref);
        return known != null ? known : ref;
    }

    /**
     * The date written {@code text}, parsed once.
     *
     * @throws DateTimeException as {@link PartialDate#parse} does
     */
    PartialDate date(String text) {
        PartialDate known = dates.get(text);
        if (known != null) {
            return known;
        }
        PartialDate parsed = PartialDate.parse(text);
        known = dates.putIfAbsent(text, parsed);
        return known != null ? known : parsed;
    }
}
