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
 * The written form is the precision: we never store a day the source did not give. Immutable; equal when
 * year, month and day are.
 *
 * <p>A class rather than a record so that it can carry its two written forms, made once: every date is shown
 * on several pages (an account's, its sources', the listings), about 0.8 GB of short-lived strings at 178,700
 * accounts when made each time. A build reads each distinct date once ({@link Interner}), so they are made
 * once per distinct date and build.
 */
public final class PartialDate implements Comparable<PartialDate> {

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

    private final int year;
    private final int month;
    private final int day;
    private final String iso;
    private final String display;

    /** @throws DateTimeException when there is no such date, or the year is outside 1900–2100 */
    public PartialDate(int year, int month, int day) {
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
        this.year = year;
        this.month = month;
        this.day = day;
        this.iso = isoOf(year, month, day);
        this.display = day != 0 ? day + " " + MONTH_NAMES.get(month - 1) + " " + year
                : month != 0 ? MONTH_NAMES.get(month - 1) + " " + year : Integer.toString(year);
    }

    public int year() {
        return year;
    }

    /** 1–12, or 0 when only the year is known. */
    public int month() {
        return month;
    }

    /** 1–31, or 0 when the day is not known. */
    public int day() {
        return day;
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
        return iso;
    }

    /** For readers: {@code 2019}, {@code May 2019}, {@code 20 May 2019}. */
    public String display() {
        return display;
    }

    private static String isoOf(int year, int month, int day) {
        StringBuilder b = new StringBuilder(10).append(year); // by hand rather than String.format: a build makes thousands
        if (month != 0) {
            b.append(month < 10 ? "-0" : "-").append(month);
        }
        if (day != 0) {
            b.append(day < 10 ? "-0" : "-").append(day);
        }
        return b.toString();
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
    public boolean equals(Object other) {
        return other instanceof PartialDate d && d.year == year && d.month == month && d.day == day;
    }

    /** Computed as when this was a record, so that no hashed collection iterates in another order. */
    @Override
    public int hashCode() {
        return (year * 31 + month) * 31 + day;
    }

    @Override
    public String toString() {
        return iso;
    }
}
