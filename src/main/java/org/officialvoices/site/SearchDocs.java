package org.officialvoices.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.officialvoices.content.Account;
import org.officialvoices.content.CaseStudy;
import org.officialvoices.content.Content;
import org.officialvoices.content.Event;
import org.officialvoices.content.Kind;
import org.officialvoices.content.Observation;
import org.officialvoices.content.Platform;
import org.officialvoices.content.Ref;
import org.officialvoices.content.Source;

/**
 * What the search index knows of each account, case study and source: its fields, ranked name above handle
 * above owner above text, and what a result shows. Only text that is in the content is indexed: an account's
 * kind (Diplomat, Embassy or mission) counts as part of its name, since it says what the account is; the titles
 * of the sources an account cites count as its text, so "Danish" finds the embassy that a source about it
 * calls Danish; a source is found by its publisher, author and the host of its address ("scmp" for scmp.com).
 */
final class SearchDocs {

    static final int NAME = 0;
    static final int HANDLE = 1;
    static final int OWNER = 2;
    static final int TEXT = 3;
    private static final Pattern LINK_TARGETS = Pattern.compile("\\]\\([^)]*\\)");

    /**
     * Text with its rank; {@code label} introduces it in a snippet ("Cited: ", "Country: "), or is empty. A
     * {@code shared} field is one instance in many documents (a kind, a platform, a country, a cited source),
     * so that its terms are found once for all of them.
     */
    record Field(int rank, String text, String label, boolean shared) {

        Field(int rank, String text, String label) {
            this(rank, text, label, false);
        }
    }

    /**
     * One result. {@code type}, {@code platform} and {@code kind} are shown beside the title so that two
     * accounts of the same name on two platforms are told apart; {@code owner} and {@code handle} too.
     */
    record SearchDoc(String route, String title, String titleZh, String type, String platform, String kind,
            String owner, String handle, List<Field> fields) {

        SearchDoc {
            fields = List.copyOf(fields);
        }
    }

    private final Map<String, Kind> kinds;
    private final Map<String, Platform> platforms;
    private final Map<String, List<Field>> kindFields = new HashMap<>();
    private final Map<String, Field> platformFields = new HashMap<>();
    private final Map<String, Field> countryFields = new HashMap<>();
    private final Map<String, Field> citedFields = new HashMap<>();

    private final Words words;

    SearchDocs(Content content, Words words) {
        this.words = words;
        kinds = byId(content.kinds(), Kind::id);
        platforms = byId(content.platforms(), Platform::id);
        kinds.forEach((id, kind) -> kindFields.put(id, kind.plural() == null || kind.plural().isBlank()
                ? List.of(new Field(NAME, kind.label(), "", true))
                : List.of(new Field(NAME, kind.label(), "", true), new Field(NAME, kind.plural(), "", true))));
        platforms.forEach((id, p) -> {
            String text = p.nameZh() != null ? p.name() + " " + p.nameZh() : p.name();
            if (text != null && !text.isBlank()) {
                platformFields.put(id, new Field(TEXT, text, label("platform"), true));
            }
        });
        for (Account a : content.accounts()) {
            if (a.country() != null && !countryFields.containsKey(a.country())) {
                String country = words.lang() == Lang.EN ? Format.country(a.country())
                        : words.country(a.country()) + " " + Format.country(a.country()); // found by either name
                countryFields.put(a.country(), country == null || country.isBlank() ? null : new Field(TEXT, country, label("country"), true));
            }
        }
        byId(content.sources(), Source::id).forEach((id, source) -> citedFields.put(id, new Field(TEXT, source.title(), label("cited"), true)));
    }

    List<SearchDoc> all(Content content) {
        List<SearchDoc> docs = new ArrayList<>(content.accounts().size() + content.caseStudies().size() + content.sources().size());
        content.accounts().forEach(a -> docs.add(account(a)));
        content.caseStudies().forEach(cs -> docs.add(caseStudy(cs)));
        content.sources().forEach(s -> docs.add(source(s)));
        return docs;
    }

    SearchDoc account(Account a) {
        Kind kind = kinds.get(a.kind().id());
        Platform platform = platforms.get(a.platform().id());
        String kindLabel = kind != null ? kind.label() : a.kind().id();
        String platformName = platform != null ? platform.name() : a.platform().id();
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(NAME, a.name(), ""));
        add(fields, NAME, a.nameZh(), "");
        if (kind != null) {
            fields.addAll(kindFields.get(kind.id()));
        } else {
            fields.add(new Field(NAME, kindLabel, ""));
        }
        add(fields, HANDLE, a.handle(), "");
        add(fields, OWNER, a.owner(), "");
        add(fields, TEXT, a.summary(), "");
        for (Event e : a.events()) {
            add(fields, TEXT, e.text(), "");
        }
        Field country = a.country() == null ? null : countryFields.get(a.country());
        if (country != null) {
            fields.add(country);
        }
        if (platform != null) {
            if (platformFields.containsKey(platform.id())) {
                fields.add(platformFields.get(platform.id()));
            }
        } else {
            add(fields, TEXT, platformName, label("platform"));
        }
        fields.addAll(cited(a));
        return new SearchDoc(Routes.account(a.id()), a.name(), a.nameZh(), "Account", platformName, kindLabel,
                a.owner(), a.handle(), fields);
    }

    SearchDoc caseStudy(CaseStudy cs) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(NAME, cs.title(), ""));
        add(fields, TEXT, cs.summary(), "");
        add(fields, TEXT, cs.body() == null ? null : LINK_TARGETS.matcher(cs.body()).replaceAll("]"), "");
        return new SearchDoc(Routes.caseStudy(cs.slug()), cs.title(), null, "Case study", null, null, null, null, fields);
    }

    SearchDoc source(Source s) {
        String host = s.link() != null ? Format.host(s.link()) : null;
        List<String> by = new ArrayList<>();
        for (String part : new String[] {s.publisher(), s.author(), host}) {
            if (part != null) {
                by.add(part);
            }
        }
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(NAME, s.title(), ""));
        by.forEach(part -> fields.add(new Field(OWNER, part, "")));
        add(fields, TEXT, s.note(), "");
        return new SearchDoc(Routes.source(s.id()), s.title(), null, "Source", null, null,
                by.isEmpty() ? null : String.join(" · ", by), null, fields);
    }

    /** The titles of the sources an account's page cites, each once, in the order the page cites them. */
    private List<Field> cited(Account a) {
        List<Field> cited = new ArrayList<>();
        addCited(cited, a.source());
        if (a.created() != null) {
            addCited(cited, a.created().source());
            a.created().confirmedBy().forEach(r -> addCited(cited, r));
        }
        a.events().forEach(e -> addCited(cited, e.source()));
        for (Observation o : a.observations()) {
            addCited(cited, o.source());
        }
        return cited;
    }

    /** Adds the title of {@code ref}'s source unless it is there: one field per source, so compared by identity. */
    private void addCited(List<Field> cited, Ref ref) {
        Field title = ref == null ? null : citedFields.get(ref.id());
        if (title == null) {
            return;
        }
        for (Field f : cited) {
            if (f == title) {
                return;
            }
        }
        cited.add(title);
    }

    /** A snippet's label in this language: {@code Platform: }, {@code 平台：}. */
    private String label(String key) {
        String label = words.t("search.label." + key);
        return words.lang() == Lang.EN ? label + " " : label;
    }

    private static void add(List<Field> fields, int rank, String text, String label) {
        if (text != null && !text.isBlank()) {
            fields.add(new Field(rank, text, label));
        }
    }

    private static <T> Map<String, T> byId(List<T> list, Function<T, String> id) {
        return list.stream().collect(Collectors.toMap(id, t -> t, (x, y) -> x));
    }
}
