package org.officialvoices.diag;

import java.util.List;

/** Thrown when the input has errors; carries every diagnostic so the CLI can print them, never a stack trace. */
public final class BuildFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;
    private final int errorCount;

    public BuildFailed(List<Diagnostic> diagnostics, int errorCount) {
        super(errorCount + " error(s) in content", null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
        this.errorCount = errorCount;
    }

    public static BuildFailed of(Diagnostic diagnostic) {
        return new BuildFailed(List.of(diagnostic), 1);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public int errorCount() {
        return errorCount;
    }
}
