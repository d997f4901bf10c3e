package org.officialvoices.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void suggestsTheClosestNameWithinASmallDistance() {
        assertThat(Suggestions.closest("weibp", List.of("wechat", "weibo", "twitter"))).contains("weibo");
        assertThat(Suggestions.closest("plaform", List.of("platform", "kind"))).contains("platform");
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertThat(Suggestions.closest("governor", List.of("police", "mayor"))).isEmpty();
        assertThat(Suggestions.didYouMean("governor", List.of("police", "mayor"))).isNull();
    }

    @Test
    void tiesGoToTheAlphabeticallyFirstSoMessagesAreStable() {
        assertThat(Suggestions.closest("paper-c", List.of("paper-b", "paper-a"))).contains("paper-a");
    }

    @Test
    void diagnosticsAreCappedButCounted() {
        Diagnostics d = new Diagnostics();
        for (int i = Diagnostics.LIMIT + 4; i >= 0; i--) {
            d.error("a.json", new Pos(i + 1, 1), "problem " + i);
        }
        assertThat(d.errorCount()).isEqualTo(Diagnostics.LIMIT + 5);
        assertThat(d.sorted()).hasSize(Diagnostics.LIMIT)
                .first().satisfies(first -> assertThat(first.line()).isEqualTo(1));
        assertThat(d.sorted()).last().satisfies(last -> assertThat(last.line()).isEqualTo(Diagnostics.LIMIT));
    }
}
