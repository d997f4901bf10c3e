package org.officialvoices.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import org.officialvoices.diag.Pos;

/**
 * Links inside Markdown that point at our own records, written {@code [text](account:alhambra-police-weibo)}.
 * Editors link by id; the build turns ids into page URLs and reports ids that do not exist.
 */
public final class MarkdownLinks {

    /** The record kinds a Markdown link can point at, by scheme. */
    public enum Scheme {
        ACCOUNT("account"), SOURCE("source"), DATASET("dataset"), CASE_STUDY("case-study"), PLATFORM("platform"),
        KIND("kind");

        private final String prefix;

        Scheme(String name) {
            this.prefix = name + ":";
        }

        public String prefix() {
            return prefix;
        }
    }

    /** One internal link: its scheme, the id it names, and where it is in the file. */
    public record InternalLink(Scheme scheme, Ref target) {
    }

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private MarkdownLinks() {
    }

    /** Splits {@code account:x} into scheme and id, if it uses one of our schemes. */
    public static Optional<Scheme> schemeOf(String destination) {
        return Arrays.stream(Scheme.values()).filter(s -> destination.startsWith(s.prefix)).findFirst();
    }

    /** Internal links in {@code body}, positioned at file lines given the line the body starts on. */
    public static List<InternalLink> scan(String body, int bodyLine) {
        List<InternalLink> links = new ArrayList<>();
        Node document = PARSER.parse(body);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                String destination = link.getDestination();
                schemeOf(destination).ifPresent(scheme -> {
                    List<SourceSpan> spans = link.getSourceSpans();
                    Pos pos = spans.isEmpty() ? new Pos(bodyLine, 1)
                            : new Pos(bodyLine + spans.get(0).getLineIndex(), spans.get(0).getColumnIndex() + 1);
                    links.add(new InternalLink(scheme, new Ref(destination.substring(scheme.prefix().length()), pos)));
                });
                visitChildren(link);
            }
        });
        return links;
    }
}
