package org.officialvoices.site;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.officialvoices.content.PartialDate;
import org.officialvoices.content.Source;

/** How figures, dates and citations are written for readers; fixed to English so output never depends on the machine's locale. */
public final class Format {

    private Format() {
    }

    /** DecimalFormat is not thread-safe and costly to build, so each rendering thread keeps one. */
    private static final ThreadLocal<DecimalFormat> NUMBER = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ENGLISH)));

    /** {@code 7900000} → {@code 7,900,000}; {@code 2.5} → {@code 2.5}. */
    public static String number(BigDecimal value) {
        if (value.scale() <= 0 && value.precision() - value.scale() <= 18) {
            return grouped(value.longValue()); // whole numbers, nearly all figures: 4× faster than DecimalFormat
        }
        return NUMBER.get().format(value);
    }

    /** A whole number with a comma between groups of three digits, as the DecimalFormat above writes it. */
    static String grouped(long value) {
        String digits = Long.toString(Math.abs(value));
        int length = digits.length();
        StringBuilder b = new StringBuilder(length + length / 3 + 1);
        if (value < 0) {
            b.append('-');
        }
        int first = length % 3 == 0 ? 3 : length % 3;
        b.append(digits, 0, first);
        for (int i = first; i < length; i += 3) {
            b.append(',').append(digits, i, i + 3);
        }
        return b.toString();
    }

    /**
     * True when {@code label} already says {@code date}, as in "Diplomatic accounts created in 2019" for 2019,
     * so that the date is not written twice ("…created in 2019, 2019").
     */
    public static boolean mentionsDate(String label, PartialDate date) {
        return label != null && date != null && label.contains(date.display());
    }

    /**
     * The span a count covers, with its length, so that unequal periods read as such: {@code 2019 (full year)},
     * {@code Jan–Apr 2020 (4 months)}, {@code 2015–2017 (3 years)}, {@code before 2019 (start not given)}.
     */
    public static String period(org.officialvoices.content.Period p) {
        PartialDate from = p.from();
        PartialDate to = p.to();
        if (from == null) {
            return (to.precision() == PartialDate.Precision.YEAR ? "before " + (to.year() + 1) : "up to " + to.display())
                    + " (start not given)";
        }
        int months = p.months();
        boolean wholeYears = from.month() == 0 && to.month() == 0;
        if (wholeYears) {
            return from.year() == to.year() ? from.year() + " (full year)"
                    : from.year() + "–" + to.year() + " (" + months / 12 + " years)";
        }
        if (months == 1) {
            return to.display().replaceFirst("^\\d+ ", "") + " (1 month)";
        }
        String start = shortMonth(from, 1) + (from.year() == to.year() ? "" : " " + from.year());
        return start + "–" + shortMonth(to, 12) + " " + to.year() + " (" + count(months, "month") + ")";
    }

    /** {@code Jan} for a month; for a year-only date, {@code whole} (1 at the start of a period, 12 at its end). */
    private static String shortMonth(PartialDate d, int whole) {
        return SHORT_MONTHS.get((d.month() == 0 ? whole : d.month()) - 1);
    }

    private static final java.util.List<String> SHORT_MONTHS = java.util.List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun",
            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    /** A short citation for tables: {@code South China Morning Post, 26 May 2019}. */
    public static String shortCitation(Source s) {
        String who = s.publisher() != null ? s.publisher() : s.author() != null ? s.author() : s.title();
        return s.date() == null ? who : who + ", " + s.date().display();
    }

    /** A full citation: author, title, publisher, date, with what is unknown said plainly. */
    public static String fullCitation(Source s) {
        StringBuilder b = new StringBuilder();
        if (s.author() != null) {
            b.append(s.author()).append(". ");
        }
        b.append(s.titleSupplied() ? "[" + s.title() + "]" : "“" + s.title() + "”").append(". ");
        b.append(s.publisher() != null ? s.publisher() : "Publisher not named in our copy").append(", ");
        b.append(s.date() != null ? s.date().display() + (s.dateInferred() ? " (date inferred)" : "") : "undated");
        b.append('.');
        if (s.readCopy() != null) {
            b.append(" Read in the copy republished by ")
                    .append(s.readCopy().publisher() != null ? s.readCopy().publisher() : "an unnamed publisher");
            if (s.readCopy().date() != null) {
                b.append(", ").append(s.readCopy().date().display());
            }
            b.append('.');
        }
        return b.toString();
    }

    /** The host a link goes to, for link text: {@code https://www.scmp.com/news/…} → {@code scmp.com}. */
    public static String host(String url) {
        String host;
        try {
            host = java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        if (host == null) {
            return url;
        }
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /**
     * A count with its noun in the right number: {@code 1 account}, {@code 2 accounts}, {@code 1,200 figures}.
     * The one place plurals are made, so that no page says "1 accounts".
     */
    public static String count(long n, String singular, String plural) {
        return grouped(n) + " " + (n == 1 ? singular : plural);
    }

    /** {@link #count(long, String, String)} for nouns that take an "s": {@code count(1, "figure")} → {@code 1 figure}. */
    public static String count(long n, String singular) {
        return count(n, singular, singular + "s");
    }

    /** English name of an ISO country code: {@code DK} → {@code Denmark}. */
    public static String country(String code) {
        String known = Countries.NAMES.get(code);
        return known != null ? known : countryName(code);
    }

    /** The English name of every ISO 3166 code, made once, on first use, rather than looked up on every row. */
    private static final class Countries {
        static final Map<String, String> NAMES = Arrays.stream(Locale.getISOCountries())
                .collect(Collectors.toUnmodifiableMap(code -> code, Format::countryName));
    }

    private static String countryName(String code) {
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    /** {@code text} escaped for XML or HTML text and quoted attributes, by {@link XmlText#escape}. */
    public static String escapeMarkup(String text) {
        return XmlText.escape(text);
    }
}
