package org.officialvoices.check;

import java.util.Set;
import java.util.stream.Collectors;

import org.officialvoices.content.Account;
import org.officialvoices.content.Content;
import org.officialvoices.content.Correction;
import org.officialvoices.content.Dated;
import org.officialvoices.content.Ref;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.source.SourceKind;

/** Every id written in one record names a record that exists; a dangling one is reported where it is written. */
final class ReferencesResolve implements Rule {

    @Override
    public void check(Content c, Known known, Diagnostics d) {
        for (Account a : c.accounts()) {
            known.check("platform", a.platform(), known.platforms(), a.path(), d);
            known.check("kind", a.kind(), known.kinds(), a.path(), d);
            known.check("source", a.source(), known.sources(), a.path(), d);
            dated(a.created(), known, a.path(), d);
            a.events().forEach(e -> known.check("source", e.source(), known.sources(), a.path(), d));
            a.observations().forEach(o -> known.check("source", o.source(), known.sources(), a.path(), d));
            a.disagreements().forEach(g -> g.claims()
                    .forEach(claim -> known.check("source", claim.source(), known.sources(), a.path(), d)));
        }
        c.platforms().forEach(p -> dated(p.launched(), known, SourceKind.PLATFORMS.pattern(), d));
        c.datasets().forEach(ds -> {
            ds.sources().forEach(r -> known.check("source", r, known.sources(), ds.path(), d));
            ds.accounts().forEach(r -> known.check("account", r, known.accounts(), ds.path(), d));
            ds.figures().forEach(f -> known.check("source", f.observation().source(), known.sources(), ds.path(), d));
            ds.disagreements().forEach(g -> g.claims()
                    .forEach(claim -> known.check("source", claim.source(), known.sources(), ds.path(), d)));
        });
        c.caseStudies().forEach(cs -> {
            cs.accounts().forEach(r -> known.check("account", r, known.accounts(), cs.path(), d));
            cs.sources().forEach(r -> known.check("source", r, known.sources(), cs.path(), d));
            cs.datasets().forEach(r -> known.check("dataset", r, known.datasets(), cs.path(), d));
        });
        for (Correction k : c.corrections()) {
            String path = SourceKind.CORRECTIONS.pattern();
            k.sources().forEach(r -> known.check("source", r, known.sources(), path, d));
            Correction.Subject s = k.subject();
            Set<String> ids = switch (s.kind()) {
                case "account" -> known.accounts();
                case "dataset" -> known.datasets();
                case "source" -> known.sources();
                case "case-study" -> known.caseStudies();
                default -> c.pages().stream().map(p -> p.slug()).collect(Collectors.toSet());
            };
            known.check(s.kind().replace('-', ' '), new Ref(s.id(), s.pos()), ids, path, d);
        }
        if (known.figuresComplete()) {
            c.site().keyFigures().forEach(r -> known.check("figure", r, known.figures(), SourceKind.SITE.pattern(), d));
        }
    }

    private static void dated(Dated dated, Known known, String path, Diagnostics d) {
        if (dated != null) {
            known.check("source", dated.source(), known.sources(), path, d);
            dated.confirmedBy().forEach(r -> known.check("source", r, known.sources(), path, d));
        }
    }
}
