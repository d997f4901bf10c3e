package org.officialvoices.check;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.officialvoices.content.Content;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.diag.Pos;
import org.officialvoices.source.SourceKind;

/** Each id names one record in its namespace; pages must not take a URL the site uses for itself. */
final class IdsAreUnique implements Rule {

    /** Top-level folders the site writes; a page with one of these slugs would overwrite them. */
    static final Set<String> RESERVED_PAGE_SLUGS = Set.of("accounts", "case-studies", "datasets", "sources",
            "platforms", "kinds", "assets", "corrections", "search", "home", "404");

    @Override
    public void check(Content c, Known known, Diagnostics d) {
        Map<String, String> seen = new HashMap<>();
        c.accounts().forEach(a -> once("account", a.id(), a.path(), a.idPos(), seen, d));
        seen.clear();
        c.datasets().forEach(ds -> once("dataset", ds.id(), ds.path(), ds.idPos(), seen, d));
        seen.clear();
        c.datasets().forEach(ds -> ds.figures().forEach(f -> once("figure", f.id(), ds.path(), f.idPos(), seen, d)));
        seen.clear();
        c.sources().forEach(s -> once("source", s.id(), SourceKind.SOURCES.pattern(), s.idPos(), seen, d));
        seen.clear();
        c.platforms().forEach(p -> once("platform", p.id(), SourceKind.PLATFORMS.pattern(), p.idPos(), seen, d));
        seen.clear();
        c.kinds().forEach(k -> once("kind", k.id(), SourceKind.KINDS.pattern(), k.idPos(), seen, d));
        seen.clear();
        c.corrections().forEach(k -> once("correction", k.id(), SourceKind.CORRECTIONS.pattern(), k.idPos(), seen, d));
        c.pages().stream()
                .filter(p -> RESERVED_PAGE_SLUGS.contains(p.slug()) && !p.slug().equals("home"))
                .forEach(p -> d.error(p.path(), Pos.START, "page name \"" + p.slug() + "\" is used by the site itself",
                        "rename the file; reserved names: " + String.join(", ", new java.util.TreeSet<>(RESERVED_PAGE_SLUGS))));
    }

    private static void once(String what, String id, String path, Pos pos, Map<String, String> seen, Diagnostics d) {
        String first = seen.putIfAbsent(id, path);
        if (first != null) {
            d.error(path, pos, "duplicate " + what + " id \"" + id + "\"", "it is already used in " + first);
        }
    }
}
