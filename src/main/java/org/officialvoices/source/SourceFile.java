package org.officialvoices.source;

import java.util.Objects;

/**
 * One file read from content/: its path relative to the content folder ({@code /}-separated), its
 * kind, and its text as UTF-8 with any byte-order mark removed and line endings normalised to {@code \n}.
 */
public record SourceFile(String path, SourceKind kind, String text) {

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** The file name without folder and extension, e.g. {@code alhambra-police-weibo}. */
    public String stem() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
