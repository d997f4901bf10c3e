package org.officialvoices.site;

import java.util.List;

import org.officialvoices.content.Account;
import org.officialvoices.content.Dataset;
import org.officialvoices.content.Dated;
import org.officialvoices.content.Event;
import org.officialvoices.content.Figure;
import org.officialvoices.content.Kind;
import org.officialvoices.content.Observation;
import org.officialvoices.content.Platform;
import org.officialvoices.content.Source;

/** Small row records the templates iterate over; each pairs a figure with the source it cites. */
public final class Rows {

    private Rows() {
    }

    /**
     * One account in a table, with its latest follower count (null when none is recorded) and the route of its
     * page, made once: pages link to each account from five listings and beside related accounts.
     */
    public record AccountRow(Account account, String route, Platform platform, Kind kind, String country,
            ObservationRow latestFollowers) {
    }

    public record ObservationRow(Observation observation, Source source) {
    }

    public record FigureRow(Figure figure, Dataset dataset, Source source) {
    }

    /** A date such as an account's creation, with the source it comes from and the others that report it too. */
    public record DatedRow(Dated dated, Source source, List<Source> confirmedBy) {
    }

    /**
     * A correction as pages show it: the entry, where its subject's page is, what that page is called, and the
     * sources that support it.
     */
    public record CorrectionRow(org.officialvoices.content.Correction correction, String subjectRoute,
            String subjectTitle, List<Source> sources) {

        /** The anchor of this entry on the corrections page. */
        public String anchor() {
            return "correction-" + correction.id();
        }
    }

    public record EventRow(Event event, Source source) {
    }

    /** Where sources disagree about an account, each claim with its source resolved. */
    public record DisagreementRow(org.officialvoices.content.Disagreement disagreement, List<ClaimRow> claims) {

        public DisagreementRow {
            claims = List.copyOf(claims);
        }
    }

    /** One side of a disagreement: what a source says, and the source. */
    public record ClaimRow(org.officialvoices.content.Disagreement.Claim claim, Source source) {
    }

    /** An observation on the home page's "latest" list. */
    public record LatestRow(Account account, ObservationRow row) {
    }

    /**
     * A figure citing a source, for the source's page: what it is about and where to read it. There is one
     * citation per observation (half a million at 178,700 accounts), so it shares its route with the account's
     * row rather than making its own.
     *
     * @param dataset whether {@code id} is a dataset's (else an account's)
     * @param route   the page of that account or dataset
     */
    public record Citation(String about, boolean dataset, String id, String route, Observation observation) {

        /** The {@link Deps} key of the account or dataset the figure belongs to. */
        public String subject() {
            return Deps.key(dataset ? "dataset" : "account", id);
        }
    }

    /** One platform or kind on an index page. */
    public record TermRow(String label, String labelZh, String summary, String route, int count) {
    }

    public record DatasetRow(Dataset dataset, int accountCount) {
    }

    public record SourceRow(Source source, int citations) {
    }
}
