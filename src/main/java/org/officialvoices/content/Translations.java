package org.officialvoices.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.officialvoices.content.json.JNode;
import org.officialvoices.diag.Diagnostics;

/**
 * The Chinese translations of the content: each English text of the JSON files with its Chinese, and each Markdown
 * file's translation ({@code x.zh.md} beside {@code x.md}).
 *
 * <p>In JSON, an object carries its translation in a {@code "zh"} field: the Chinese of its own English text fields
 * under the same keys, and in {@code "of"} a hash of the English it was made from ({@link #of}). Only a translation
 * whose hash is that of the English as it stands now is used; one made from older English is left out, so the page
 * shows the English until the translation is brought up to date ({@code check --translations} lists them).
 *
 * <p>Example: {@code {"summary": "Volunteers run it.", "zh": {"summary": "由志愿者运营。", "of": "1a2b3c4d"}}}.
 *
 * @param texts     English text → its Chinese, for texts with a current translation
 * @param documents the Markdown translations, current or not
 */
public record Translations(Map<String, String> texts, List<MarkdownTranslation> documents) {

    public static final Translations NONE = new Translations(Map.of(), List.of());

    /** The field that holds an object's translation. */
    public static final String FIELD = "zh";
    /** The field of a translation that holds the hash of its English. */
    public static final String HASH = "of";

    public Translations {
        texts = Map.copyOf(texts);
        documents = List.copyOf(documents);
    }

    /** The Chinese of {@code english}, or null. */
    public String text(String english) {
        return english == null ? null : texts.get(english);
    }

    /** All of {@code parts} together; the first translation of a text wins, in the order given. */
    public static Translations merge(List<Map<String, String>> texts, List<MarkdownTranslation> documents) {
        Map<String, String> all = new HashMap<>();
        texts.forEach(map -> map.forEach(all::putIfAbsent));
        return new Translations(all, documents);
    }

    /**
     * The hash a translation of {@code english} (its fields by key) records: the first 8 hex digits of SHA-256 over
     * each key, in sorted order, with its text ({@code key \0 text \n}).
     */
    public static String of(Map<String, String> english) {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(english).forEach((k, v) -> b.append(k).append('\0').append(v).append('\n'));
        return hash(b.toString());
    }

    /** The hash a Markdown translation records of its original's text. */
    public static String ofDocument(String text) {
        return hash(text);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A translation block as written in a file, with what it translates and whether it is up to date. */
    public record Block(String path, JNode.JObject object, JNode.JObject block, Map<String, String> english,
            Map<String, String> chinese, String recorded, String expected) {

        public boolean current() {
            return expected.equals(recorded);
        }
    }

    /**
     * Every translation block in {@code root}, in file order, each given to {@code each}; a block that is not an
     * object of texts, or that translates a field its object has no text for, is reported to {@code d} and left out.
     */
    public static void blocks(JNode root, String path, Diagnostics d, Consumer<Block> each) {
        if (root instanceof JNode.JObject object) {
            for (JNode.JField field : object.fields().values()) {
                if (!field.key().equals(FIELD)) {
                    blocks(field.value(), path, d, each);
                }
            }
            JNode.JField zh = object.fields().get(FIELD);
            if (zh != null) {
                block(object, zh, path, d).ifPresent(each);
            }
        } else if (root instanceof JNode.JArray array) {
            array.items().forEach(item -> blocks(item, path, d, each));
        }
    }

    private static java.util.Optional<Block> block(JNode.JObject object, JNode.JField zh, String path, Diagnostics d) {
        if (!(zh.value() instanceof JNode.JObject block)) {
            d.error(path, zh.value().pos(), "\"zh\" must be an object of Chinese texts, found " + zh.value().typeName(),
                    "write {\"<field>\": \"<Chinese>\", \"of\": \"<hash>\"}; see docs/content-format.md#translations");
            return java.util.Optional.empty();
        }
        Map<String, String> english = new TreeMap<>();
        Map<String, String> chinese = new TreeMap<>();
        String recorded = null;
        boolean ok = true;
        for (JNode.JField field : block.fields().values()) {
            if (!(field.value() instanceof JNode.JString text)) {
                d.error(path, field.value().pos(), "a translation must be a string, found " + field.value().typeName());
                ok = false;
                continue;
            }
            if (field.key().equals(HASH)) {
                recorded = text.value();
                continue;
            }
            JNode.JField original = object.fields().get(field.key());
            if (original == null || !(original.value() instanceof JNode.JString originalText)) {
                d.error(path, field.keyPos(), "\"zh\" translates \"" + field.key() + "\", which this object has no text for",
                        "a \"zh\" block holds the Chinese of its own object's text fields, under the same names");
                ok = false;
                continue;
            }
            english.put(field.key(), originalText.value());
            chinese.put(field.key(), text.value());
        }
        return ok ? java.util.Optional.of(new Block(path, object, block, english, chinese,
                recorded == null ? "" : recorded, of(english))) : java.util.Optional.empty();
    }

    /** English text → Chinese of the current blocks in {@code root}; misused blocks are reported to {@code d}. */
    public static Map<String, String> collect(JNode root, String path, Diagnostics d) {
        Map<String, String> texts = new HashMap<>();
        blocks(root, path, d, block -> {
            if (block.current()) {
                block.english().forEach((key, text) -> texts.putIfAbsent(text, block.chinese().get(key)));
            }
        });
        return texts.isEmpty() ? Map.of() : texts;
    }
}
