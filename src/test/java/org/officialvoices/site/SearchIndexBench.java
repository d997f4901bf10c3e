package org.officialvoices.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.officialvoices.content.Content;
import org.officialvoices.pipeline.Pipeline;
import org.officialvoices.site.SitePlan.FileJob;

/**
 * Measures the search index of a content folder without rendering the site: time, shard count and sizes, and
 * the bytes each query's first search loads (search.js and the shards the browser fetches, as search.js
 * chooses them; the search page's HTML not counted). Run by {@code bench/search-vs-pagefind.sh}, or:
 * {@code java -cp target/official-voices.jar:target/test-classes org.officialvoices.site.SearchIndexBench CONTENT QUERY...}.
 */
public final class SearchIndexBench {

    public static void main(String[] args) throws Exception {
        Content content = new Pipeline().check(Path.of(args[0]));
        long start = System.nanoTime();
        List<FileJob> files = new SearchIndex(content, Words.packed(Lang.EN)).files();
        Map<String, byte[]> shards = new HashMap<>();
        long total = 0;
        int largest = 0;
        for (FileJob f : files) {
            byte[] b = f.bytes().get();
            shards.put(f.path().substring((Routes.SEARCH + "shard-").length(), f.path().length() - 5), b);
            total += b.length;
            largest = Math.max(largest, b.length);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long script = Files.size(Path.of("templates/assets/search.js"));
        System.out.printf("index: %.1f s, %d shards, %d bytes in all, largest shard %d bytes; search.js %d bytes%n",
                seconds, shards.size(), total, largest, script);
        System.out.println("sha-256 of the shards by name: " + digest(shards));
        ObjectMapper json = new ObjectMapper();
        for (int i = 1; i < args.length; i++) {
            long bytes = script;
            int fetched = 0;
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String term : SearchWords.terms(args[i])) {
                for (int n = 2; ; n++) {
                    String key = SearchWords.fileName(SearchWords.key(term, n));
                    byte[] b = shards.get(key);
                    if (b == null) {
                        break;
                    }
                    if (seen.add(key)) {
                        bytes += b.length;
                        fetched++;
                    }
                    JsonNode shard = json.readTree(b);
                    if (!shard.has("s") || term.codePointCount(0, term.length()) <= n) {
                        break;
                    }
                }
            }
            System.out.printf("first query \"%s\": %d bytes (search.js + %d shards)%n", args[i], bytes, fetched);
        }
    }

    /** One digest of every shard's name and bytes, in name order, to show that a change to the indexer keeps its output. */
    private static String digest(Map<String, byte[]> shards) throws java.security.NoSuchAlgorithmException {
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        for (String name : new java.util.TreeSet<>(shards.keySet())) {
            sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(shards.get(name));
        }
        return java.util.HexFormat.of().formatHex(sha.digest());
    }
}
