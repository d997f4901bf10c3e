package org.officialvoices.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.officialvoices.content.Account;
import org.officialvoices.content.CaseStudy;
import org.officialvoices.content.ChartSpec;
import org.officialvoices.content.Content;
import org.officialvoices.content.Correction;
import org.officialvoices.content.Dataset;
import org.officialvoices.content.Dated;
import org.officialvoices.content.Disagreement;
import org.officialvoices.content.Event;
import org.officialvoices.content.Figure;
import org.officialvoices.content.Kind;
import org.officialvoices.content.MarkdownTranslation;
import org.officialvoices.content.Observation;
import org.officialvoices.content.Platform;
import org.officialvoices.content.SiteConfig;
import org.officialvoices.content.Source;
import org.officialvoices.content.TextPage;
import org.officialvoices.content.Translations;

/**
 * Stage 4, model: the content as the Chinese edition shows it. Each text with a current translation is replaced by
 * its Chinese; each without one stays the very English instance it was, and is listed in {@link Localised#english}, so
 * that its page labels it as English ({@link Fallback}). A record with nothing translated is the English record
 * itself: a report with few translations costs little memory in its second language. Names stay as they are (an
 * account's Chinese name is its own field), except where an owner's established Chinese name was given, and a
 * platform's Chinese name. A case study or page with a current {@code x.zh.md} takes its title, summary and body from
 * it; without one, its title and summary are listed as English and its body stays English, which the planner labels
 * as such.
 */
public final class Localiser {

    /**
     * The content in Chinese, and the English texts in it that stand in for a missing translation, by identity: a
     * text that is also written elsewhere as the same instance is the same English there too.
     */
    public record Localised(Content content, Set<String> english) {
    }

    private final Translations translations;
    private final Map<String, MarkdownTranslation> documents = new HashMap<>();
    private final Set<String> english = Collections.newSetFromMap(new IdentityHashMap<>());

    private Localiser(Translations translations) {
        this.translations = translations;
        translations.documents().forEach(d -> documents.put(d.original(), d));
    }

    /** {@code content} in Chinese. */
    public static Localised chinese(Content content) {
        Localiser localiser = new Localiser(content.translations());
        return new Localised(localiser.content(content), Collections.unmodifiableSet(localiser.english));
    }

    private Content content(Content c) {
        SiteConfig s = c.site();
        // the report's title is its name: in Chinese where one is given, else as it is, never labelled as untranslated
        SiteConfig site = new SiteConfig(name(s.title()), text(s.tagline()), s.baseUrl(), Lang.ZH.tag(), s.updated(),
                s.keyFigures(), s.textLicence(), s.dataLicence());
        return new Content(site, map(c.sources(), this::source), map(c.platforms(), this::platform), map(c.kinds(), this::kind),
                map(c.accounts(), this::account), map(c.datasets(), this::dataset), map(c.caseStudies(), this::caseStudy),
                map(c.pages(), this::page), map(c.corrections(), this::correction), c.releases(), c.translations());
    }

    /** {@code items}, each made by {@code each}; the list itself when every item is the one it was. */
    private static <T> List<T> map(List<T> items, UnaryOperator<T> each) {
        List<T> changed = null;
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            T made = each.apply(item);
            if (made != item && changed == null) {
                changed = new ArrayList<>(items.subList(0, i));
            }
            if (changed != null) {
                changed.add(made);
            }
        }
        return changed == null ? items : changed;
    }

    /** The Chinese of {@code english}, or the English itself, listed as standing in for it. */
    private String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String chinese = translations.text(text);
        if (chinese != null) {
            return chinese;
        }
        english.add(text);
        return text;
    }

    /** A name: its established Chinese form if one was given, else as it is. */
    private String name(String original) {
        String chinese = translations.text(original);
        return chinese != null ? chinese : original;
    }

    /** Whether each of the pairs {@code a[i]}, {@code a[i + 1]} is one instance: nothing was translated. */
    private static boolean same(Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i] != pairs[i + 1]) {
                return false;
            }
        }
        return true;
    }

    private Source source(Source s) {
        String title = s.titleSupplied() ? text(s.title()) : s.title();
        String urlMissing = text(s.urlMissing());
        String note = text(s.note());
        return same(title, s.title(), urlMissing, s.urlMissing(), note, s.note()) ? s : new Source(s.id(), s.idPos(),
                s.publisher(), title, s.titleSupplied(), s.author(), s.date(), s.dateInferred(), s.url(), s.readCopy(),
                s.archived(), urlMissing, note);
    }

    private Platform platform(Platform p) {
        String name = p.nameZh() != null ? p.nameZh() : p.name();
        Dated launched = dated(p.launched());
        String summary = text(p.summary());
        return same(name, p.name(), launched, p.launched(), summary, p.summary()) ? p
                : new Platform(p.id(), p.idPos(), name, p.nameZh(), launched, summary);
    }

    private Kind kind(Kind k) {
        String label = text(k.label());
        String plural = text(k.plural());
        String summary = text(k.summary());
        return same(label, k.label(), plural, k.plural(), summary, k.summary()) ? k
                : new Kind(k.id(), k.idPos(), label, plural, summary);
    }

    private Account account(Account a) {
        String owner = name(a.owner());
        Dated created = dated(a.created());
        String summary = text(a.summary());
        List<Event> events = map(a.events(), this::event);
        List<Observation> observations = map(a.observations(), this::observation);
        List<Disagreement> disagreements = map(a.disagreements(), this::disagreement);
        return same(owner, a.owner(), created, a.created(), summary, a.summary(), events, a.events(), observations,
                a.observations(), disagreements, a.disagreements()) ? a
                : new Account(a.id(), a.idPos(), a.name(), a.nameZh(), a.handle(), a.platform(), owner, a.kind(), a.country(),
                        a.countryPos(), created, a.status(), a.source(), summary, events, observations, disagreements, a.path(),
                        a.zh());
    }

    private Dated dated(Dated d) {
        if (d == null) {
            return null;
        }
        String note = text(d.note());
        return note == d.note() ? d : new Dated(d.date(), d.dateInferred(), d.source(), d.confirmedBy(), note, d.pos());
    }

    private Event event(Event e) {
        String text = text(e.text());
        String note = text(e.note());
        return same(text, e.text(), note, e.note()) ? e : new Event(e.date(), e.dateInferred(), text, e.source(), note, e.pos());
    }

    private Observation observation(Observation o) {
        String note = text(o.note());
        return note == o.note() ? o : new Observation(o.metric(), o.value(), o.qualifier(), o.date(), o.valueInferred(),
                o.dateInferred(), o.claimed(), o.source(), note, o.pos());
    }

    private Disagreement disagreement(Disagreement g) {
        String about = text(g.about());
        List<Disagreement.Claim> claims = map(g.claims(), c -> {
            String says = text(c.says());
            return says == c.says() ? c : new Disagreement.Claim(says, c.source());
        });
        String note = text(g.note());
        return same(about, g.about(), claims, g.claims(), note, g.note()) ? g : new Disagreement(about, claims, note, g.pos());
    }

    private Dataset dataset(Dataset d) {
        String title = text(d.title());
        String summary = text(d.summary());
        List<Figure> figures = map(d.figures(), f -> {
            String label = text(f.label());
            Observation o = observation(f.observation());
            return same(label, f.label(), o, f.observation()) ? f : new Figure(f.id(), f.idPos(), label, o, f.period());
        });
        List<ChartSpec> charts = map(d.charts(), c -> {
            String chartTitle = text(c.title());
            return chartTitle == c.title() ? c : new ChartSpec(chartTitle, c.figures(), c.pos());
        });
        List<Disagreement> disagreements = map(d.disagreements(), this::disagreement);
        return same(title, d.title(), summary, d.summary(), figures, d.figures(), charts, d.charts(), disagreements,
                d.disagreements()) ? d : new Dataset(d.id(), d.idPos(), title, summary, d.sources(), d.accounts(), figures,
                        charts, disagreements, d.path());
    }

    private Correction correction(Correction c) {
        String what = text(c.what());
        String before = text(c.before());
        String after = text(c.after());
        String why = text(c.why());
        return same(what, c.what(), before, c.before(), after, c.after(), why, c.why()) ? c : new Correction(c.id(), c.idPos(),
                c.date(), c.subject(), what, before, after, why, c.sources(), c.pos());
    }

    /** {@code text}, listed as English standing in for its translation; null stays null. */
    private String listed(String text) {
        if (text != null) {
            english.add(text);
        }
        return text;
    }

    /** The translation of the Markdown file at {@code path} if it was made from its text as it stands ({@code hash}). */
    private MarkdownTranslation document(String path, String hash) {
        MarkdownTranslation t = documents.get(path);
        return t != null && t.of().equals(hash) ? t : null;
    }

    private CaseStudy caseStudy(CaseStudy cs) {
        MarkdownTranslation t = document(cs.path(), cs.textHash());
        if (t == null) {
            english.add(cs.title());
            english.add(cs.summary());
            return cs;
        }
        return new CaseStudy(cs.slug(), t.title(), t.summary() != null ? t.summary() : listed(cs.summary()), cs.date(),
                cs.accounts(), cs.sources(), cs.datasets(), t.body(), t.bodyLine(), t.path(), cs.textHash());
    }

    private TextPage page(TextPage p) {
        MarkdownTranslation t = document(p.path(), p.textHash());
        if (t == null) {
            english.add(p.title());
            if (p.summary() != null) {
                english.add(p.summary());
            }
            return p;
        }
        return new TextPage(p.slug(), t.title(), t.summary() != null ? t.summary() : listed(p.summary()), t.body(),
                t.bodyLine(), t.path(), p.textHash());
    }
}
