package org.officialvoices.check;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.officialvoices.content.Content;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.diag.Pos;
import org.officialvoices.source.SourceKind;

/**
 * Ids become folder names in the output, so they must be plain slugs: nothing that could climb out of
 * the output folder ({@code ../}, slashes, control characters) or that Windows reserves ({@code con}, {@code nul}).
 */
public final class IdsAreSafe implements Rule {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    static final int MAX_LENGTH = 80;
    private static final Set<String> WINDOWS_RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    @Override
    public void check(Content c, Known known, Diagnostics d) {
        c.accounts().forEach(a -> check("account", a.id(), a.path(), a.idPos(), d));
        c.datasets().forEach(ds -> {
            check("dataset", ds.id(), ds.path(), ds.idPos(), d);
            ds.figures().forEach(f -> check("figure", f.id(), ds.path(), f.idPos(), d));
        });
        c.sources().forEach(s -> check("source", s.id(), SourceKind.SOURCES.pattern(), s.idPos(), d));
        c.platforms().forEach(p -> check("platform", p.id(), SourceKind.PLATFORMS.pattern(), p.idPos(), d));
        c.kinds().forEach(k -> check("kind", k.id(), SourceKind.KINDS.pattern(), k.idPos(), d));
        c.caseStudies().forEach(cs -> check("case study file name", cs.slug(), cs.path(), Pos.START, d));
        c.pages().forEach(p -> check("page file name", p.slug(), p.path(), Pos.START, d));
    }

    static void check(String what, String id, String path, Pos pos, Diagnostics d) {
        String problem = problem(id);
        if (problem != null) {
            d.error(path, pos, what + " id \"" + printable(id) + "\" " + problem,
                    "use lower-case letters, digits and single hyphens, e.g. \"alhambra-police-weibo\"");
        }
    }

    /** What makes {@code id} unsafe, or null when it is a safe slug. */
    public static String problem(String id) {
        if (id.length() > MAX_LENGTH) {
            return "is longer than " + MAX_LENGTH + " characters";
        }
        if (WINDOWS_RESERVED.contains(id.toLowerCase(Locale.ROOT))) {
            return "is a name Windows reserves for devices";
        }
        if (!SLUG.matcher(id).matches()) {
            return "is not a safe slug";
        }
        return null;
    }

    /** Shows control characters as escapes so the message itself stays on one line. */
    private static String printable(String id) {
        StringBuilder b = new StringBuilder();
        id.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
