package org.officialvoices.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.content.Account;
import org.officialvoices.content.Content;
import org.officialvoices.content.Kind;
import org.officialvoices.pipeline.Pipeline;
import org.officialvoices.site.SitePlan.FileJob;
import org.officialvoices.synth.SyntheticContent;
import org.officialvoices.testing.TestSites;

class SearchIndexTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Content real;
    static Map<String, JsonNode> realShards;
    static Content synthetic;
    static Map<String, JsonNode> syntheticShards;

    @BeforeAll
    static void build() throws IOException {
        real = new Pipeline().check(TestSites.realContent());
        realShards = shards(real);
        new SyntheticContent(7).write(tmp.resolve("synth"), 4_000);
        synthetic = new Pipeline().check(tmp.resolve("synth"));
        syntheticShards = shards(synthetic);
    }

    private static Map<String, JsonNode> shards(Content content) throws IOException {
        Map<String, JsonNode> shards = new HashMap<>();
        for (FileJob file : new SearchIndex(content, Words.packed(Lang.EN)).files()) {
            byte[] bytes = file.bytes().get();
            assertThat(bytes.length).as(file.path()).isLessThanOrEqualTo(SearchIndex.SHARD_BYTES);
            String key = file.path().substring((Routes.SEARCH + "shard-").length(), file.path().length() - ".json".length());
            assertThat(shards.put(key, JSON.readTree(bytes))).as("one shard per key").isNull();
        }
        return shards;
    }

    /** The shards the browser loads for a term: its two letters, and one more while a shard says it is split. */
    private static List<JsonNode> shardsFor(Map<String, JsonNode> shards, String term) {
        List<JsonNode> path = new ArrayList<>();
        for (int n = 2; ; n++) {
            JsonNode shard = shards.get(SearchWords.fileName(SearchWords.key(term, n)));
            if (shard == null) {
                return path;
            }
            path.add(shard);
            if (!shard.has("s") || term.codePointCount(0, term.length()) <= n) {
                return path;
            }
        }
    }

    /** Route → rank of each document the shards list for exactly this term. */
    private static Map<String, Integer> postings(Map<String, JsonNode> shards, String term) {
        Map<String, Integer> found = new HashMap<>();
        for (JsonNode shard : shardsFor(shards, term)) {
            JsonNode list = shard.path("t").path(term);
            for (JsonNode p : list) {
                found.put(shard.get("d").get(p.asInt() >> 2).get(0).asText(), p.asInt() & 3);
            }
        }
        return found;
    }

    @Test
    void kindsPeopleAndPublisherHostsAreIndexedWithTheirRanks() {
        assertThat(postings(realShards, "diplomat")).containsEntry("accounts/chen-bo-twitter/", SearchDocs.NAME)
                .containsEntry("accounts/cui-tiankai-twitter/", SearchDocs.NAME).containsEntry("accounts/liu-xiaoming-twitter/", SearchDocs.NAME)
                .containsEntry("sources/diplomat-albert-twitter-2020/", SearchDocs.OWNER);
        assertThat(postings(realShards, "kang")).containsEntry("sources/globaltimes-2019-07-18-lukang/", SearchDocs.NAME)
                .containsEntry("accounts/mfa-spokesperson-weibo/", SearchDocs.TEXT)
                .containsEntry("case-studies/foreign-ministry-joins-weibo/", SearchDocs.TEXT);
        assertThat(postings(realShards, "scmp")).containsOnly(Map.entry("sources/scmp-mfa-weibo-2019/", SearchDocs.OWNER),
                Map.entry("sources/scmp-2013-12-23-alhambra/", SearchDocs.OWNER), Map.entry("sources/scmp-2014-07-21-alhambra/", SearchDocs.OWNER),
                Map.entry("sources/scmp-2012-12-11-xinhua-twitter/", SearchDocs.OWNER));
        assertThat(postings(realShards, "danish")).containsKeys("accounts/denmark-embassy-weibo/", "accounts/denmark-embassy-wechat/");
        assertThat(postings(realShards, "embassy")).containsEntry("accounts/denmark-embassy-wechat/", SearchDocs.NAME);
        assertThat(postings(realShards, "embassies")).as("only stems are indexed").isEmpty();
        assertThat(postings(realShards, "the")).as("stop words are not indexed in text").doesNotContainKey("accounts/cctv-weibo/");
    }

    @Test
    void aSnippetIsTheSentenceWhereTheShardsWordIsFound() {
        JsonNode ka = shardsFor(realShards, "kang").get(0);
        JsonNode account = null;
        for (JsonNode doc : ka.get("d")) {
            if (doc.get(0).asText().equals("accounts/mfa-spokesperson-weibo/")) {
                account = doc;
            }
        }
        assertThat(account).isNotNull();
        assertThat(account.get(6).asText()).isEqualTo("Spokesman Lu Kang announces the account in a ten-second video.");
        assertThat(ka.get("l").get(account.get(3).get(0).asInt()).asText()).isEqualTo("Account");
        assertThat(ka.get("l").get(account.get(3).get(1).asInt()).asText()).isEqualTo("Sina Weibo");
        assertThat(ka.get("l").get(account.get(3).get(2).asInt()).asText()).isEqualTo("Ministry");
    }

    @Test
    void largeShardsAreSplitByOneMoreLetterAndCommonWordsKeepTheirBestWithACount() {
        assertThat(syntheticShards.values().stream().filter(s -> s.has("s"))).isNotEmpty();
        JsonNode account = shardsFor(syntheticShards, "account").get(shardsFor(syntheticShards, "account").size() - 1);
        assertThat(account.path("m").path("account").asInt()).isGreaterThanOrEqualTo(4_000);
        assertThat(account.path("t").path("account").size()).isBetween(1, 3_999);
    }

    /** However common its words, a document is listed under the rarest word of its name, so its name finds it. */
    @Test
    void everyAccountIsListedUnderSomeWordOfItsName() {
        for (Account a : synthetic.accounts()) {
            String route = Routes.account(a.id());
            boolean listed = SearchWords.terms(a.name(), a.nameZh()).stream()
                    .anyMatch(term -> postings(syntheticShards, term).containsKey(route));
            assertThat(listed).as(a.name()).isTrue();
        }
    }

    @Test
    void theIndexIsRewrittenWhenAnythingItReadsChanges() {
        assertThat(SearchIndex.sameInputs(real, real)).isTrue();
        assertThat(SearchIndex.sameInputs(real, new Pipeline().check(TestSites.realContent()))).isTrue();

        List<Kind> kinds = new ArrayList<>(real.kinds());
        Kind k = kinds.get(0);
        kinds.set(0, new Kind(k.id(), k.idPos(), k.label() + " force", k.plural(), k.summary()));
        assertThat(SearchIndex.sameInputs(real, new Content(real.site(), real.sources(), real.platforms(), kinds,
                real.accounts(), real.datasets(), real.caseStudies(), real.pages(), real.corrections(), real.releases(),
                real.translations()))).isFalse();

        List<Account> accounts = new ArrayList<>(real.accounts());
        Account a = accounts.get(0);
        accounts.set(0, new Account(a.id(), a.idPos(), a.name(), a.nameZh(), a.handle(), a.platform(), a.owner(), a.kind(),
                a.country(), a.countryPos(), a.created(), a.status(), a.source(), a.summary() + " More.", a.events(),
                a.observations(), a.disagreements(), a.path(), a.zh()));
        assertThat(SearchIndex.sameInputs(real, new Content(real.site(), real.sources(), real.platforms(), real.kinds(),
                accounts, real.datasets(), real.caseStudies(), real.pages(), real.corrections(), real.releases(),
                real.translations()))).isFalse();
    }
}
