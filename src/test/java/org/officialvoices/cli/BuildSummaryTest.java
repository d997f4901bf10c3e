package org.officialvoices.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.officialvoices.output.SiteWriter;
import org.officialvoices.pipeline.Pipeline;

/** The build's last lines: the site's size, and the note when it is too big for the free static hosts. */
class BuildSummaryTest {

    private static String summary(long files, long bytes) {
        return BuildSummary.of(new Pipeline.Result((int) files - 10, 10, new SiteWriter.Size(files, bytes), 1234, false), Path.of("site"));
    }

    @Test
    void sizesAreInTheDecimalUnitsHostsStateLimitsIn() {
        assertThat(BuildSummary.bytes(0)).isEqualTo("0 B");
        assertThat(BuildSummary.bytes(999)).isEqualTo("999 B");
        assertThat(BuildSummary.bytes(1000)).isEqualTo("1.0 kB");
        assertThat(BuildSummary.bytes(4_249_999)).isEqualTo("4.2 MB");
        assertThat(BuildSummary.bytes(999_999)).isEqualTo("1.0 MB");
        assertThat(BuildSummary.bytes(3_712_000_000L)).isEqualTo("3.7 GB");
    }

    @Test
    void aSiteWithinTheLimitsGetsOneLine() {
        assertThat(summary(20_000, 1_000_000_000L))
                .isEqualTo("built 19990 pages and 10 files into site (20,000 files, 1.0 GB) in 1.23 s\n");
    }

    @Test
    void aSitePastEitherLimitIsToldOnceToUseDeploy() {
        String note = "note: at %s in %s files, this site is past what GitHub Pages (1 GB) or Cloudflare Pages (20,000 files) "
                + "publish; publish it to object storage with deploy (README, \"Publishing to object storage\")\n";
        assertThat(summary(20_001, 5_000_000)).endsWith("\n" + note.formatted("5.0 MB", "20,001"));
        assertThat(summary(1_000, 1_000_000_001L)).endsWith("\n" + note.formatted("1.0 GB", "1,000"));
        assertThat(summary(193_114, 3_712_000_000L).lines()).hasSize(2);
    }
}
