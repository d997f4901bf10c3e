package org.officialvoices.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The interface text of one language: {@code templates/i18n/<lang>.properties}, lines of {@code key = text}, UTF-8,
 * {@code #} for comments. A text may hold numbered slots, {@code {0}}, {@code {1}}, filled by {@link Words}. Unlike
 * {@link java.util.Properties} a line is never continued and quotes are plain text, so translators need to know
 * nothing but the form above; and every key remembers its line, for {@link #compare}'s messages.
 */
public final class Bundle {

    private static final Pattern LINE = Pattern.compile("([a-z0-9][a-z0-9._-]*)\\s*=\\s?(.*)");
    private static final Pattern SLOT = Pattern.compile("\\{(\\d)}");

    private final String name;
    private final Map<String, String> texts;
    private final Map<String, Integer> lines;

    private Bundle(String name, Map<String, String> texts, Map<String, Integer> lines) {
        this.name = name;
        this.texts = Collections.unmodifiableMap(texts);
        this.lines = Collections.unmodifiableMap(lines);
    }

    /** The bundle of {@code lang} packed into the generator ({@code /i18n/<id>.properties} on the class path). */
    public static Bundle packed(Lang lang) {
        String file = "i18n/" + lang.id() + ".properties";
        try (InputStream in = Bundle.class.getResourceAsStream("/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the generator was built without " + file);
            }
            return parse("templates/" + file, new String(in.readAllBytes(), StandardCharsets.UTF_8), new ArrayList<>());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads {@code text}, the file {@code name}; each line that is neither a {@code key = text}, a comment nor blank,
     * and each key given twice, adds a message to {@code problems} ({@code name:line: message}).
     */
    public static Bundle parse(String name, String text, List<String> problems) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        String[] all = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            String line = all[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                problems.add(name + ":" + (i + 1) + ": not a \"key = text\" line: " + line);
                continue;
            }
            if (texts.containsKey(m.group(1))) {
                problems.add(name + ":" + (i + 1) + ": key \"" + m.group(1) + "\" is already given on line "
                        + lines.get(m.group(1)));
                continue;
            }
            texts.put(m.group(1), m.group(2));
            lines.put(m.group(1), i + 1);
        }
        return new Bundle(name, texts, lines);
    }

    public String name() {
        return name;
    }

    /** The text of {@code key}, or null. */
    public String text(String key) {
        return texts.get(key);
    }

    public Set<String> keys() {
        return texts.keySet();
    }

    /**
     * What keeps {@code other} from being a translation of {@code original}: keys missing from either, and texts whose
     * slots differ ({@code {0}} in one, not in the other), one message per problem at the line concerned. English
     * plurals ({@code key.one}, {@code key.other}) may stand for one key without a suffix in a language without them.
     */
    public static List<String> compare(Bundle original, Bundle other) {
        List<String> problems = new ArrayList<>();
        for (String key : original.texts.keySet()) {
            String translated = other.texts.get(key);
            if (translated == null && pluralForm(key) != null && other.texts.containsKey(pluralForm(key))) {
                translated = other.texts.get(pluralForm(key));
            }
            if (translated == null) {
                problems.add(other.name + ": key \"" + key + "\" is missing (" + original.name + ":"
                        + original.lines.get(key) + " has it)");
            } else if (!slotsOf(key, original.texts.get(key)).equals(slotsOf(key, translated))) {
                String at = other.texts.containsKey(key) ? key : pluralForm(key);
                problems.add(other.name + ":" + other.lines.get(at) + ": \"" + at + "\" has the slots " + slots(translated)
                        + " but " + original.name + ":" + original.lines.get(key) + " has " + slots(original.texts.get(key)));
            }
        }
        for (String key : other.texts.keySet()) {
            boolean known = original.texts.containsKey(key) || original.texts.containsKey(key + ".one");
            if (!known) {
                problems.add(other.name + ":" + other.lines.get(key) + ": key \"" + key + "\" is not in " + original.name);
            }
        }
        return problems;
    }

    /** The slots of a key's text; in a singular ({@code .one}) the count's own {@code {0}} is optional. */
    private static Set<String> slotsOf(String key, String text) {
        Set<String> slots = slots(text);
        if (key.endsWith(".one")) {
            slots.remove("{0}");
        }
        return slots;
    }

    /** {@code count.account} for {@code count.account.one} or {@code .other}; else null. */
    private static String pluralForm(String key) {
        if (key.endsWith(".one")) {
            return key.substring(0, key.length() - 4);
        }
        return key.endsWith(".other") ? key.substring(0, key.length() - 6) : null;
    }

    /** The slots a text holds, such as [{0}, {1}]; a plural's {0} may be left out in the singular ("1 account"). */
    static Set<String> slots(String text) {
        Set<String> slots = new TreeSet<>();
        Matcher m = SLOT.matcher(text);
        while (m.find()) {
            slots.add(m.group());
        }
        return slots;
    }
}
