package org.officialvoices.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * its Chinese; each without one keeps its English, marked ({@link Fallback}) so the page says so. Names stay as they
 * are (an account's Chinese name is its own field), except where an owner's established Chinese name was given, and a
 * platform's Chinese name. A case study or page with a current {@code x.zh.md} takes its title, summary and body from
 * it; without one, its title and summary are marked and its body stays English, which the planner labels as such.
 */
public final class Localiser {

    private final Translations translations;
    private final Map<String, MarkdownTranslation> documents = new HashMap<>();

    private Localiser(Translations translations) {
        this.translations = translations;
        translations.documents().forEach(d -> documents.put(d.original(), d));
    }

    /** {@code content} in Chinese. */
    public static Content chinese(Content content) {
        return new Localiser(content.translations()).content(content);
    }

    private Content content(Content c) {
        SiteConfig s = c.site();
        SiteConfig site = new SiteConfig(text(s.title()), text(s.tagline()), s.baseUrl(), Lang.ZH.tag(), s.updated(),
                s.keyFigures(), s.textLicence(), s.dataLicence());
        return new Content(site, map(c.sources(), this::source), map(c.platforms(), this::platform), map(c.kinds(), this::kind),
                map(c.accounts(), this::account), map(c.datasets(), this::dataset), map(c.caseStudies(), this::caseStudy),
                map(c.pages(), this::page), map(c.corrections(), this::correction), c.releases(), c.translations());
    }

    private static <T> List<T> map(List<T> items, java.util.function.UnaryOperator<T> each) {
        return items.stream().map(each).toList();
    }

    /** The Chinese of {@code english}, or the English marked as standing in for it. */
    private String text(String english) {
        if (english == null || english.isEmpty()) {
            return english;
        }
        String chinese = translations.text(english);
        return chinese != null ? chinese : Fallback.mark(english);
    }

    /** A name: its established Chinese form if one was given, else as it is. */
    private String name(String original) {
        String chinese = translations.text(original);
        return chinese != null ? chinese : original;
    }

    private Source source(Source s) {
        return new Source(s.id(), s.idPos(), s.publisher(), s.titleSupplied() ? text(s.title()) : s.title(), s.titleSupplied(),
                s.author(), s.date(), s.dateInferred(), s.url(), s.readCopy(), s.archived(), text(s.urlMissing()), text(s.note()));
    }

    private Platform platform(Platform p) {
        return new Platform(p.id(), p.idPos(), p.nameZh() != null ? p.nameZh() : p.name(), p.nameZh(), dated(p.launched()),
                text(p.summary()));
    }

    private Kind kind(Kind k) {
        return new Kind(k.id(), k.idPos(), text(k.label()), text(k.plural()), text(k.summary()));
    }

    private Account account(Account a) {
        return new Account(a.id(), a.idPos(), a.name(), a.nameZh(), a.handle(), a.platform(), name(a.owner()), a.kind(),
                a.country(), a.countryPos(), dated(a.created()), a.status(), a.source(), text(a.summary()),
                map(a.events(), this::event), map(a.observations(), this::observation),
                map(a.disagreements(), this::disagreement), a.path(), a.zh());
    }

    private Dated dated(Dated d) {
        return d == null ? null : new Dated(d.date(), d.dateInferred(), d.source(), d.confirmedBy(), text(d.note()), d.pos());
    }

    private Event event(Event e) {
        return new Event(e.date(), e.dateInferred(), text(e.text()), e.source(), text(e.note()), e.pos());
    }

    private Observation observation(Observation o) {
        return o.note() == null ? o : new Observation(o.metric(), o.value(), o.qualifier(), o.date(), o.valueInferred(),
                o.dateInferred(), o.claimed(), o.source(), text(o.note()), o.pos());
    }

    private Disagreement disagreement(Disagreement g) {
        return new Disagreement(text(g.about()), g.claims().stream()
                .map(c -> new Disagreement.Claim(text(c.says()), c.source())).toList(), text(g.note()), g.pos());
    }

    private Dataset dataset(Dataset d) {
        return new Dataset(d.id(), d.idPos(), text(d.title()), text(d.summary()), d.sources(), d.accounts(),
                map(d.figures(), f -> new Figure(f.id(), f.idPos(), text(f.label()), observation(f.observation()), f.period())),
                map(d.charts(), c -> new ChartSpec(text(c.title()), c.figures(), c.pos())),
                map(d.disagreements(), this::disagreement), d.path());
    }

    private Correction correction(Correction c) {
        return new Correction(c.id(), c.idPos(), c.date(), c.subject(), text(c.what()), text(c.before()), text(c.after()),
                text(c.why()), c.sources(), c.pos());
    }

    /** The translation of the Markdown file at {@code path} if it was made from its text as it stands ({@code hash}). */
    private MarkdownTranslation document(String path, String hash) {
        MarkdownTranslation t = documents.get(path);
        return t != null && t.of().equals(hash) ? t : null;
    }

    private CaseStudy caseStudy(CaseStudy cs) {
        MarkdownTranslation t = document(cs.path(), cs.textHash());
        return t == null
                ? new CaseStudy(cs.slug(), Fallback.mark(cs.title()), Fallback.mark(cs.summary()), cs.date(), cs.accounts(),
                        cs.sources(), cs.datasets(), cs.body(), cs.bodyLine(), cs.path(), cs.textHash())
                : new CaseStudy(cs.slug(), t.title(), t.summary() != null ? t.summary() : Fallback.mark(cs.summary()), cs.date(),
                        cs.accounts(), cs.sources(), cs.datasets(), t.body(), t.bodyLine(), t.path(), cs.textHash());
    }

    private TextPage page(TextPage p) {
        MarkdownTranslation t = document(p.path(), p.textHash());
        return t == null
                ? new TextPage(p.slug(), Fallback.mark(p.title()), Fallback.mark(p.summary()), p.body(), p.bodyLine(), p.path(),
                        p.textHash())
                : new TextPage(p.slug(), t.title(), t.summary() != null ? t.summary() : Fallback.mark(p.summary()), t.body(),
                        t.bodyLine(), t.path(), p.textHash());
    }
}
