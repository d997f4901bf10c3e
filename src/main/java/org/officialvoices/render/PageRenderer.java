package org.officialvoices.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.resolve.DirectoryCodeResolver;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.officialvoices.site.SitePlan.PageJob;

/**
 * Renders pages with jte; one engine, shared by all threads. Builds use the templates precompiled by Maven;
 * serve mode uses {@link #hotReloading}, which compiles templates from their folder and recompiles one when
 * it (or a template it calls) changes on disk.
 */
public final class PageRenderer {

    private final TemplateEngine engine;
    /** One buffer per rendering thread, reused from page to page. */
    private final ThreadLocal<PageBuffer> buffers = ThreadLocal.withInitial(PageBuffer::new);

    /** The templates compiled into this program: fast, and the same on every machine. */
    public PageRenderer() {
        this(TemplateEngine.createPrecompiled(ContentType.Html));
    }

    private PageRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    /** The note after English text standing in for a missing Chinese translation (本段尚无中文译文). */
    private final String fallbackNote = org.officialvoices.site.Words.packed(org.officialvoices.site.Lang.ZH).t("fallback.note");

    /** Templates read from {@code templatesDir} and compiled into {@code classDir} as they are first used. */
    public static PageRenderer hotReloading(Path templatesDir, Path classDir) {
        TemplateEngine engine = TemplateEngine.create(new DirectoryCodeResolver(templatesDir), classDir, ContentType.Html,
                PageRenderer.class.getClassLoader());
        engine.setTrimControlStructures(true); // as the Maven plugin is configured, so output is the same
        return new PageRenderer(engine);
    }

    /** The templates that call {@code template}, directly or not, among those compiled so far. */
    public List<String> templatesUsing(String template) {
        return engine.getTemplatesUsing(template);
    }

    /**
     * Compiles {@code template} now if it is new or changed (hot reloading only), one template at a time: jte
     * compiling the same template from several rendering threads at once can load a half-written class.
     *
     * @return null when ready, else jte's message naming the template file and line
     */
    public String prepare(String template) {
        try {
            engine.prepareForRendering(template);
            return null;
        } catch (TemplateException e) {
            return TemplateFailed.describe(e);
        }
    }

    /** Receives a rendered page: its HTML as UTF-8 is the first {@code length} bytes of {@code bytes}. */
    @FunctionalInterface
    public interface PageSink {
        void accept(byte[] bytes, int length);
    }

    /**
     * Renders {@code job} into this thread's buffer and hands it to {@code sink}, which must not keep the
     * array: the thread's next page is rendered into it. A template failure names the page.
     */
    public void render(PageJob job, PageSink sink) {
        PageBuffer buffer = renderIntoBuffer(job);
        sink.accept(buffer.array(), buffer.length());
    }

    /** Renders {@code job} into a new array of the page's HTML as UTF-8. */
    public byte[] render(PageJob job) {
        PageBuffer buffer = renderIntoBuffer(job);
        return Arrays.copyOf(buffer.array(), buffer.length());
    }

    private PageBuffer renderIntoBuffer(PageJob job) {
        Object view = job.view().get();
        PageBuffer buffer = buffers.get();
        buffer.clear();
        buffer.fallback(fallbackNote, job.english());
        try {
            engine.render(job.template(), view, buffer);
        } catch (TemplateException e) {
            throw new TemplateFailed(job, e);
        }
        return buffer;
    }

    /** A template that failed to compile or to run, with the page that was being rendered. */
    public static final class TemplateFailed extends IllegalStateException {

        private final String templateMessage;

        TemplateFailed(PageJob job, TemplateException cause) {
            super("failed to render page '" + job.route() + "' with " + job.template() + ": " + cause.getMessage(), cause);
            this.templateMessage = describe(cause);
        }

        /** jte's message and, when it wraps another failure, that failure's root. */
        static String describe(TemplateException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return root == e ? e.getMessage() : e.getMessage() + ": " + root;
        }

        /** jte's own message, which names the template file and line ({@code page/account.jte:12}). */
        public String templateMessage() {
            return templateMessage;
        }
    }
}
