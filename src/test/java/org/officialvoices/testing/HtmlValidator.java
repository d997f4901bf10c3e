package org.officialvoices.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Checks HTML files with the Nu HTML checker (the engine behind validator.w3.org/nu), offline. */
public final class HtmlValidator {

    private HtmlValidator() {
    }

    /** Every error in every {@code .html} file under {@code site}, as "file:line:column: message". */
    public static List<String> errors(Path site) {
        List<String> errors = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            List<Path> pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            for (Path page : pages) {
                errors.addAll(errors(site, page));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return errors;
    }

    /** The number of pages {@link #errors(Path)} would check. */
    public static long pageCount(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every error in one page of {@code site}, as "page:line:column: message". */
    public static List<String> errors(Path site, Path page) {
        List<String> errors = new ArrayList<>();
        String name = site.relativize(page).toString();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings (such as "consider adding a lang attribute") do not fail the check
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(name + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        try {
            SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
            validator.setUpValidatorAndParsers(handler, true, false);
            validator.checkHtmlFile(page.toFile(), true);
        } catch (Exception e) {
            errors.add(name + ": checker failed: " + e);
        }
        return errors;
    }
}
