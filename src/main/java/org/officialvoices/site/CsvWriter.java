package org.officialvoices.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The one way the build writes CSV: a header line, then rows of text and number cells. A text cell that a
 * spreadsheet would run as a formula (one starting with {@code = + - @}, a tab or a carriage return) gets
 * a single quote in front, as OWASP recommends for CSV injection: the reader still sees the text, and no
 * spreadsheet evaluates it. Number cells are written as they are, so {@code -5} stays a number.
 *
 * <p>Usage: {@code var csv = new CsvWriter(columns, 4096); csv.text("a").number("-5").endRow(); csv.bytes()}
 */
final class CsvWriter implements AutoCloseable {

    /** Quotes a cell only when it needs it (by default Jackson quotes every cell longer than 24 characters). */
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final ByteArrayOutputStream out;
    private final CsvGenerator generator;
    private boolean inRow;

    CsvWriter(List<String> columns, int expectedSize) {
        this(columns, new ByteArrayOutputStream(expectedSize));
    }

    /** A writer into {@code target}, which it does not close; {@link #bytes()} is then unavailable. */
    CsvWriter(List<String> columns, java.io.OutputStream target) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        columns.forEach(schema::addColumn);
        out = target instanceof ByteArrayOutputStream buffer ? buffer : null;
        try {
            generator = MAPPER.getFactory().createGenerator(target);
            generator.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        generator.setSchema(schema.build());
    }

    /** A cell of text; neutralised if a spreadsheet would read it as a formula. */
    CsvWriter text(String value) {
        return cell(neutralised(XmlText.clean(value == null ? "" : value)));
    }

    /** A cell holding a number, written as it is. */
    CsvWriter number(String plainNumber) {
        return cell(plainNumber);
    }

    /** Ends the current row. */
    CsvWriter endRow() {
        try {
            if (inRow) {
                generator.writeEndArray();
                inRow = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The whole file, after the last row. */
    byte[] bytes() {
        close();
        return out.toByteArray();
    }

    @Override
    public void close() {
        try {
            endRow();
            generator.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code value} with a leading single quote when its first character would start a formula. */
    static String neutralised(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private CsvWriter cell(String value) {
        try {
            if (!inRow) {
                generator.writeStartArray();
                inRow = true;
            }
            generator.writeString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
