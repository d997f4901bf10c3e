package org.officialvoices.content.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.officialvoices.diag.Diagnostic;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.diag.Pos;
import org.officialvoices.source.SourceFile;
import org.officialvoices.source.SourceKind;

class JsonTreeReaderTest {

    private static SourceFile file(String text) {
        return new SourceFile("accounts/x.json", SourceKind.ACCOUNT, text);
    }

    @Test
    void valuesKeepTheirOneBasedPositions() {
        Diagnostics d = new Diagnostics();
        JNode root = JsonTreeReader.read(file("{\n  \"a\": [1, \"二\"],\n  \"b\": null\n}"), d).orElseThrow();
        JNode.JObject object = (JNode.JObject) root;
        assertThat(object.pos()).isEqualTo(new Pos(1, 1));
        assertThat(object.fields().get("a").keyPos()).isEqualTo(new Pos(2, 3));
        JNode.JArray array = (JNode.JArray) object.fields().get("a").value();
        assertThat(array.items()).extracting(JNode::pos).containsExactly(new Pos(2, 9), new Pos(2, 12));
        assertThat(object.fields().get("b").value()).isInstanceOf(JNode.JNull.class);
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        Diagnostics d = new Diagnostics();
        assertThat(JsonTreeReader.read(file("[".repeat(10_000)), d)).isEmpty();
        assertThat(d.sorted()).extracting(Diagnostic::format).containsExactly("accounts/x.json:1:65: error: JSON nested too deeply: "
                + "objects and arrays may nest at most 64 deep\n"
                + "    hint: content files hold short, hand-written values; see \"Input limits\" in docs/content-format.md");
    }

    @Test
    void numbersBeyondTheLimitsAreRefusedAndExponentsBecomePlainNumbers() {
        Diagnostics d = new Diagnostics();
        JNode.JArray numbers = (JNode.JArray) JsonTreeReader.read(file("[1e3, 2.50, 0e-999999999, 1.5E+2, 123456789012345678, "
                + "0.000000001, 1e999999999, 1e-999999999, 1234567890123456789, 0.0000000001, 1e99999999999, -1E-99999999999]"), d)
                .orElseThrow();
        assertThat(numbers.items()).extracting(n -> ((JNode.JNumber) n).value().toPlainString())
                .containsExactly("1000", "2.50", "0", "150", "123456789012345678", "0.000000001", "0", "0", "0", "0", "0", "0");
        assertThat(d.sorted()).extracting(Diagnostic::message).containsExactly("number out of range: 1e999999999",
                "number out of range: 1e-999999999", "number out of range: 1234567890123456789", "number out of range: 0.0000000001",
                "number out of range: 1e99999999999", "number out of range: -1E-99999999999");
    }

    @Test
    void bareValueAtTopLevelIsParsedForTheCallerToReject() {
        Diagnostics d = new Diagnostics();
        assertThat(JsonTreeReader.read(file("42"), d)).containsInstanceOf(JNode.JNumber.class);
        assertThat(ObjectFields.of(new JNode.JNumber(java.math.BigDecimal.ONE, Pos.START), "x.json", d, "account", java.util.Set.of())).isEmpty();
        assertThat(d.sorted()).extracting(x -> x.format()).containsExactly("x.json:1:1: error: account must be a JSON object, found number");
    }
}
