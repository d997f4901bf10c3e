package org.officialvoices.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the input, located at a 1-based line and column of a file under content/.
 *
 * <p>Prints in the compiler style editors know: {@code accounts/x.json:4:3: error: unknown platform "weibp"}.
 */
public record Diagnostic(String path, int line, int column, Severity severity, String message, String hint) {

    /** How bad a problem is: errors fail the build, warnings do not. */
    public enum Severity { ERROR, WARNING }

    static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::path)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        line = Math.max(line, 1);
        column = Math.max(column, 1);
    }

    public static Diagnostic error(String path, int line, int column, String message) {
        return new Diagnostic(path, line, column, Severity.ERROR, message, null);
    }

    public static Diagnostic error(String path, Pos pos, String message) {
        return error(path, pos.line(), pos.column(), message);
    }

    /** A problem that does not stop a build, such as a missing translation, with what to do about it. */
    public static Diagnostic warning(String path, Pos pos, String message, String hint) {
        return new Diagnostic(path, pos.line(), pos.column(), Severity.WARNING, message, hint);
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(path, line, column, severity, message, newHint);
    }

    /** The one-line form, followed by an indented hint line when there is one. */
    public String format() {
        String head = path + ":" + line + ":" + column + ": " + severity.name().toLowerCase(java.util.Locale.ROOT)
                + ": " + message;
        return hint == null ? head : head + "\n    hint: " + hint;
    }

    @Override
    public String toString() {
        return format();
    }
}
