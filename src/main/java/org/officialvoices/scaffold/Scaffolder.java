package org.officialvoices.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.officialvoices.check.CountriesAreKnown;
import org.officialvoices.check.IdsAreSafe;
import org.officialvoices.content.Account;
import org.officialvoices.content.Content;
import org.officialvoices.content.Kind;
import org.officialvoices.content.Platform;
import org.officialvoices.content.Source;
import org.officialvoices.diag.Suggestions;

/**
 * Writes a new content file that passes {@code check} as it stands: a case study from a title, an account from
 * a platform and an id. Never overwrites. Fields the command could not know are filled with the most
 * neutral valid value and named in {@link Created#toReview()}, so the editor knows what to replace.
 *
 * <p>Example: {@code new Scaffolder(content, checked).caseStudy("Police on Weibo", null, LocalDate.now())}.
 */
public final class Scaffolder {

    /** A refusal the editor can act on, about what the command was given: bad id, unknown platform or country, file already there. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** The file written, and the fields that hold placeholders. */
    public record Created(Path file, List<String> toReview) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path contentDir;
    private final Content content;

    /** @param content the folder's content, already checked, to validate ids against and take defaults from */
    public Scaffolder(Path contentDir, Content content) {
        this.contentDir = contentDir;
        this.content = content;
    }

    /** A case study dated {@code today}, with a slug made from the title unless one is given. */
    public Created caseStudy(String title, String slug, LocalDate today) {
        if (title == null || title.isBlank() || title.contains("\n")) {
            throw new Refused("a case study needs a title on one line, e.g. new case-study \"Police on Weibo\"");
        }
        String id = slug != null ? slug : slugOf(title);
        if (id.isEmpty()) {
            throw new Refused("cannot make a slug from \"" + title + "\"; pass one with --slug, e.g. --slug police-on-weibo");
        }
        safe("case study slug", id);
        String text = "---\n"
                + "title: " + title.strip() + "\n"
                + "summary: One sentence saying what this case study shows, for listings and search results.\n"
                + "date: " + today + "\n"
                + "accounts:\n"
                + "sources:\n"
                + "---\n\n"
                + "## What happened\n\n"
                + "Tell the story in your own words. Link an account as `[its name](account:its-id)` and cite each\n"
                + "fact as `[the publication](source:its-id)`, then list those ids under accounts and sources above.\n";
        return new Created(write("case-studies/" + id + ".md", text), List.of("summary", "date", "accounts", "sources", "the text"));
    }

    /**
     * An account on {@code platform} with status {@code unknown}. Kind, country and source default to the first
     * kind and source listed and to the country most accounts have, unless given.
     */
    public Created account(String platform, String id, String name, String kind, String country, String source) {
        if (id == null || platform == null) {
            throw new Refused("a new account needs --platform P and --id ID, e.g. new account --platform weibo --id city-police-weibo");
        }
        safe("account id", id);
        known("platform", platform, content.platforms().stream().map(Platform::id).toList());
        List<String> review = new ArrayList<>(List.of("name", "owner"));
        if (kind == null) {
            kind = content.kinds().isEmpty() ? null : content.kinds().get(0).id();
            review.add("kind");
        }
        known("kind", kind, content.kinds().stream().map(Kind::id).toList());
        if (country == null) {
            country = commonestCountry();
            review.add("country");
        }
        if (!CountriesAreKnown.isCode(country)) {
            throw new Refused("--country \"" + country + "\" is not an ISO 3166 country code; give the two capital letters"
                    + " of the owner's country, such as CN, US or DK, or leave --country out to use the commonest ("
                    + commonestCountry() + ")");
        }
        if (source == null) {
            source = content.sources().isEmpty() ? null : content.sources().get(0).id();
            review.add("source");
        }
        known("source", source, content.sources().stream().map(Source::id).toList());
        String display = name != null ? name : titleOf(id);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("name", display);
        fields.put("platform", platform);
        fields.put("owner", display);
        fields.put("kind", kind);
        fields.put("country", country);
        fields.put("status", "unknown");
        fields.put("source", source);
        fields.put("observations", List.of());
        try {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
            String text = JSON.writer(pretty).writeValueAsString(fields) + "\n";
            return new Created(write("accounts/" + id + ".json", text), review);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lower-case ASCII letters and digits from the title, accents dropped, words joined by hyphens. */
    static String slugOf(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        while (slug.length() > 60 && slug.contains("-")) {
            slug = slug.substring(0, slug.lastIndexOf('-'));
        }
        return slug.length() > 60 ? slug.substring(0, 60) : slug;
    }

    private static String titleOf(String id) {
        StringBuilder out = new StringBuilder();
        for (String word : id.split("-")) {
            out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    private String commonestCountry() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        content.accounts().stream().map(Account::country).forEach(c -> counts.merge(c, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("CN");
    }

    private static void safe(String what, String id) {
        String problem = IdsAreSafe.problem(id);
        if (problem != null) {
            throw new Refused(what + " \"" + id + "\" " + problem + "; use lower-case letters, digits and single hyphens");
        }
    }

    private static void known(String what, String id, List<String> ids) {
        if (id == null || !ids.contains(id)) {
            String hint = id == null ? null : Suggestions.didYouMean(id, ids);
            throw new Refused("unknown " + what + " \"" + id + "\"" + (hint == null ? "" : " (" + hint + ")")
                    + "; known: " + String.join(", ", ids.stream().limit(12).toList()) + (ids.size() > 12 ? ", ..." : ""));
        }
    }

    private Path write(String relative, String text) {
        Path file = contentDir.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return file;
        } catch (FileAlreadyExistsException e) {
            throw new Refused(file + " already exists; it was left as it is (choose another id, or edit that file)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
