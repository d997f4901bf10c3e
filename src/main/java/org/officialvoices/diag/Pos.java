package org.officialvoices.diag;

import java.util.List;
import java.util.stream.IntStream;

/** A 1-based line and column in a source file. */
public record Pos(int line, int column) {

    public static final Pos START = new Pos(1, 1);

    private static final int COMMON_LINES = 64;
    private static final int COMMON_COLUMNS = 128;
    /** Positions near the top of a file, made once and shared: the content keeps millions of them at 178,700 accounts. */
    private static final List<Pos> COMMON = IntStream.range(0, COMMON_LINES * COMMON_COLUMNS)
            .mapToObj(i -> new Pos(i / COMMON_COLUMNS + 1, i % COMMON_COLUMNS + 1)).toList();

    public Pos {
        line = Math.max(line, 1);
        column = Math.max(column, 1);
    }

    /** The position at {@code line}:{@code column}, a shared instance when it is a common one. */
    public static Pos of(int line, int column) {
        if (line >= 1 && line <= COMMON_LINES && column >= 1 && column <= COMMON_COLUMNS) {
            return COMMON.get((line - 1) * COMMON_COLUMNS + column - 1);
        }
        return new Pos(line, column);
    }
}
