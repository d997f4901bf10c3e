package org.officialvoices.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds internal links, anchors, stylesheets, scripts and images in a built site that point at nothing. */
public final class LinkChecker {

    private LinkChecker() {
    }

    /** Problems as "page → target" lines; empty when every internal reference resolves. */
    public static List<String> brokenLinks(Path site) {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".html"))::iterator) {
                if (file.getFileName().toString().equals("404.html")) {
                    continue; // its links start from the base URL's path, checked separately
                }
                Document doc = Jsoup.parse(Files.readString(file));
                for (Element el : doc.select("a[href], link[href], script[src], img[src]")) {
                    String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                    String problem = check(site, file, ref);
                    if (problem != null) {
                        broken.add(site.relativize(file) + " → " + ref + " (" + problem + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return broken;
    }

    private static String check(Path site, Path page, String ref) throws IOException {
        URI uri = URI.create(ref);
        if (uri.isAbsolute() || ref.startsWith("//")) {
            return null; // external
        }
        String path = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
        Path target = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!target.startsWith(site)) {
            return "leaves the site";
        }
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            return "no such file";
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")) {
            Document doc = Jsoup.parse(Files.readString(target));
            if (doc.getElementById(fragment) == null) {
                return "no element with id " + fragment;
            }
        }
        return null;
    }
}
