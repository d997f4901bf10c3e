package org.officialvoices.content;

/**
 * A Markdown file's Chinese translation, {@code x.zh.md} beside {@code x.md}. Its front matter names the original
 * ({@code translationOf}) and the hash of the original's text it was made from ({@code of}); it holds the title,
 * summary and body, while every other field (date, accounts, sources) comes from the original.
 *
 * @param original the original's path, such as {@code case-studies/x.md}
 * @param of       the hash recorded, to compare with {@link Translations#ofDocument} of the original's text
 * @param summary  null when the original has none
 */
public record MarkdownTranslation(String original, String of, String title, String summary, String body, int bodyLine,
        String path) {
}
