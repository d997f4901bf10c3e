package org.officialvoices.source;

import java.util.List;
import java.util.Optional;

/** What a file under content/ holds, decided by where it sits. */
public enum SourceKind {
    SITE("site.json"),
    SOURCES("sources.json"),
    PLATFORMS("platforms.json"),
    KINDS("kinds.json"),
    ACCOUNT("accounts/<id>.json"),
    DATASET("datasets/<id>.json"),
    CASE_STUDY("case-studies/<slug>.md"),
    /** A case study's Chinese translation, beside it. */
    CASE_STUDY_ZH("case-studies/<slug>.zh.md"),
    PAGE("pages/<slug>.md"),
    /** A page's Chinese translation, beside it. */
    PAGE_ZH("pages/<slug>.zh.md"),
    /** The corrections log; optional, since a new report has nothing to correct. */
    CORRECTIONS("corrections.json"),
    /** A frozen version of the data, written by the release command. */
    RELEASE("releases/<version>.json");

    private final String pattern;
    /** For the kinds of many files: their folder ({@code accounts/}) and extension ({@code .json}). */
    private final String folder;
    private final String extension;

    SourceKind(String pattern) {
        this.pattern = pattern;
        this.folder = pattern.substring(0, pattern.indexOf('/') + 1);
        this.extension = pattern.substring(pattern.indexOf('.', pattern.indexOf('>') + 1));
    }

    /** Where files of this kind go, for error messages. */
    public String pattern() {
        return pattern;
    }

    public boolean isSingleFile() {
        return !pattern.contains("<");
    }

    /** Whether a site without this file is incomplete: every single file but the corrections log. */
    public boolean isRequired() {
        return isSingleFile() && this != CORRECTIONS;
    }

    /** The kind for a relative path such as {@code accounts/x.json}, if it is one we read. */
    public static Optional<SourceKind> of(String relativePath) {
        for (SourceKind kind : values()) {
            if (kind.matches(relativePath)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** File-name stems of the paths of this kind among {@code paths}, e.g. the ids of all account files. */
    public List<String> stems(List<String> paths) {
        return paths.stream()
                .filter(this::matches) // the kinds' patterns never overlap, so this is of(p) == this
                .map(p -> p.substring(p.lastIndexOf('/') + 1, p.length() - extension.length()))
                .toList();
    }

    private boolean matches(String path) {
        if (isSingleFile()) {
            return path.equals(pattern);
        }
        // x.zh.md is a translation, never a case study "x.zh"
        return path.startsWith(folder) && path.endsWith(extension)
                && path.indexOf('/', folder.length()) < 0 && path.length() > folder.length() + extension.length()
                && !(extension.equals(".md") && path.endsWith(".zh.md"));
    }
}
