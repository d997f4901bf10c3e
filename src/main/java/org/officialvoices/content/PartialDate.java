package org.officialvoices.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to a year, a month or a day, written {@code 2019}, {@code 2019-05} or {@code 2019-05-20}.
 * The written form is the precision: we never store a day the source did not give.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    /** How much of the date is known. */
    public enum Precision {
        YEAR, MONTH, DAY;

        private final String id = name().toLowerCase(java.util.Locale.ROOT);

        /** The name used in downloads: {@code year}, {@code month}, {@code day}. */
        public String id() {
            return id;
        }
    }

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1900 || year > 2100) {
            throw new DateTimeException("year " + year + " is outside 1900–2100");
        }
        if (month == 0 && day != 0) {
            throw new DateTimeException("a day needs a month");
        }
        if (month != 0) {
            Month.of(month);
        }
        if (day != 0) {
            LocalDate.of(year, month, day);
        }
    }

    /**
     * Parses the written form. Readers go through their build's {@link Interner}, which parses each distinct
     * date once.
     *
     * @throws DateTimeException with an editor-facing message when the form or the date is impossible
     */
    public static PartialDate parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new DateTimeException("\"" + text + "\" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        try {
            return new PartialDate(year, month, day);
        } catch (DateTimeException e) {
            throw new DateTimeException("\"" + text + "\" is not a real date (" + e.getMessage() + ")");
        }
    }

    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** The written form: {@code 2019}, {@code 2019-05}, {@code 2019-05-20}. Sorts as text in date order. */
    public String iso() {
        // Built by hand rather than with String.format: every date is written on several pages
        StringBuilder b = new StringBuilder(10).append(year);
        if (month != 0) {
            b.append(month < 10 ? "-0" : "-").append(month);
        }
        if (day != 0) {
            b.append(day < 10 ? "-0" : "-").append(day);
        }
        return b.toString();
    }

    /** For readers: {@code 2019}, {@code May 2019}, {@code 20 May 2019}. */
    public String display() {
        return switch (precision()) {
            case YEAR -> Integer.toString(year);
            case MONTH -> MONTH_NAMES.get(month - 1) + " " + year;
            case DAY -> day + " " + MONTH_NAMES.get(month - 1) + " " + year;
        };
    }

    private static final List<String> MONTH_NAMES = java.util.Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toList();

    /** Earlier first; a coarser date sorts before finer dates within it (2019 before 2019-01). */
    @Override
    public int compareTo(PartialDate other) {
        int c = Integer.compare(year, other.year);
        if (c == 0) {
            c = Integer.compare(month, other.month);
        }
        return c != 0 ? c : Integer.compare(day, other.day);
    }

    @Override
    public String toString() {
        return iso();
    }
}
