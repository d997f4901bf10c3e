package org.officialvoices.testing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.xml.sax.InputSource;

/**
 * What must hold of every site the generator writes, whatever its content: every page passes the Nu HTML
 * checker; every XML file parses; no page holds a script, an event-handler attribute or a link with a
 * scheme other than http, https or mailto; no CSV text cell starts like a formula and every number cell is
 * a number. Used by the fuzz tests on every input they build.
 */
public final class SiteInvariants {

    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SiteInvariants() {
    }

    /**
     * Every violation in {@code site}, as "file: what". Pages whose bytes' SHA-256 is in {@code validPages}
     * passed the Nu checker before and are not checked again (the checker is the slow part); pages that pass
     * are added to it.
     */
    public static List<String> violations(Path site, Set<String> validPages) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = site.relativize(file).toString();
                byte[] bytes = Files.readAllBytes(file);
                if (name.endsWith(".html")) {
                    String hash = sha256(bytes);
                    if (!validPages.contains(hash)) {
                        List<String> errors = HtmlValidator.errors(site, file);
                        found.addAll(errors);
                        if (errors.isEmpty()) {
                            validPages.add(hash);
                        }
                    }
                    injections(Jsoup.parse(new String(bytes, StandardCharsets.UTF_8))).forEach(v -> found.add(name + ": " + v));
                } else if (name.endsWith(".xml") || name.endsWith(".svg")) {
                    String problem = xmlProblem(bytes);
                    if (problem != null) {
                        found.add(name + ": not well-formed XML: " + problem);
                    }
                } else if (name.endsWith(".csv")) {
                    csvProblems(new String(bytes, StandardCharsets.UTF_8)).forEach(v -> found.add(name + ": " + v));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** The site's two scripts under their fingerprinted names, as the end of a {@code src}. */
    public static final String OWN_SCRIPT = "assets/(tables|search|compare)\\.[0-9a-f]{10}\\.js$";

    /** Scripts other than the site's own files, framing or form elements, event handlers and unsafe URLs. */
    public static List<String> injections(Document doc) {
        List<String> found = new ArrayList<>();
        for (Element el : doc.select("script, iframe, object, embed, base, frame, meta[http-equiv=refresh], form")) {
            boolean ownScript = el.is("script[src]") && el.data().isEmpty()
                    && el.attr("src").matches(".*" + OWN_SCRIPT);
            boolean structuredData = el.is("script[type=application/ld+json]") && !el.data().contains("<");
            boolean interfaceText = el.is("script#ui-text[type=application/json]") && !el.data().contains("<")
                    && el.data().startsWith("{");
            boolean searchForm = el.is("form") && el.attr("action").endsWith("search/");
            if (!ownScript && !structuredData && !interfaceText && !searchForm) {
                found.add("injected element " + el.outerHtml());
            }
        }
        for (Element el : doc.getAllElements()) {
            for (Attribute a : el.attributes().asList()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) {
                    found.add("event-handler attribute " + key + " on <" + el.tagName() + ">");
                }
                if (Set.of("href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "data").contains(key)) {
                    String url = a.getValue().replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
                    var m = SCHEME.matcher(url);
                    if (m.find() && !SAFE_SCHEMES.contains(m.group(1))) {
                        found.add("unsafe URL " + key + "=\"" + a.getValue() + "\" on <" + el.tagName() + ">");
                    }
                }
            }
        }
        return found;
    }

    /** Null if {@code bytes} is well-formed XML, else the parser's complaint. */
    public static String xmlProblem(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.parse(new InputSource(new java.io.ByteArrayInputStream(bytes)));
            return null;
        } catch (Exception e) {
            return e.getMessage();
        }
    }

    /**
     * Text cells a spreadsheet would run (OWASP's formula starts) and number cells that are not numbers; the
     * column named {@code value} holds numbers, every other column text.
     */
    public static List<String> csvProblems(String csv) {
        List<String> found = new ArrayList<>();
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(new StringReader(csv))) {
            String[] header = rows.hasNext() ? rows.next() : new String[0];
            int line = 1;
            while (rows.hasNext()) {
                String[] row = rows.next();
                line++;
                for (int i = 0; i < row.length; i++) {
                    String cell = row[i];
                    boolean number = i < header.length && header[i].equals("value");
                    if (number && !cell.matches("-?[0-9]+(\\.[0-9]+)?")) {
                        found.add("row " + line + ": number cell is not a number: " + cell);
                    } else if (!number && !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0) {
                        found.add("row " + line + ": text cell a spreadsheet would run: " + cell);
                    }
                }
            }
        } catch (IOException e) {
            found.add("not readable as CSV: " + e.getMessage());
        }
        return found;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
