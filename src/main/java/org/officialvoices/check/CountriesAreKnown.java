package org.officialvoices.check;

import java.util.Locale;
import java.util.Set;

import org.officialvoices.content.Content;
import org.officialvoices.diag.Diagnostics;

/** Countries are ISO 3166 two-letter codes, so that names and filters stay consistent. */
public final class CountriesAreKnown implements Rule {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    /** Whether {@code code} is an ISO 3166 two-letter code, as check requires of an account's country. */
    public static boolean isCode(String code) {
        return CODES.contains(code);
    }

    @Override
    public void check(Content c, Known known, Diagnostics d) {
        c.accounts().stream()
                .filter(a -> !isCode(a.country()))
                .forEach(a -> d.error(a.path(), a.countryPos(), "unknown country code \"" + a.country() + "\"",
                        "use an ISO 3166 two-letter code in capitals, such as \"CN\", \"US\" or \"DK\""));
    }
}
