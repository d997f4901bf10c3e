package org.officialvoices.site;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.officialvoices.content.Metric;
import org.officialvoices.content.Observation;
import org.officialvoices.content.PartialDate;
import org.officialvoices.content.Period;
import org.officialvoices.content.Qualifier;
import org.officialvoices.content.Source;
import org.officialvoices.content.Status;

/**
 * How one edition writes for its readers: the interface text of its {@link Bundle}, and figures, dates, counts and
 * citations in its conventions (English: {@code 21 May 2019}, {@code about 530,000}; Chinese: {@code 2019年5月21日},
 * {@code 约53万}). One per language per build, shared by every page of that language; immutable.
 */
public final class Words {

    private final Lang lang;
    private final Bundle bundle;
    /** Country names in this language, made as rows ask for them (a few hundred at most). */
    private final Map<String, String> countries = new ConcurrentHashMap<>();
    /** The content's English texts standing in for missing translations, by identity; empty in English. */
    private final java.util.Set<String> english;
    /** The scripts' texts by section, made as pages ask for them (a handful). */
    private final Map<String, String> scriptTexts = new ConcurrentHashMap<>();

    public Words(Lang lang, Bundle bundle) {
        this(lang, bundle, java.util.Set.of());
    }

    private Words(Lang lang, Bundle bundle, java.util.Set<String> english) {
        this.lang = lang;
        this.bundle = bundle;
        this.english = english;
    }

    /**
     * These words, knowing the content's English texts that stand in for missing translations ({@link Localiser}), so
     * that such a text filled into a slot of {@link #t(String, Object...)} stays labelled as English on the page.
     */
    public Words withEnglish(java.util.Set<String> texts) {
        return new Words(lang, bundle, texts);
    }

    /** The words of {@code lang}, from the bundle packed into the generator. */
    public static Words packed(Lang lang) {
        return new Words(lang, Bundle.packed(lang));
    }

    public Lang lang() {
        return lang;
    }

    /** The text of {@code key}; a key no bundle has is a bug in a template, reported at once. */
    public String t(String key) {
        String text = bundle.text(key);
        if (text == null) {
            throw new IllegalArgumentException("no text for \"" + key + "\" in " + bundle.name());
        }
        return text;
    }

    /** The text of {@code key} with {@code {0}}, {@code {1}} … filled by {@code args}. */
    public String t(String key, Object... args) {
        String text = t(key);
        StringBuilder b = new StringBuilder(text.length() + 32);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' && i + 2 < text.length() && text.charAt(i + 2) == '}' && Character.isDigit(text.charAt(i + 1))) {
                int n = text.charAt(i + 1) - '0';
                Object arg = n < args.length ? args[n] : "";
                b.append(arg instanceof String s && english.contains(s) ? Fallback.mark(s) : String.valueOf(arg));
                i += 2;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The space English writes between a text and the word or link after it, which Chinese leaves out ({@code Source: }
     * before a citation is {@code 来源：}): for a template that puts markup after a bundle's text, as a bundle's text
     * cannot end in a space.
     */
    public String space() {
        return lang == Lang.EN ? " " : "";
    }

    /**
     * A count with its noun: {@code count.account} is {@code 1 account}, {@code 2 accounts} in English (keys
     * {@code count.account.one} and {@code .other}), {@code 2 个账号} in Chinese (one key).
     */
    public String count(long n, String key) {
        String grouped = Format.grouped(n);
        if (lang == Lang.EN) {
            return t(key + (n == 1 ? ".one" : ".other"), grouped);
        }
        return t(key, grouped);
    }

    /** A number in full: {@code 7,900,000}; the same in both languages, so a table's column reads alike. */
    public String number(BigDecimal value) {
        return Format.number(value);
    }

    /**
     * A number as a reader says it: in Chinese a large round number in 万 or 亿 ({@code 530000} → {@code 53万},
     * {@code 854000000} → {@code 8.54亿}), when that is exact to two decimals; otherwise, and in English, in full.
     */
    public String readable(BigDecimal value) {
        if (lang == Lang.ZH && value.scale() <= 0 && value.abs().compareTo(TEN_THOUSAND) >= 0) {
            BigDecimal yi = value.movePointLeft(8);
            if (value.abs().compareTo(HUNDRED_MILLION) >= 0 && yi.stripTrailingZeros().scale() <= 2) {
                return plain(yi) + "亿";
            }
            BigDecimal wan = value.movePointLeft(4);
            if (wan.stripTrailingZeros().scale() <= 2) {
                return plain(wan) + "万";
            }
        }
        return number(value);
    }

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** The value as a reader sees it, with its hedge: {@code about 530,000}, {@code 约53万}, {@code more than 25%}. */
    public String value(Observation o) {
        return qualifier(o.qualifier()) + readable(o.value()) + (o.metric().unit() == Metric.Unit.PERCENT ? "%" : "");
    }

    /** The value in full, when {@link #value} shortened it ({@code 530,000} for {@code 约53万}); else null. */
    public String exactValue(Observation o) {
        String readable = readable(o.value());
        return readable.equals(number(o.value())) ? null : number(o.value());
    }

    /** The hedge before a number: {@code about }, {@code 约}; empty for an exact figure. */
    public String qualifier(Qualifier q) {
        return q == Qualifier.EXACT ? "" : t("qualifier." + q.id()) + (lang == Lang.EN ? " " : "");
    }

    public String metric(Metric m) {
        return t("metric." + m.id());
    }

    public String status(Status s) {
        return t("status." + s.id());
    }

    /** {@code 21 May 2019}, {@code May 2019}, {@code 2019}; in Chinese {@code 2019年5月21日}, {@code 2019年5月}, {@code 2019年}. */
    public String date(PartialDate date) {
        if (date == null) {
            return "";
        }
        if (lang == Lang.EN) {
            return date.display();
        }
        return switch (date.precision()) {
            case YEAR -> date.year() + "年";
            case MONTH -> date.year() + "年" + date.month() + "月";
            case DAY -> date.year() + "年" + date.month() + "月" + date.day() + "日";
        };
    }

    /**
     * The span a count covers, with its length: {@code 2019 (full year)}, {@code Jan–Apr 2020 (4 months)},
     * {@code before 2019 (start not given)}; in Chinese {@code 2020年1月至4月（4个月）}.
     */
    public String period(Period p) {
        if (lang == Lang.EN) {
            return Format.period(p);
        }
        PartialDate from = p.from();
        PartialDate to = p.to();
        if (from == null) {
            return (to.precision() == PartialDate.Precision.YEAR ? (to.year() + 1) + "年以前" : date(to) + "及以前") + "（起点不详）";
        }
        int months = p.months();
        if (from.month() == 0 && to.month() == 0) {
            return from.year() == to.year() ? from.year() + "年（全年）" : from.year() + "–" + to.year() + "年（" + months / 12 + "年）";
        }
        int fromMonth = from.month() == 0 ? 1 : from.month();
        int toMonth = to.month() == 0 ? 12 : to.month();
        if (months == 1) {
            return to.year() + "年" + toMonth + "月（1个月）";
        }
        String end = (from.year() == to.year() ? "" : to.year() + "年") + toMonth + "月";
        return from.year() + "年" + fromMonth + "月至" + end + "（" + months + "个月）";
    }

    /** A short citation for tables: {@code South China Morning Post, 21 May 2019} / {@code South China Morning Post，2019年5月21日}. */
    public String shortCitation(Source s) {
        if (lang == Lang.EN) {
            return Format.shortCitation(s);
        }
        String who = s.publisher() != null ? s.publisher() : s.author() != null ? s.author() : s.title();
        return s.date() == null ? who : who + "，" + date(s.date());
    }

    /** A full citation: author, title, publisher, date, with what is unknown said plainly. */
    public String fullCitation(Source s) {
        if (lang == Lang.EN) {
            return Format.fullCitation(s);
        }
        StringBuilder b = new StringBuilder();
        if (s.author() != null) {
            b.append(s.author()).append("：");
        }
        b.append(s.titleSupplied() ? "［" + s.title() + "］" : "“" + s.title() + "”").append("，");
        b.append(s.publisher() != null ? s.publisher() : "我们所读版本未注明出版方").append("，");
        b.append(s.date() != null ? date(s.date()) + (s.dateInferred() ? "（日期为推断）" : "") : "未注明日期");
        b.append('。');
        if (s.readCopy() != null) {
            b.append("我们阅读的是")
                    .append(s.readCopy().publisher() != null ? s.readCopy().publisher() : "未具名出版方");
            if (s.readCopy().date() != null) {
                b.append("于").append(date(s.readCopy().date()));
            }
            b.append("转载的版本。");
        }
        return b.toString();
    }

    /**
     * The texts the scripts of a page of {@code section} show ({@code js.*} keys, without the prefix), as a JSON object
     * safe inside a {@code <script type="application/json">} block: the tables' and citations' on every page, the
     * search's only on the search page and the comparison's only on its page, so that 200,000 pages do not each carry
     * text they never show.
     */
    public String scriptTexts(String section) {
        return scriptTexts.computeIfAbsent(section, s -> {
            com.fasterxml.jackson.databind.node.ObjectNode texts = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            bundle.keys().stream().filter(k -> k.startsWith("js.table.") || k.startsWith("js.cite.")
                    || k.startsWith("js." + s + ".")).sorted().forEach(k -> texts.put(k.substring(3), bundle.text(k)));
            return texts.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        });
    }

    /** The name of an ISO country code in this language: {@code DK} → {@code Denmark}, {@code 丹麦}. */
    public String country(String code) {
        if (lang == Lang.EN) {
            return Format.country(code);
        }
        return countries.computeIfAbsent(code, c -> {
            String name = new java.util.Locale("", c).getDisplayCountry(lang.locale());
            return name.isEmpty() ? c : name;
        });
    }
}
