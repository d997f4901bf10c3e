package org.officialvoices.content;

import java.util.List;

/** Everything read from content/, each list in a stable order (by file path or by position in its file). */
public record Content(SiteConfig site, List<Source> sources, List<Platform> platforms, List<Kind> kinds,
        List<Account> accounts, List<Dataset> datasets, List<CaseStudy> caseStudies, List<TextPage> pages,
        List<Correction> corrections, List<Release> releases, Translations translations) {

    public Content {
        sources = List.copyOf(sources);
        platforms = List.copyOf(platforms);
        kinds = List.copyOf(kinds);
        accounts = List.copyOf(accounts);
        datasets = List.copyOf(datasets);
        caseStudies = List.copyOf(caseStudies);
        pages = List.copyOf(pages);
        corrections = List.copyOf(corrections);
        releases = List.copyOf(releases);
    }

    /** The same content with other site settings. */
    public Content withSite(SiteConfig site) {
        return new Content(site, sources, platforms, kinds, accounts, datasets, caseStudies, pages, corrections, releases,
                translations);
    }
}
