package org.officialvoices.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Writes a synthetic content folder in the real format, for benchmarks and scale tests: accounts across
 * platforms, kinds and countries with Latin and Chinese names, 1–5 observations each, sources, datasets
 * and about one case study per hundred accounts. The same seed always gives the same files.
 */
public final class SyntheticContent {

    static final int ACCOUNTS_PER_DATASET = 1000;
    static final String[] PLATFORMS = {"weibo", "wechat", "twitter", "douyin"};
    static final String[][] KINDS = {
        {"police", "Police department", "Police departments"}, {"mayor", "Mayor", "Mayors"},
        {"embassy", "Embassy or mission", "Embassies and missions"}, {"ministry", "Ministry", "Ministries"},
        {"diplomat", "Diplomat", "Diplomats"}, {"state-media", "State media", "State media"},
        {"local-government", "Local government", "Local governments"}, {"court", "Court", "Courts"},
    };
    static final String[] COUNTRIES = {"CN", "US", "DK", "GB", "FR", "DE", "RS", "JP", "KR", "BR", "ZA", "IN", "AU", "CA"};
    static final String[] PLACES = {"Harbin", "Alhambra", "Chengdu", "Leeds", "Lyon", "Kassel", "Novi Sad", "Osaka",
        "Busan", "Recife", "Durban", "Pune", "Perth", "Halifax", "Wuhan", "Xiamen", "Dalian", "Kunming", "Ningbo", "Hefei"};
    static final String[] BODIES = {"Police", "City Hall", "Embassy", "Foreign Office", "Court", "Broadcaster",
        "Consulate", "Transport Bureau", "Health Commission", "Tourism Office"};
    static final String ZH_CHARS = "北京上海广州深圳成都武汉南京西安重庆天津杭州苏州长沙郑州青岛大连厦门昆明哈尔滨警察局大使馆外交部市政府法院电视台新闻办公室";
    static final String[] WORDS = ("official account followers residents police embassy ministry statement post video "
            + "community outreach platform language public message audience report figure month year city local "
            + "foreign domestic press office channel reader question answer crime notice culture policy news").split(" ");

    private final long seed;

    public SyntheticContent(long seed) {
        this.seed = seed;
    }

    /** Writes a content folder with {@code accounts} accounts into {@code out}, which must not exist or be empty. */
    public Summary write(Path out, int accounts) {
        try {
            Files.createDirectories(out.resolve("accounts"));
            Files.createDirectories(out.resolve("datasets"));
            Files.createDirectories(out.resolve("case-studies"));
            Files.createDirectories(out.resolve("pages"));
            int sources = 20 + accounts / 1000;
            int datasets = Math.max(1, (accounts + ACCOUNTS_PER_DATASET - 1) / ACCOUNTS_PER_DATASET);
            int caseStudies = Math.max(1, accounts / 100);
            write(out.resolve("site.json"), site());
            write(out.resolve("sources.json"), sources(sources));
            write(out.resolve("platforms.json"), platforms());
            write(out.resolve("kinds.json"), kinds());
            IntStream.range(0, accounts).parallel().forEach(i ->
                    write(out.resolve("accounts/" + accountId(i) + ".json"), account(i, sources)));
            for (int d = 0; d < datasets; d++) {
                write(out.resolve("datasets/dataset-" + d + ".json"), dataset(d, accounts, sources));
            }
            IntStream.range(0, caseStudies).parallel().forEach(c ->
                    write(out.resolve("case-studies/case-" + c + ".md"), caseStudy(c, accounts, sources)));
            write(out.resolve("pages/home.md"), "---\ntitle: Synthetic report\n---\n\nA generated report for benchmarks.\n");
            write(out.resolve("pages/methodology.md"), "---\ntitle: Methodology\n---\n\nEverything here is generated.\n");
            return new Summary(accounts, datasets, caseStudies, sources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What was written. */
    public record Summary(int accounts, int datasets, int caseStudies, int sources) {
    }

    static String accountId(int i) {
        return "account-" + i;
    }

    private SplittableRandom random(long stream) {
        return new SplittableRandom(seed * 1_000_003L + stream);
    }

    private static String site() {
        return """
                {
                  "title": "Synthetic Voices",
                  "tagline": "Generated content for benchmarks",
                  "baseUrl": "https://synthetic.example.org/",
                  "updated": "2026-01-01",
                  "keyFigures": ["dataset-0-total"]
                }
                """;
    }

    private static String sources(int count) {
        List<String> items = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            items.add(String.format(Locale.ROOT, "    {\"id\": \"source-%d\", \"publisher\": \"Daily Record %d\", "
                    + "\"title\": \"Officials and their followers, part %d\", \"author\": \"Writer %d\", \"date\": \"%d-%02d\", "
                    + "\"url\": \"https://example.org/daily-record/part-%d\"}",
                    s, s % 7, s, s % 13, 2012 + s % 10, 1 + s % 12, s));
        }
        return "{\n  \"sources\": [\n" + String.join(",\n", items) + "\n  ]\n}\n";
    }

    private static String platforms() {
        return """
                {
                  "platforms": [
                    {"id": "weibo", "name": "Sina Weibo", "nameZh": "新浪微博", "summary": "Microblogging."},
                    {"id": "wechat", "name": "WeChat", "nameZh": "微信", "summary": "Messaging and official accounts."},
                    {"id": "twitter", "name": "Twitter", "summary": "Microblogging outside China."},
                    {"id": "douyin", "name": "Douyin", "nameZh": "抖音", "summary": "Short videos."}
                  ]
                }
                """;
    }

    private static String kinds() {
        List<String> items = new ArrayList<>();
        for (String[] k : KINDS) {
            items.add("    {\"id\": \"" + k[0] + "\", \"label\": \"" + k[1] + "\", \"plural\": \"" + k[2] + "\"}");
        }
        return "{\n  \"kinds\": [\n" + String.join(",\n", items) + "\n  ]\n}\n";
    }

    String account(int i, int sources) {
        SplittableRandom r = random(i);
        String place = PLACES[r.nextInt(PLACES.length)];
        String body = BODIES[r.nextInt(BODIES.length)];
        String name = place + " " + body + " " + (i + 1);
        StringBuilder zh = new StringBuilder();
        for (int c = 0; c < 4 + r.nextInt(4); c++) {
            zh.append(ZH_CHARS.charAt(r.nextInt(ZH_CHARS.length())));
        }
        String source = "source-" + r.nextInt(sources);
        int year = 2009 + r.nextInt(12);
        List<String> observations = new ArrayList<>();
        int count = 1 + r.nextInt(5);
        long followers = 100 + r.nextInt(2_000_000);
        for (int o = 0; o < count; o++) {
            boolean isFollowers = o % 2 == 0;
            followers += r.nextInt(50_000);
            observations.add(String.format(Locale.ROOT,
                    "    {\"metric\": \"%s\", \"value\": %d, %s\"date\": \"%d-%02d\", \"source\": \"source-%d\"%s}",
                    isFollowers ? "followers" : "posts", isFollowers ? followers : 10 + r.nextInt(20_000),
                    r.nextInt(4) == 0 ? "\"qualifier\": \"approximate\", " : "", Math.min(2025, year + o), 1 + r.nextInt(12),
                    r.nextInt(sources), r.nextInt(3) == 0 ? ", \"note\": \"Reported in a profile of the account.\"" : ""));
        }
        return String.format(Locale.ROOT, """
                {
                  "id": "%s",
                  "name": "%s",
                  "nameZh": "%s",
                  "handle": "@%s",
                  "platform": "%s",
                  "owner": "%s %s",
                  "kind": "%s",
                  "country": "%s",
                  "created": {"date": "%d-%02d", "source": "%s"},
                  "status": "active",
                  "source": "%s",
                  "summary": "A generated account of the %s %s, used to measure the generator at scale.",
                  "observations": [
                %s
                  ]
                }
                """, accountId(i), name, zh, accountId(i).replace("-", "_"), PLATFORMS[r.nextInt(PLATFORMS.length)],
                place, body, KINDS[r.nextInt(KINDS.length)][0], COUNTRIES[r.nextInt(COUNTRIES.length)], year,
                1 + r.nextInt(12), source, source, place, body, String.join(",\n", observations));
    }

    private static String dataset(int d, int accounts, int sources) {
        List<String> ids = new ArrayList<>();
        for (int i = d * ACCOUNTS_PER_DATASET; i < Math.min(accounts, (d + 1) * ACCOUNTS_PER_DATASET); i++) {
            ids.add("\"" + accountId(i) + "\"");
        }
        return String.format(Locale.ROOT, """
                {
                  "id": "dataset-%d",
                  "title": "Generated dataset %d",
                  "summary": "Accounts %d onwards of the synthetic report.",
                  "sources": ["source-%d"],
                  "accounts": [%s],
                  "figures": [
                    {"id": "dataset-%d-total", "label": "Accounts in dataset %d", "metric": "accounts", "value": %d, "date": "2025", "source": "source-%d"}
                  ]
                }
                """, d, d, d * ACCOUNTS_PER_DATASET, d % sources, String.join(", ", ids), d, d, ids.size(), d % sources);
    }

    String caseStudy(int c, int accounts, int sources) {
        SplittableRandom r = random(-1 - c);
        List<Integer> refs = new ArrayList<>();
        for (int k = 0; k < 5 + r.nextInt(6); k++) {
            refs.add((c * 100 + r.nextInt(100)) % accounts);
        }
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 5; p++) {
            body.append(p % 2 == 0 ? "## Part " + (p + 1) + "\n\n" : "");
            for (int w = 0; w < 50; w++) {
                if (w % 12 == 5) {
                    int a = refs.get(r.nextInt(refs.size()));
                    body.append("[account ").append(a).append("](account:").append(accountId(a)).append(") ");
                } else {
                    body.append(WORDS[r.nextInt(WORDS.length)]).append(w % 10 == 9 ? ". " : " ");
                }
            }
            body.append("\n\n");
        }
        StringBuilder front = new StringBuilder("---\ntitle: Generated case study ").append(c)
                .append("\nsummary: How a group of generated accounts reached their audience.\ndate: ")
                .append(2010 + c % 15).append("\naccounts:\n");
        refs.stream().distinct().sorted().forEach(a -> front.append("  - ").append(accountId(a)).append('\n'));
        front.append("sources:\n  - source-").append(c % sources).append("\n---\n\n");
        return front + body.toString();
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
