package org.officialvoices.content;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.officialvoices.diag.Pos;

/**
 * Writes an {@link Account} as compact bytes and reads it back equal, so an incremental build can keep the
 * accounts it read last time instead of reading and parsing 178,700 files again. The bytes are private to
 * one generator build: the state that holds them is dropped whenever the generator changes.
 *
 * <p>Example: {@code AccountCodec.write(account, out); Account same = AccountCodec.read(in);}
 */
public final class AccountCodec {

    private AccountCodec() {
    }

    public static void write(Account a, DataOutput out) throws IOException {
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
            out.writeBoolean(a.created().inferred());
            ref(a.created().source(), out);
            string(a.created().note(), out);
        }
        out.writeByte(a.status().ordinal());
        ref(a.source(), out);
        string(a.summary(), out);
        out.writeInt(a.events().size());
        for (Event e : a.events()) {
            date(e.date(), out);
            out.writeBoolean(e.inferred());
            string(e.text(), out);
            ref(e.source(), out);
        }
        out.writeInt(a.observations().size());
        for (Observation o : a.observations()) {
            out.writeByte(o.metric().ordinal());
            string(o.value().toString(), out);
            out.writeByte(o.qualifier().ordinal());
            date(o.date(), out);
            out.writeBoolean(o.inferred());
            ref(o.source(), out);
            string(o.note(), out);
            pos(o.pos(), out);
        }
        string(a.path(), out);
    }

    public static Account read(DataInput in) throws IOException {
        String id = string(in);
        Pos idPos = pos(in);
        String name = string(in);
        String nameZh = string(in);
        String handle = string(in);
        Ref platform = ref(in);
        String owner = string(in);
        Ref kind = ref(in);
        String country = string(in);
        Pos countryPos = pos(in);
        Dated created = in.readBoolean() ? new Dated(date(in), in.readBoolean(), ref(in), string(in)) : null;
        Status status = Status.values()[in.readByte()];
        Ref source = ref(in);
        String summary = string(in);
        int eventCount = in.readInt();
        List<Event> events = new ArrayList<>(eventCount);
        for (int i = 0; i < eventCount; i++) {
            events.add(new Event(date(in), in.readBoolean(), string(in), ref(in)));
        }
        int observationCount = in.readInt();
        List<Observation> observations = new ArrayList<>(observationCount);
        for (int i = 0; i < observationCount; i++) {
            observations.add(new Observation(Metric.values()[in.readByte()], new BigDecimal(string(in)),
                    Qualifier.values()[in.readByte()], date(in), in.readBoolean(), ref(in), string(in), pos(in)));
        }
        return new Account(id, idPos, name, nameZh, handle, platform, owner, kind, country, countryPos, created, status,
                source, summary, events, observations, string(in));
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

    private static void ref(Ref r, DataOutput out) throws IOException {
        out.writeBoolean(r != null);
        if (r != null) {
            string(r.id(), out);
            pos(r.pos(), out);
        }
    }

    private static Ref ref(DataInput in) throws IOException {
        return in.readBoolean() ? Ref.of(string(in), pos(in)) : null;
    }

    private static void date(PartialDate d, DataOutput out) throws IOException {
        out.writeBoolean(d != null);
        if (d != null) {
            out.writeShort(d.year());
            out.writeByte(d.month());
            out.writeByte(d.day());
        }
    }

    private static PartialDate date(DataInput in) throws IOException {
        return in.readBoolean() ? PartialDate.parse(new PartialDate(in.readShort(), in.readByte(), in.readByte()).iso()) : null;
    }
}
