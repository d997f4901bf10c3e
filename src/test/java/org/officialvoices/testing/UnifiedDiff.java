package org.officialvoices.testing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two versions of a file as {@code diff -u} prints it: {@code ---}/{@code +++}
 * headers, {@code @@} hunks, three lines of context. Files that are not UTF-8 text are described by their
 * sizes only. Lines are matched by a longest common subsequence after the common start and end are set
 * aside, so a change in a page of a few hundred lines costs little; when what is left is too large for
 * that, the rest is shown as one hunk.
 */
final class UnifiedDiff {

    private static final int CONTEXT = 3;
    private static final int MAX_LINES_SHOWN = 60;
    private static final int MAX_LINE_LENGTH = 200;
    private static final long MAX_CELLS = 4_000_000;

    private UnifiedDiff() {
    }

    static String of(String path, String expectedLabel, byte[] expected, String actualLabel, byte[] actual) {
        String a = text(expected);
        String b = text(actual);
        String header = "--- " + expectedLabel + "/" + path + "\n+++ " + actualLabel + "/" + path + "\n";
        if (a == null || b == null) {
            return header + "binary files differ (" + expected.length + " and " + actual.length + " bytes)\n";
        }
        return header + hunks(a.split("\n", -1), b.split("\n", -1));
    }

    private static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** One edit-script line: ' ' kept, '-' only in the expected file, '+' only in the actual one. */
    private record Line(char op, String text, int a, int b) {
    }

    private static String hunks(String[] a, String[] b) {
        List<Line> script = script(a, b);
        StringBuilder out = new StringBuilder();
        int shown = 0;
        int i = 0;
        while (i < script.size()) {
            if (script.get(i).op() == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // a hunk runs on while the next change is within two contexts of the last
            for (int j = i; j < script.size() && j <= end + 2 * CONTEXT; j++) {
                if (script.get(j).op() != ' ') {
                    end = j;
                }
            }
            int stop = Math.min(script.size(), end + CONTEXT + 1);
            out.append(hunkHeader(script.subList(start, stop)));
            for (Line line : script.subList(start, stop)) {
                if (shown++ == MAX_LINES_SHOWN) {
                    return out.append("... (diff cut short)\n").toString();
                }
                String text = line.text().length() > MAX_LINE_LENGTH ? line.text().substring(0, MAX_LINE_LENGTH) + "…" : line.text();
                out.append(line.op()).append(text).append('\n');
            }
            i = stop;
        }
        return out.toString();
    }

    private static String hunkHeader(List<Line> lines) {
        int aStart = lines.get(0).a();
        int bStart = lines.get(0).b();
        long aCount = lines.stream().filter(l -> l.op() != '+').count();
        long bCount = lines.stream().filter(l -> l.op() != '-').count();
        return "@@ -" + (aStart + 1) + "," + aCount + " +" + (bStart + 1) + "," + bCount + " @@\n";
    }

    /** The edit script from {@code a} to {@code b}, each line with its 0-based index in both files. */
    private static List<Line> script(String[] a, String[] b) {
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix].equals(b[prefix])) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix && suffix < b.length - prefix
                && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) {
            suffix++;
        }
        List<Line> script = new ArrayList<>();
        for (int k = 0; k < prefix; k++) {
            script.add(new Line(' ', a[k], k, k));
        }
        int n = a.length - prefix - suffix;
        int m = b.length - prefix - suffix;
        if ((long) n * m > MAX_CELLS) {
            for (int k = 0; k < n; k++) {
                script.add(new Line('-', a[prefix + k], prefix + k, prefix));
            }
            for (int k = 0; k < m; k++) {
                script.add(new Line('+', b[prefix + k], prefix + n, prefix + k));
            }
        } else {
            middle(a, b, prefix, n, m, script);
        }
        for (int k = 0; k < suffix; k++) {
            script.add(new Line(' ', a[a.length - suffix + k], a.length - suffix + k, b.length - suffix + k));
        }
        return script;
    }

    /** The lines between the common start and end, matched by a longest common subsequence. */
    private static void middle(String[] a, String[] b, int prefix, int n, int m, List<Line> script) {
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[prefix + i].equals(b[prefix + j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[prefix + i].equals(b[prefix + j])) {
                script.add(new Line(' ', a[prefix + i], prefix + i, prefix + j));
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                script.add(new Line('-', a[prefix + i], prefix + i, prefix + j)); // removals first, as diff prints them
                i++;
            } else {
                script.add(new Line('+', b[prefix + j], prefix + i, prefix + j));
                j++;
            }
        }
    }
}
