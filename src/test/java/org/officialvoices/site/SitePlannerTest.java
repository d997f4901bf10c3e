package org.officialvoices.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.content.Content;
import org.officialvoices.pipeline.Pipeline;
import org.officialvoices.render.MarkdownRenderer;
import org.officialvoices.site.Rows.LatestRow;
import org.officialvoices.synth.SyntheticContent;

class SitePlannerTest {

    @TempDir
    Path tmp;

    /** The home page's newest figures come from a bounded heap; they must be what a full, stable sort gives. */
    @Test
    void theHomePagesNewestFiguresAreThoseOfAFullSort() {
        new SyntheticContent(11).write(tmp, 3_000);
        Content content = new Pipeline().check(tmp);
        SiteIndex index = new SiteIndex(content);
        List<LatestRow> expected = content.accounts().stream()
                .flatMap(a -> a.observations().stream().map(o -> new LatestRow(a, index.observationRow(o))))
                .sorted(Comparator.comparing((LatestRow r) -> r.row().observation().date()).reversed()
                        .thenComparing(r -> r.account().id())
                        .thenComparing(r -> r.row().observation().metric()))
                .limit(SitePlanner.LATEST_LIMIT).toList();

        Views.HomeView home = (Views.HomeView) new SitePlanner(content, new MarkdownRenderer(), org.officialvoices.render.Assets.packed().names()).plan().pages().stream()
                .filter(job -> job.route().equals(Routes.HOME)).findFirst().orElseThrow().view().get();

        assertThat(home.latest()).hasSize(SitePlanner.LATEST_LIMIT);
        assertThat(home.latest()).extracting(r -> r.row().observation()).containsExactlyElementsOf(
                expected.stream().map(r -> r.row().observation()).toList());
        assertThat(home.latest()).extracting(LatestRow::account).containsExactlyElementsOf(
                expected.stream().map(LatestRow::account).toList());
    }
}
