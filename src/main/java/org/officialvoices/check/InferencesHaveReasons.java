package org.officialvoices.check;

import org.officialvoices.content.Account;
import org.officialvoices.content.Content;
import org.officialvoices.content.Dated;
import org.officialvoices.content.Observation;
import org.officialvoices.content.Source;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.diag.Pos;
import org.officialvoices.source.SourceKind;

/**
 * Whatever we worked out rather than read (a value, a date) says how in its {@code note}, so that a reader can
 * judge the inference; a bare "inferred" badge would ask them to trust us.
 */
final class InferencesHaveReasons implements Rule {

    @Override
    public void check(Content c, Known known, Diagnostics d) {
        for (Account a : c.accounts()) {
            dated(a.created(), "created date", a.path(), d);
            a.events().stream().filter(e -> e.dateInferred() && e.note() == null)
                    .forEach(e -> missing("event date", e.pos(), a.path(), d));
            a.observations().forEach(o -> observation(o, a.path(), d));
        }
        c.platforms().forEach(p -> dated(p.launched(), "launch date", SourceKind.PLATFORMS.pattern(), d));
        c.datasets().forEach(ds -> ds.figures().forEach(f -> observation(f.observation(), ds.path(), d)));
        for (Source s : c.sources()) {
            if (s.dateInferred() && s.note() == null) {
                missing("source date", s.idPos(), SourceKind.SOURCES.pattern(), d);
            }
        }
    }

    private static void observation(Observation o, String path, Diagnostics d) {
        if (o.inferred() && o.note() == null) {
            String what = o.valueInferred() && o.dateInferred() ? "value and date"
                    : o.valueInferred() ? "value" : "date";
            missing(what, o.pos(), path, d);
        }
    }

    private static void dated(Dated dated, String what, String path, Diagnostics d) {
        if (dated != null && dated.dateInferred() && dated.note() == null) {
            missing(what, dated.pos(), path, d);
        }
    }

    private static void missing(String what, Pos pos, String path, Diagnostics d) {
        d.error(path, pos, "inferred " + what + " without a reason",
                "add \"note\": \"...\" saying how the " + what + (what.contains(" and ") ? " were" : " was")
                        + " worked out from the source");
    }
}
