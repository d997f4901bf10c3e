package org.officialvoices.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.Utf8ByteOutput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.officialvoices.site.SitePlan.PageJob;

/** Renders pages with the jte templates precompiled at build time; one engine, shared by all threads. */
public final class PageRenderer {

    private final TemplateEngine engine;

    public PageRenderer() {
        this(TemplateEngine.createPrecompiled(ContentType.Html));
    }

    PageRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    /** The HTML of {@code job} as UTF-8; a template failure names the page it happened on. */
    public byte[] render(PageJob job) {
        Object view = job.view().get();
        Utf8ByteOutput output = new Utf8ByteOutput();
        try {
            engine.render(job.template(), view, output);
        } catch (TemplateException e) {
            throw new IllegalStateException("failed to render page '" + job.route() + "' with " + job.template()
                    + ": " + e.getMessage(), e);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(output.getContentLength());
        try {
            output.writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
