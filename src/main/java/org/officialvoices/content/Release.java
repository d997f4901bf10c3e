package org.officialvoices.content;

import java.util.List;
import java.util.Map;

import org.officialvoices.diag.Pos;

/**
 * A frozen version of the data, from {@code releases/<version>.json}: made once by {@code release} and never
 * edited again. The build checks both hashes, so an altered release is an error, not a silent rewrite.
 *
 * @param title       the data's title when it was released, frozen with it like the licence
 * @param licence     the data licence it was released under, or null
 * @param sha256 the recorded SHA-256 of the tables in canonical form ({@link ReleaseFormat#tablesDigest})
 * @param files  the recorded SHA-256 of each file published for this release, by its name under the release folder
 */
public record Release(String version, Pos versionPos, PartialDate date, String notes, String title, String description,
        Licence licence, String sha256,
        Map<String, String> files, List<DataTable> tables, String path) {

    public Release {
        files = Map.copyOf(files);
        tables = List.copyOf(tables);
    }

    /** The table called {@code name}, or null. */
    public DataTable table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }
}
