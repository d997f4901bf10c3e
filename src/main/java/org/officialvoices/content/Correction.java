package org.officialvoices.content;

import java.util.List;

import org.officialvoices.diag.Pos;

/**
 * One entry of the corrections log, {@code corrections.json}: what was changed in the report, when and why.
 * Written by hand, in our words, when a published fact turns out to be wrong.
 *
 * @param subject the record corrected, as {@code kind:id} ({@code account:alhambra-police-weibo}); see {@link Subject}
 * @param before  what the report said, or null when nothing was shown before
 * @param after   what it says now, or null when the fact was removed
 * @param sources the sources that show the correction is right
 */
public record Correction(String id, Pos idPos, PartialDate date, Subject subject, String what, String before,
        String after, String why, List<Ref> sources, Pos pos) {

    public Correction {
        sources = List.copyOf(sources);
    }

    /** The record a correction is about: one of the kinds that have a page of their own, and its id. */
    public record Subject(String kind, String id, Pos pos) {

        /** The kinds a subject may name, as written before the colon. */
        public static final List<String> KINDS = List.of("account", "dataset", "source", "case-study", "page");

        /** The form used in the file and in dependency keys: {@code account:alhambra-police-weibo}. */
        public String key() {
            return kind + ":" + id;
        }
    }
}
