package org.officialvoices.check;

import org.officialvoices.content.Content;
import org.officialvoices.content.Release;
import org.officialvoices.content.ReleaseFormat;
import org.officialvoices.diag.Diagnostics;

/**
 * A release is named by its version, and its tables are the ones it was made with: a release altered by hand
 * (one value corrected in place) is refused, since its files are published for good and cited by version.
 */
final class ReleasesAreIntact implements Rule {

    @Override
    public void check(Content c, Known known, Diagnostics d) {
        for (Release r : c.releases()) {
            String stem = r.path().substring(r.path().lastIndexOf('/') + 1, r.path().length() - ".json".length());
            if (!ReleaseFormat.VERSION.matcher(r.version()).matches()) {
                d.error(r.path(), r.versionPos(), "release version \"" + r.version() + "\" is not of the form 1.2.3",
                        "releases are made by the release command; restore the file from version control");
            } else if (!r.version().equals(stem)) {
                d.error(r.path(), r.versionPos(), "release " + r.version() + " is in a file named for " + stem,
                        "rename the file to releases/" + r.version() + ".json");
            }
            String digest = ReleaseFormat.tablesDigest(r.tables());
            if (!digest.equals(r.sha256())) {
                d.error(r.path(), r.versionPos(), "release " + r.version() + " was altered after it was made: its tables "
                        + "no longer match the recorded sha256 (" + r.sha256() + ", now " + digest + ")",
                        "releases are permanent; restore the file from version control (git checkout -- " + r.path()
                                + ") and put corrections in a new release");
            }
        }
    }
}
