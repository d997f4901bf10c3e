package org.officialvoices.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.StringOutput;

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

    /** The HTML of {@code job}; a template failure names the page it happened on. */
    public String render(PageJob job) {
        Object view = job.view().get();
        StringOutput output = new StringOutput(16 * 1024);
        try {
            engine.render(job.template(), view, output);
        } catch (TemplateException e) {
            throw new IllegalStateException("failed to render page '" + job.route() + "' with " + job.template()
                    + ": " + e.getMessage(), e);
        }
        return output.toString();
    }
}
