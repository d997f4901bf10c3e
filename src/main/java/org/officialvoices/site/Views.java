package org.officialvoices.site;

import java.util.List;

import org.officialvoices.content.CaseStudy;
import org.officialvoices.content.Dataset;
import org.officialvoices.content.Source;
import org.officialvoices.content.TextPage;
import org.officialvoices.site.Rows.AccountRow;
import org.officialvoices.site.Rows.Citation;
import org.officialvoices.site.Rows.DatasetRow;
import org.officialvoices.site.Rows.EventRow;
import org.officialvoices.site.Rows.FigureRow;
import org.officialvoices.site.Rows.LatestRow;
import org.officialvoices.site.Rows.ObservationRow;
import org.officialvoices.site.Rows.SourceRow;
import org.officialvoices.site.Rows.TermRow;

/** The typed parameter of each page template, one record per kind of page. */
public final class Views {

    private Views() {
    }

    public record HomeView(PageMeta meta, String introHtml, List<FigureRow> keyFigures, List<CaseStudy> caseStudies,
            List<LatestRow> latest, int accountCount, int datasetCount, int sourceCount) {
    }

    /**
     * A paginated table of accounts: all of them, or those of one platform or kind.
     *
     * @param fact a dated fact about the subject (a platform's launch), or null
     */
    public record AccountListView(PageMeta meta, String heading, String headingZh, String summary,
            Rows.DatedRow launched, List<AccountRow> rows, Pager pager, int total) {
    }

    public record AccountView(PageMeta meta, AccountRow row, Rows.DatedRow created, Source foundIn,
            List<EventRow> events, List<ObservationRow> observations, List<CaseStudy> caseStudies,
            List<Dataset> datasets, List<AccountRow> related, List<LineChart> charts,
            List<Rows.DisagreementRow> disagreements) {
    }

    public record CaseStudyView(PageMeta meta, CaseStudy caseStudy, String html, List<AccountRow> accounts,
            List<Source> sources, List<Dataset> datasets) {
    }

    public record CaseStudyIndexView(PageMeta meta, List<CaseStudy> caseStudies) {
    }

    /** @param jsonLd schema.org metadata, already escaped for a script block; on the first page only, else null */
    public record DatasetView(PageMeta meta, Dataset dataset, List<FigureRow> figures, List<AccountRow> accounts,
            Pager pager, List<Source> sources, List<CaseStudy> caseStudies, String jsonLd, List<BarChart> charts,
            List<Rows.DisagreementRow> disagreements) {
    }

    public record DatasetIndexView(PageMeta meta, List<DatasetRow> datasets) {
    }

    public record TermIndexView(PageMeta meta, String heading, String intro, List<TermRow> terms) {
    }

    public record SourcesView(PageMeta meta, List<SourceRow> sources) {
    }

    public record SourceView(PageMeta meta, Source source, List<Citation> citations, Pager pager, int total) {
    }

    public record TextPageView(PageMeta meta, TextPage page, String html) {
    }

    public record NotFoundView(PageMeta meta) {
    }

    public record CorrectionsView(PageMeta meta, List<Rows.CorrectionRow> corrections) {
    }

    /**
     * The data page.
     *
     * @param unreleased true when the current data differs from the latest release (or nothing is released yet)
     * @param exampleAccount an account id, to show the address of one account's download; null if there are none
     */
    public record DataView(PageMeta meta, List<DataPages.TableRow> tables, org.officialvoices.content.Release latest,
            List<DataPages.ReleaseRow> releases, boolean unreleased, String citation, String bibtex, String jsonLd,
            String exampleAccount) {
    }

    /** One release: its files and what changed since {@code previous} (null for the first). */
    public record ReleaseView(PageMeta meta, org.officialvoices.content.Release release, String previous, String next,
            List<DataPages.TableRow> tables, List<DataPages.ChangeGroup> changes, String notes, String citation,
            String bibtex) {
    }

    public record SearchView(PageMeta meta) {
    }

    /**
     * The compare page: accounts' latest follower counts in one table, which its script turns into a chart of the
     * accounts a reader picks.
     *
     * @param rows      accounts with a follower count, the largest first, at most {@code SitePlanner.COMPARE_LIMIT}
     * @param counted   how many accounts have a follower count (more than {@code rows} when the list is cut)
     * @param uncounted how many accounts have none, and so are not listed
     */
    public record CompareView(PageMeta meta, List<AccountRow> rows, int counted, int uncounted) {
    }
}
