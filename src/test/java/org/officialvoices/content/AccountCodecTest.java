package org.officialvoices.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officialvoices.pipeline.Pipeline;
import org.officialvoices.synth.SyntheticContent;
import org.officialvoices.testing.TestSites;

/** Accounts kept in the build state come back equal, field for field, to the ones read from their files. */
class AccountCodecTest {

    @TempDir
    Path dir;

    @Test
    void everyAccountOfTheRealContentTheFixturesAndSyntheticContentComesBackEqual() throws IOException {
        new SyntheticContent(9).write(dir.resolve("synth"), 300);
        for (Path content : List.of(TestSites.realContent(), TestSites.fixture("minimal"), TestSites.fixture("hostile"),
                dir.resolve("synth"))) {
            List<Account> accounts = new Pipeline().check(content).accounts();
            assertThat(roundTrip(accounts)).as(content.toString()).isEqualTo(accounts);
        }
    }

    @Test
    void nullsLongTextAndLargeNumbersSurvive() throws IOException {
        Account a = new Pipeline().check(TestSites.fixture("minimal")).accounts().get(0);
        Account odd = new Account(a.id(), null, a.name(), null, null, a.platform(), a.owner(), a.kind(), a.country(), null,
                null, a.status(), a.source(), "x".repeat(200_000), List.of(), a.observations().stream()
                .map(o -> new Observation(o.metric(), new java.math.BigDecimal("123456789012345678901234.50"), o.qualifier(),
                        o.date(), true, false, true, o.source(), null, null)).toList(),
                List.of(new Disagreement("the launch date", List.of(new Disagreement.Claim("2013", a.source()),
                        new Disagreement.Claim("9 December 2013", a.source())), null, null)), a.path(),
                java.util.Map.of("x".repeat(200_000), "很长", "The launch date", "开通日期"));
        assertThat(roundTrip(List.of(odd, a, odd))).containsExactly(odd, a, odd);
    }

    private static List<Account> roundTrip(List<Account> accounts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        AccountCodec writer = new AccountCodec();
        for (Account a : accounts) {
            writer.write(a, out);
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        AccountCodec reader = new AccountCodec();
        List<Account> back = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            back.add(reader.read(in));
        }
        assertThat(in.read()).isEqualTo(-1);
        return back;
    }
}
