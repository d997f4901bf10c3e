package org.officialvoices.content;

import java.util.List;

/**
 * A Markdown case study from {@code case-studies/<slug>.md}.
 *
 * @param bodyLine the file line where the Markdown body starts, to report body problems at file lines
 * @param textHash the hash of the file's text, which its translation records ({@link Translations#ofDocument})
 */
public record CaseStudy(String slug, String title, String summary, PartialDate date, List<Ref> accounts,
        List<Ref> sources, List<Ref> datasets, String body, int bodyLine, String path,
        String textHash) {

    public CaseStudy {
        accounts = List.copyOf(accounts);
        sources = List.copyOf(sources);
        datasets = List.copyOf(datasets);
    }
}
