package org.officialvoices.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.officialvoices.site.AssetNames;
import org.officialvoices.site.Routes;
import org.officialvoices.site.SitePlan.FileJob;

/**
 * The site's own static files (stylesheet, table, search and compare scripts, icon), published under names that
 * carry a hash of their bytes ({@link AssetNames}), and the icon's copy at the site root ({@link Routes#ROOT_ICON}).
 * They live in {@code templates/assets/}; builds take the copies packed into the jar, serve mode reads the folder on
 * each rebuild so an edit shows at once.
 *
 * @param names where pages link to them
 * @param files the files to write, at those names
 */
public record Assets(AssetNames names, List<FileJob> files) {

    public Assets {
        files = List.copyOf(files);
    }

    /** The copies inside the jar. */
    public static Assets packed() {
        return of(route -> resource("/" + route));
    }

    /** The copies in {@code templatesDir/assets/}, read now. */
    public static Assets read(Path templatesDir) {
        return of(route -> {
            try {
                return Files.readAllBytes(templatesDir.resolve(route));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + templatesDir.resolve(route), e);
            }
        });
    }

    private static Assets of(Function<String, byte[]> read) {
        Map<String, String> published = new LinkedHashMap<>();
        List<FileJob> files = new ArrayList<>();
        for (String source : AssetNames.SOURCES) {
            byte[] bytes = read.apply(source);
            String route = AssetNames.fingerprinted(source, bytes);
            published.put(source, route);
            files.add(new FileJob(route, () -> bytes));
        }
        byte[] rootIcon = read.apply("assets/" + Routes.ROOT_ICON);
        files.add(new FileJob(Routes.ROOT_ICON, () -> rootIcon));
        return new Assets(AssetNames.of(published), files);
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
