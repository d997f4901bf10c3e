package org.officialvoices.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.officialvoices.site.Routes;
import org.officialvoices.site.SitePlan.FileJob;

/**
 * The site's own static files (stylesheet, table and search scripts). They live in {@code templates/assets/};
 * builds take the copies packed into the jar, serve mode reads the folder so an edit shows at once.
 */
public final class Assets {

    private static final List<String> ROUTES = List.of(Routes.STYLESHEET, Routes.SCRIPT, Routes.SEARCH_SCRIPT);

    private Assets() {
    }

    /** The copies inside the jar. */
    public static List<FileJob> files() {
        return ROUTES.stream().map(route -> new FileJob(route, () -> resource("/" + route))).toList();
    }

    /** The copies in {@code templatesDir/assets/}, read when asked for. */
    public static List<FileJob> files(Path templatesDir) {
        return ROUTES.stream().map(route -> new FileJob(route, () -> {
            try {
                return Files.readAllBytes(templatesDir.resolve(route));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + templatesDir.resolve(route), e);
            }
        })).toList();
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
