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
}
