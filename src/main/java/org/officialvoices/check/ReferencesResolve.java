package org.officialvoices.check;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.officialvoices.content.Account;
import org.officialvoices.content.Content;
import org.officialvoices.content.Dated;
import org.officialvoices.content.Ref;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.diag.Suggestions;
import org.officialvoices.source.SourceKind;

/** Every id written in one record names a record that exists; a dangling one is reported where it is written. */
final class ReferencesResolve implements Rule {

    @Override
    public void check(Content c, Diagnostics d) {
        Known known = Known.of(c);
        for (Account a : c.accounts()) {
            known.check("platform", a.platform(), known.platforms, a.path(), d);
            known.check("kind", a.kind(), known.kinds, a.path(), d);
            known.check("source", a.source(), known.sources, a.path(), d);
            dated(a.created(), known, a.path(), d);
            a.events().forEach(e -> known.check("source", e.source(), known.sources, a.path(), d));
            a.observations().forEach(o -> known.check("source", o.source(), known.sources, a.path(), d));
        }
        c.platforms().forEach(p -> dated(p.launched(), known, SourceKind.PLATFORMS.pattern(), d));
        c.datasets().forEach(ds -> {
            ds.sources().forEach(r -> known.check("source", r, known.sources, ds.path(), d));
            ds.accounts().forEach(r -> known.check("account", r, known.accounts, ds.path(), d));
            ds.figures().forEach(f -> known.check("source", f.observation().source(), known.sources, ds.path(), d));
        });
        c.caseStudies().forEach(cs -> {
            cs.accounts().forEach(r -> known.check("account", r, known.accounts, cs.path(), d));
            cs.sources().forEach(r -> known.check("source", r, known.sources, cs.path(), d));
            cs.datasets().forEach(r -> known.check("dataset", r, known.datasets, cs.path(), d));
        });
        c.site().keyFigures().forEach(r -> known.check("figure", r, known.figures, SourceKind.SITE.pattern(), d));
    }

    private static void dated(Dated dated, Known known, String path, Diagnostics d) {
        if (dated != null) {
            known.check("source", dated.source(), known.sources, path, d);
        }
    }

    /** The ids of each namespace. */
    record Known(Set<String> accounts, Set<String> sources, Set<String> datasets, Set<String> platforms,
            Set<String> kinds, Set<String> figures, Set<String> caseStudies) {

        static Known of(Content c) {
            return new Known(
                    ids(c.accounts().stream().map(Account::id).toList()),
                    ids(c.sources().stream().map(s -> s.id()).toList()),
                    ids(c.datasets().stream().map(ds -> ds.id()).toList()),
                    ids(c.platforms().stream().map(p -> p.id()).toList()),
                    ids(c.kinds().stream().map(k -> k.id()).toList()),
                    ids(c.datasets().stream().flatMap(ds -> ds.figures().stream()).map(f -> f.id()).toList()),
                    ids(c.caseStudies().stream().map(cs -> cs.slug()).toList()));
        }

        private static Set<String> ids(Collection<String> ids) {
            return ids.stream().collect(Collectors.toUnmodifiableSet());
        }

        void check(String what, Ref ref, Set<String> ids, String path, Diagnostics d) {
            if (ref != null && !ids.contains(ref.id())) {
                String hint = Suggestions.didYouMean(ref.id(), ids);
                d.error(path, ref.pos(), "unknown " + what + " \"" + ref.id() + "\"",
                        hint != null ? hint : "no " + what + " has this id; check the spelling or add the " + what);
            }
        }
    }
}
