package org.officialvoices.diag;

/** A 1-based line and column in a source file. */
public record Pos(int line, int column) {

    public static final Pos START = new Pos(1, 1);

    private static final int COMMON_LINES = 64;
    private static final int COMMON_COLUMNS = 128;
    /** Positions near the top of a file, shared: the content keeps millions of them at 178,700 accounts. */
    private static final Pos[] COMMON = new Pos[COMMON_LINES * COMMON_COLUMNS];

    static {
        for (int i = 0; i < COMMON.length; i++) {
            COMMON[i] = new Pos(i / COMMON_COLUMNS + 1, i % COMMON_COLUMNS + 1);
        }
    }

    public Pos {
        line = Math.max(line, 1);
        column = Math.max(column, 1);
    }

    /** The position at {@code line}:{@code column}, a shared instance when it is a common one. */
    public static Pos of(int line, int column) {
        if (line >= 1 && line <= COMMON_LINES && column >= 1 && column <= COMMON_COLUMNS) {
            return COMMON[(line - 1) * COMMON_COLUMNS + column - 1];
        }
        return new Pos(line, column);
    }
}
