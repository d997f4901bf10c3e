package org.officialvoices.render;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import org.officialvoices.content.MarkdownLinks;
import org.officialvoices.site.MarkdownToHtml;
import org.officialvoices.site.XmlText;
import org.officialvoices.site.Routes;

/**
 * Markdown to HTML for case studies and pages, configured once and safe to share between threads.
 *
 * <p>This is where hostile input stops: raw HTML in Markdown is escaped, not passed through, and link and
 * image URLs other than http, https, mailto and relative ones are dropped. Internal links such as
 * {@code account:x} become relative page URLs.
 */
public final class MarkdownRenderer implements MarkdownToHtml {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("([a-z][a-z0-9+.-]*):");

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create(),
            HeadingAnchorExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .build();

    @Override
    public String render(String markdown, String root) {
        Node document = parser.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                visitChildren(link);
                String destination = resolve(XmlText.clean(link.getDestination()), root);
                if (destination == null) {
                    unwrap(link);
                } else {
                    link.setDestination(destination);
                }
            }

            @Override
            public void visit(Image image) {
                String destination = resolve(XmlText.clean(image.getDestination()), root);
                if (destination == null) {
                    unwrap(image);
                } else {
                    image.setDestination(destination);
                }
            }
        });
        // A character reference such as &#1; or &#xD800; decodes to a character no page may hold: drop it. Link
        // destinations were cleaned before their scheme was checked, so dropping cannot make "java&#x85;script:" whole
        return XmlText.clean(renderer.render(document));
    }

    /** The URL to write for {@code destination}: an internal page, a safe URL as is, or null when unsafe. */
    static String resolve(String destination, String root) {
        Optional<MarkdownLinks.Scheme> internal = MarkdownLinks.schemeOf(destination);
        if (internal.isPresent()) {
            return root + route(internal.get(), destination.substring(internal.get().prefix().length()));
        }
        // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"), so we do too.
        String compact = destination.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
        Matcher scheme = SCHEME.matcher(compact);
        if (scheme.lookingAt() && !SAFE_SCHEMES.contains(scheme.group(1))) {
            return null;
        }
        return destination;
    }

    /** Replaces a link or image whose URL is unsafe by its text, so the words stay and the URL goes. */
    private static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
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
