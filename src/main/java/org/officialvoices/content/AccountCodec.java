package org.officialvoices.content;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.officialvoices.diag.Pos;

/**
 * Writes {@link Account}s as compact bytes and reads them back equal, so an incremental build can keep the
 * accounts it read last time instead of reading and parsing 178,700 files again. References and dates, which
 * repeat across accounts, are written once and then by number, and read back as shared instances; so are the
 * strings many accounts repeat (ids in references, owners, countries), once per codec. The bytes
 * are private to one generator build: the state that holds them is dropped whenever the generator changes.
 *
 * <p>Example: {@code var w = new AccountCodec(); w.write(account, out); ... var r = new AccountCodec();
 * Account same = r.read(in);} with one codec per stream, used in the same order on both sides.
 */
public final class AccountCodec {

    private static final Status[] STATUSES = Status.values();
    private static final Metric[] METRICS = Metric.values();
    private static final Qualifier[] QUALIFIERS = Qualifier.values();

    private final java.util.Map<Object, Integer> written = new java.util.HashMap<>();
    private final List<Object> read = new ArrayList<>();
    private final java.util.Map<String, String> strings = new java.util.HashMap<>();

    public void write(Account a, DataOutput out) throws IOException {
        string(a.id(), out);
        pos(a.idPos(), out);
        string(a.name(), out);
        string(a.nameZh(), out);
        string(a.handle(), out);
        ref(a.platform(), out);
        string(a.owner(), out);
        ref(a.kind(), out);
        string(a.country(), out);
        pos(a.countryPos(), out);
        out.writeBoolean(a.created() != null);
        if (a.created() != null) {
            date(a.created().date(), out);
            out.writeBoolean(a.created().dateInferred());
            ref(a.created().source(), out);
            out.writeInt(a.created().confirmedBy().size());
            for (Ref r : a.created().confirmedBy()) {
                ref(r, out);
            }
            string(a.created().note(), out);
            pos(a.created().pos(), out);
        }
        out.writeByte(a.status().ordinal());
        ref(a.source(), out);
        string(a.summary(), out);
        out.writeInt(a.events().size());
        for (Event e : a.events()) {
            date(e.date(), out);
            out.writeBoolean(e.dateInferred());
            string(e.text(), out);
            ref(e.source(), out);
            string(e.note(), out);
            pos(e.pos(), out);
        }
        out.writeInt(a.observations().size());
        for (Observation o : a.observations()) {
            out.writeByte(o.metric().ordinal());
            string(o.value().toString(), out);
            out.writeByte(o.qualifier().ordinal());
            date(o.date(), out);
            out.writeBoolean(o.valueInferred());
            out.writeBoolean(o.dateInferred());
            out.writeBoolean(o.claimed());
            ref(o.source(), out);
            string(o.note(), out);
            pos(o.pos(), out);
        }
        out.writeInt(a.disagreements().size());
        for (Disagreement d : a.disagreements()) {
            string(d.about(), out);
            out.writeInt(d.claims().size());
            for (Disagreement.Claim c : d.claims()) {
                string(c.says(), out);
                ref(c.source(), out);
            }
            string(d.note(), out);
            pos(d.pos(), out);
        }
        string(a.path(), out);
        out.writeInt(a.zh().size());
        for (var e : new java.util.TreeMap<>(a.zh()).entrySet()) {
            string(e.getKey(), out);
            string(e.getValue(), out);
        }
    }

    public Account read(DataInput in) throws IOException {
        String id = string(in);
        Pos idPos = pos(in);
        String name = string(in);
        String nameZh = string(in);
        String handle = string(in);
        Ref platform = ref(in);
        String owner = shared(string(in));
        Ref kind = ref(in);
        String country = shared(string(in));
        Pos countryPos = pos(in);
        Dated created = in.readBoolean() ? dated(in) : null;
        Status status = STATUSES[in.readByte()];
        Ref source = ref(in);
        String summary = string(in);
        int eventCount = in.readInt();
        List<Event> events = new ArrayList<>(eventCount);
        for (int i = 0; i < eventCount; i++) {
            events.add(new Event(date(in), in.readBoolean(), string(in), ref(in), string(in), pos(in)));
        }
        int observationCount = in.readInt();
        List<Observation> observations = new ArrayList<>(observationCount);
        for (int i = 0; i < observationCount; i++) {
            observations.add(new Observation(METRICS[in.readByte()], new BigDecimal(string(in)),
                    QUALIFIERS[in.readByte()], date(in), in.readBoolean(), in.readBoolean(), in.readBoolean(), ref(in),
                    string(in), pos(in)));
        }
        int disagreementCount = in.readInt();
        List<Disagreement> disagreements = new ArrayList<>(disagreementCount);
        for (int i = 0; i < disagreementCount; i++) {
            String about = string(in);
            int claimCount = in.readInt();
            List<Disagreement.Claim> claims = new ArrayList<>(claimCount);
            for (int j = 0; j < claimCount; j++) {
                claims.add(new Disagreement.Claim(string(in), ref(in)));
            }
            disagreements.add(new Disagreement(about, claims, string(in), pos(in)));
        }
        String path = string(in);
        int translated = in.readInt();
        java.util.Map<String, String> zh = new java.util.HashMap<>(translated * 2);
        for (int i = 0; i < translated; i++) {
            zh.put(string(in), string(in));
        }
        return new Account(id, idPos, name, nameZh, handle, platform, owner, kind, country, countryPos, created, status,
                source, summary, events, observations, disagreements, path, zh);
    }

    /** A string or null; {@code writeUTF} alone would refuse a summary longer than 64 KB. */
    static void string(String s, DataOutput out) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String string(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The one copy of {@code s} this codec has read (null for null). */
    private String shared(String s) {
        if (s == null) {
            return null;
        }
        String known = strings.putIfAbsent(s, s);
        return known != null ? known : s;
    }

    private static void pos(Pos p, DataOutput out) throws IOException {
        out.writeBoolean(p != null);
        if (p != null) {
            out.writeInt(p.line());
            out.writeInt(p.column());
        }
    }

    private static Pos pos(DataInput in) throws IOException {
        return in.readBoolean() ? Pos.of(in.readInt(), in.readInt()) : null;
    }

    /** -1 for null; the number of a value written before; or a new number, then the value. */
    private boolean known(Object value, DataOutput out) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return true;
        }
        Integer number = written.get(value);
        if (number != null) {
            out.writeInt(number);
            return true;
        }
        out.writeInt(written.size());
        written.put(value, written.size());
        return false;
    }

    private void ref(Ref r, DataOutput out) throws IOException {
        if (!known(r, out)) {
            string(r.id(), out);
            pos(r.pos(), out);
        }
    }

    private Ref ref(DataInput in) throws IOException {
        int number = in.readInt();
        if (number < 0) {
            return null;
        }
        if (number < read.size()) {
            return (Ref) read.get(number);
        }
        Ref r = new Ref(shared(string(in)), pos(in));
        read.add(r);
        return r;
    }

    private void date(PartialDate d, DataOutput out) throws IOException {
        if (!known(d, out)) {
            out.writeShort(d.year());
            out.writeByte(d.month());
            out.writeByte(d.day());
        }
    }

    private PartialDate date(DataInput in) throws IOException {
        int number = in.readInt();
        if (number < 0) {
            return null;
        }
        if (number < read.size()) {
            return (PartialDate) read.get(number);
        }
        PartialDate d = new PartialDate(in.readShort(), in.readByte(), in.readByte());
        read.add(d);
        return d;
    }

    private Dated dated(DataInput in) throws IOException {
        PartialDate date = date(in);
        boolean dateInferred = in.readBoolean();
        Ref source = ref(in);
        int confirmations = in.readInt();
        List<Ref> confirmedBy = new ArrayList<>(confirmations);
        for (int i = 0; i < confirmations; i++) {
            confirmedBy.add(ref(in));
        }
        return new Dated(date, dateInferred, source, confirmedBy, string(in), pos(in));
    }
}
