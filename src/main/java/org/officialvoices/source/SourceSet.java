package org.officialvoices.source;

import java.util.List;

/**
 * The files read from content/, and the paths of every file listed there, including those that could
 * not be read, so later stages know an id exists even when its file is broken.
 */
public record SourceSet(List<SourceFile> files, List<String> paths) {

    public SourceSet {
        files = List.copyOf(files);
        paths = List.copyOf(paths);
    }

    /** File-name stems of the listed paths of one kind, e.g. the ids of all account files. */
    public List<String> stems(SourceKind kind) {
        return paths.stream()
                .filter(p -> SourceKind.of(p).orElse(null) == kind)
                .map(p -> p.substring(p.lastIndexOf('/') + 1, p.lastIndexOf('.')))
                .toList();
    }
}
