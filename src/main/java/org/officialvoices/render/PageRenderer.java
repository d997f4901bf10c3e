package org.officialvoices.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.Utf8ByteOutput;

import java.io.IOException;
import java.io.OutputStream;

import org.officialvoices.site.SitePlan.PageJob;

/** Renders pages with the jte templates precompiled at build time; one engine, shared by all threads. */
public final class PageRenderer {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders {@code job} and writes its HTML as UTF-8 to {@code out}; a template failure names the page. */
    public void render(PageJob job, OutputStream out) throws IOException {
        Object view = job.view().get();
        Utf8ByteOutput output = new Utf8ByteOutput();
        try {
            engine.render(job.template(), view, output);
        } catch (TemplateException e) {
            throw new IllegalStateException("failed to render page '" + job.route() + "' with " + job.template()
                    + ": " + e.getMessage(), e);
        }
        output.writeTo(out);
    }
}
