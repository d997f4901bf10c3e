package org.officialvoices.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.officialvoices.content.Account;
import org.officialvoices.content.CaseStudy;
import org.officialvoices.content.Content;
import org.officialvoices.content.Correction;
import org.officialvoices.content.Dataset;
import org.officialvoices.content.Figure;
import org.officialvoices.content.Kind;
import org.officialvoices.content.Metric;
import org.officialvoices.content.Observation;
import org.officialvoices.content.PartialDate;
import org.officialvoices.content.Platform;
import org.officialvoices.content.Ref;
import org.officialvoices.content.Source;
import org.officialvoices.parallel.Batches;
import org.officialvoices.site.Rows.AccountRow;
import org.officialvoices.site.Rows.Citation;
import org.officialvoices.site.Rows.ObservationRow;

/**
 * Lookups and cross-references of checked content, each built once with maps so that no page costs a scan
 * of all accounts. Immutable after construction.
 */
public final class SiteIndex {

    /** Listing order: by name, then id, so equal names still sort the same way every time. */
    static final Comparator<Account> BY_NAME = Comparator.comparing(Account::name).thenComparing(Account::id);
    static final int RELATED_LIMIT = 12;

    final Content content;
    final Map<String, Source> sources;
    final Map<String, Platform> platforms;
    final Map<String, Kind> kinds;
    final Map<String, Dataset> datasets;
    final Map<String, Figure> figures;
    final Map<String, Dataset> figureDatasets;
    final List<Account> accountsByName;
    final Map<String, List<Dataset>> datasetsByAccount;
    final Map<String, List<CaseStudy>> caseStudiesByAccount;
    final Map<String, List<CaseStudy>> caseStudiesByDataset;
    final Map<String, List<Account>> accountsByPlatform;
    final Map<String, List<Account>> accountsByKind;
    final Map<String, List<Account>> accountsByOwner;
    final Map<String, List<Citation>> citationsBySource;
    final List<CaseStudy> caseStudiesByDate;
    final Map<String, List<Account>> membersByDataset;
    /** The corrections log, newest first, and the same entries by the route of the page each corrects. */
    final List<Rows.CorrectionRow> corrections;
    final Map<String, List<Rows.CorrectionRow>> correctionsByRoute;
    /**
     * Each account's table row, by id, made once; also the map from id to account. An account appears in five
     * listings and beside up to twelve related accounts, and one lookup here replaces an account's and then its row's.
     */
    private final Map<String, AccountRow> rows;

    public SiteIndex(Content content) {
        this.content = content;
        sources = byId(content.sources(), Source::id);
        platforms = byId(content.platforms(), Platform::id);
        kinds = byId(content.kinds(), Kind::id);
        datasets = byId(content.datasets(), Dataset::id);
        rows = new HashMap<>();
        Batches.map(content.accounts(), this::newAccountRow).forEach(row -> rows.putIfAbsent(row.account().id(), row));
        figures = new HashMap<>();
        figureDatasets = new HashMap<>();
        content.datasets().forEach(ds -> ds.figures().forEach(f -> {
            figures.put(f.id(), f);
            figureDatasets.put(f.id(), ds);
        }));
        accountsByName = content.accounts().parallelStream().sorted(BY_NAME).toList();
        datasetsByAccount = invert(content.datasets(), Dataset::accounts, Comparator.comparing(Dataset::title));
        caseStudiesByAccount = invert(content.caseStudies(), CaseStudy::accounts, CaseStudyOrder.NEWEST_FIRST);
        caseStudiesByDataset = invert(content.caseStudies(), CaseStudy::datasets, CaseStudyOrder.NEWEST_FIRST);
        accountsByPlatform = group(a -> a.platform().id());
        accountsByKind = group(a -> a.kind().id());
        accountsByOwner = group(Account::owner);
        citationsBySource = citations();
        caseStudiesByDate = content.caseStudies().stream().sorted(CaseStudyOrder.NEWEST_FIRST).toList();
        membersByDataset = new HashMap<>();
        content.datasets().forEach(ds -> membersByDataset.put(ds.id(), ds.accounts().stream().map(Ref::id).distinct()
                .map(this::account).filter(java.util.Objects::nonNull).sorted(BY_NAME).toList()));
        corrections = content.corrections().stream()
                .sorted(Comparator.comparing(Correction::date).reversed().thenComparing(Correction::id))
                .map(this::correctionRow).toList();
        correctionsByRoute = corrections.stream().collect(Collectors.groupingBy(Rows.CorrectionRow::subjectRoute));
    }

    private Rows.CorrectionRow correctionRow(Correction c) {
        String id = c.subject().id();
        String route;
        String title;
        switch (c.subject().kind()) {
            case "account" -> {
                route = Routes.account(id);
                title = account(id).name();
            }
            case "dataset" -> {
                route = Routes.dataset(id);
                title = datasets.get(id).title();
            }
            case "source" -> {
                route = Routes.source(id);
                title = sources.get(id).title();
            }
            case "case-study" -> {
                route = Routes.caseStudy(id);
                title = content.caseStudies().stream().filter(cs -> cs.slug().equals(id)).findFirst().orElseThrow().title();
            }
            default -> {
                route = id.equals("home") ? Routes.HOME : Routes.page(id);
                title = content.pages().stream().filter(p -> p.slug().equals(id)).findFirst().orElseThrow().title();
            }
        }
        return new Rows.CorrectionRow(c, route, title, c.sources().stream().map(r -> sources.get(r.id())).toList());
    }

    /** A dataset's accounts, each once, by name. */
    List<Account> members(Dataset ds) {
        return membersByDataset.getOrDefault(ds.id(), List.of());
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new HashMap<>();
        items.forEach(item -> map.putIfAbsent(id.apply(item), item));
        return map;
    }

    private static <T> Map<String, List<T>> invert(List<T> items, Function<T, List<Ref>> refs, Comparator<T> order) {
        Map<String, List<T>> map = new HashMap<>();
        for (T item : items) {
            for (String id : refs.apply(item).stream().map(Ref::id).collect(Collectors.toCollection(LinkedHashSet::new))) {
                map.computeIfAbsent(id, k -> new ArrayList<>()).add(item);
            }
        }
        map.values().forEach(list -> list.sort(order));
        return map;
    }

    private Map<String, List<Account>> group(Function<Account, String> key) {
        Map<String, List<Account>> map = new HashMap<>();
        accountsByName.forEach(a -> map.computeIfAbsent(key.apply(a), k -> new ArrayList<>()).add(a));
        return map;
    }

    private Map<String, List<Citation>> citations() {
        Map<String, List<Citation>> map = new HashMap<>();
        for (Account a : accountsByName) {
            for (Observation o : a.observations()) {
                map.computeIfAbsent(o.source().id(), k -> new ArrayList<>())
                        .add(new Citation(a.name(), false, a.id(), rows.get(a.id()).route(), o));
            }
        }
        for (Dataset ds : content.datasets()) {
            String route = Routes.dataset(ds.id());
            for (Figure f : ds.figures()) {
                map.computeIfAbsent(f.observation().source().id(), k -> new ArrayList<>())
                        .add(new Citation(f.label(), true, ds.id(), route, f.observation()));
            }
        }
        return map;
    }

    ObservationRow observationRow(Observation o) {
        return new ObservationRow(o, sources.get(o.source().id()));
    }

    /** An account's table row (made once, in the constructor). */
    AccountRow accountRow(Account a) {
        return rows.get(a.id());
    }

    /** The account with this id, or null. */
    Account account(String id) {
        AccountRow row = rows.get(id);
        return row == null ? null : row.account();
    }

    private AccountRow newAccountRow(Account a) {
        ObservationRow latest = a.observations().stream()
                .filter(o -> o.metric() == Metric.FOLLOWERS)
                .max(Comparator.comparing(Observation::date))
                .map(this::observationRow)
                .orElse(null);
        return new AccountRow(a, Routes.account(a.id()), platforms.get(a.platform().id()), kinds.get(a.kind().id()),
                Format.country(a.country()), latest);
    }

    /** Accounts with the same owner, then those in the same case studies and datasets; bounded, in a stable order. */
    List<AccountRow> related(Account a) {
        Set<String> related = new LinkedHashSet<>();
        for (Account same : accountsByOwner.getOrDefault(a.owner(), List.of())) {
            if (related.size() > RELATED_LIMIT) {
                break;
            }
            related.add(same.id());
        }
        for (CaseStudy cs : caseStudiesByAccount.getOrDefault(a.id(), List.of())) {
            cs.accounts().forEach(r -> related.add(r.id()));
        }
        for (Dataset ds : datasetsByAccount.getOrDefault(a.id(), List.of())) {
            for (Ref r : ds.accounts()) {
                if (related.size() > RELATED_LIMIT) {
                    break;
                }
                related.add(r.id());
            }
        }
        related.remove(a.id());
        return related.stream().limit(RELATED_LIMIT).map(rows::get).toList();
    }

    /** The date of the newest figure in a dataset, its accounts' observations included: when its data last changed. */
    PartialDate latestDate(Dataset ds) {
        PartialDate latest = null;
        for (Figure f : ds.figures()) {
            latest = later(latest, f.observation().date());
        }
        for (Ref r : ds.accounts()) {
            Account a = account(r.id());
            if (a != null) {
                for (Observation o : a.observations()) {
                    latest = later(latest, o.date());
                }
            }
        }
        return latest == null ? content.site().updated() : latest;
    }

    private static PartialDate later(PartialDate a, PartialDate b) {
        return a == null || b.compareTo(a) > 0 ? b : a;
    }

    /** Case studies newest first, then by slug. */
    static final class CaseStudyOrder {
        static final Comparator<CaseStudy> NEWEST_FIRST = Comparator.comparing(CaseStudy::date).reversed()
                .thenComparing(CaseStudy::slug);

        private CaseStudyOrder() {
        }
    }
}
