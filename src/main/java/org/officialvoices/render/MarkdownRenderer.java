package org.officialvoices.render;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import org.officialvoices.content.MarkdownLinks;
import org.officialvoices.site.MarkdownToHtml;
import org.officialvoices.site.Routes;

/**
 * Markdown to HTML for case studies and pages, configured once and safe to share between threads.
 *
 * <p>This is where hostile input stops: raw HTML in Markdown is escaped, not passed through, and link and
 * image URLs other than http, https, mailto and relative ones are dropped. Internal links such as
 * {@code account:x} become relative page URLs.
 */
public final class MarkdownRenderer implements MarkdownToHtml {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create(),
            HeadingAnchorExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    @Override
    public String render(String markdown, String root) {
        Node document = parser.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                String destination = link.getDestination();
                MarkdownLinks.schemeOf(destination).ifPresent(scheme -> {
                    String id = destination.substring(scheme.prefix().length());
                    link.setDestination(root + route(scheme, id));
                });
                visitChildren(link);
            }
        });
        return renderer.render(document);
    }

    private static String route(MarkdownLinks.Scheme scheme, String id) {
        return switch (scheme) {
            case ACCOUNT -> Routes.account(id);
            case SOURCE -> Routes.source(id);
            case DATASET -> Routes.dataset(id);
            case CASE_STUDY -> Routes.caseStudy(id);
            case PLATFORM -> Routes.platform(id);
            case KIND -> Routes.kind(id);
        };
    }
}
