package org.officialvoices.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.officialvoices.site.Routes;
import org.officialvoices.site.SitePlan.FileJob;

/** The site's own static files (stylesheet, table and search scripts), shipped inside the jar. */
public final class Assets {

    private Assets() {
    }

    public static List<FileJob> files() {
        return List.of(new FileJob(Routes.STYLESHEET, () -> resource("/assets/style.css")),
                new FileJob(Routes.SCRIPT, () -> resource("/assets/tables.js")),
                new FileJob(Routes.SEARCH_SCRIPT, () -> resource("/assets/search.js")));
    }

    static byte[] resource(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
