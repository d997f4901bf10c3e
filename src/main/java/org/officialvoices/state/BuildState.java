package org.officialvoices.state;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

import org.officialvoices.content.Account;
import org.officialvoices.content.AccountCodec;
import org.officialvoices.output.OutputFailed;
import org.officialvoices.site.Rerender;
import org.officialvoices.source.SourceKind;

/**
 * What the last successful build into an output folder read and wrote: every content file's stat line and
 * digest with what it held (an account as its record, any other file as its bytes, few and small), every
 * page with its template and dependency digest, and every other file with its dependency digest, or marked
 * {@link #ALWAYS} or {@link #SEARCH}. It lives beside the output
 * ({@code .site.state}) and counts only while the {@link org.officialvoices.output.OutputSeal} holds its token.
 *
 * @param generator the {@link GeneratorDigest} of the generator that wrote it; a state from another is ignored
 * @param site      a digest of the effective site settings; any change makes the next build a full one
 */
public record BuildState(String token, String generator, String site, List<SourceRecord> sources,
        Map<String, Rerender.Made> pages, Map<String, Rerender.Made> files) {

    /** What a file without a dependency list is marked as: made again on every build. */
    public static final String ALWAYS = "always";
    /** What a search index file is marked as: made again when what the index shows changed. */
    public static final String SEARCH = "search";

    private static final String MAGIC = "official-voices build state 2";

    public BuildState {
        sources = List.copyOf(sources);
        pages = Map.copyOf(pages);
        files = Map.copyOf(files);
    }

    /**
     * One content file as last built.
     *
     * @param stat    the listing's {@code path NUL size NUL modified} line
     * @param account the file's record, for an account; else null
     * @param bytes   the file's bytes, for any other file; else null
     */
    public record SourceRecord(String stat, byte[] digest, SourceKind kind, Account account, byte[] bytes) {

        public String path() {
            return stat.substring(0, stat.indexOf('\u0000'));
        }
    }

    /** Where the state of {@code out} lives: {@code .site.state} beside it. */
    public static Path file(Path out) {
        Path absolute = out.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".state");
    }

    /** Writes the state to {@code file} (a temporary name, to be renamed into place by the caller). */
    public void write(Path file) {
        try (OutputStream raw = Files.newOutputStream(file)) {
            CheckedOutputStream checked = new CheckedOutputStream(raw, new CRC32C()); // sums what the buffer hands on
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(checked, 1 << 16));
            AccountCodec codec = new AccountCodec();
            out.writeUTF(MAGIC);
            out.writeUTF(token);
            out.writeUTF(generator);
            out.writeUTF(site);
            out.writeInt(sources.size());
            for (SourceRecord s : sources) {
                out.writeUTF(s.stat());
                out.write(s.digest());
                out.writeByte(s.kind().ordinal());
                if (s.kind() == SourceKind.ACCOUNT) {
                    codec.write(s.account(), out);
                } else {
                    out.writeInt(s.bytes().length);
                    out.write(s.bytes());
                }
            }
            writeMade(pages, out);
            writeMade(files, out);
            out.flush();
            long crc = checked.getChecksum().getValue();
            new DataOutputStream(raw).writeLong(crc);
        } catch (IOException e) {
            throw new OutputFailed("cannot write the build state " + file, e);
        }
    }

    /**
     * The state in {@code file}, or null when it is missing, cut short, damaged or made by another generator
     * build: the caller then builds in full.
     */
    public static BuildState read(Path file, String generator) {
        if (!Files.isRegularFile(file) || !checksumHolds(file)) {
            return null;
        }
        try (InputStream raw = Files.newInputStream(file)) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
            AccountCodec codec = new AccountCodec();
            if (!in.readUTF().equals(MAGIC)) {
                return null;
            }
            String token = in.readUTF();
            if (!in.readUTF().equals(generator)) {
                return null;
            }
            String site = in.readUTF();
            int sourceCount = in.readInt();
            List<SourceRecord> sources = new ArrayList<>(sourceCount);
            SourceKind[] kinds = SourceKind.values();
            for (int i = 0; i < sourceCount; i++) {
                String stat = in.readUTF();
                byte[] digest = new byte[32];
                in.readFully(digest);
                SourceKind kind = kinds[in.readByte()];
                if (kind == SourceKind.ACCOUNT) {
                    sources.add(new SourceRecord(stat, digest, kind, codec.read(in), null));
                } else {
                    byte[] bytes = new byte[in.readInt()];
                    in.readFully(bytes);
                    sources.add(new SourceRecord(stat, digest, kind, null, bytes));
                }
            }
            Map<String, Rerender.Made> pages = readMade(in);
            Map<String, Rerender.Made> files = readMade(in);
            in.readLong(); // the checksum, checked before
            if (in.read() != -1) {
                return null;
            }
            return new BuildState(token, generator, site, sources, pages, files);
        } catch (EOFException | RuntimeException e) {
            return null; // cut short or damaged: build in full
        } catch (IOException e) {
            return null;
        }
    }

    private static void writeMade(Map<String, Rerender.Made> made, DataOutputStream out) throws IOException {
        out.writeInt(made.size());
        for (var page : made.entrySet()) {
            out.writeUTF(page.getKey());
            out.writeUTF(page.getValue().template());
            out.writeLong(page.getValue().deps().high());
            out.writeLong(page.getValue().deps().low());
        }
    }

    private static Map<String, Rerender.Made> readMade(DataInputStream in) throws IOException {
        int count = in.readInt();
        Map<String, Rerender.Made> made = new HashMap<>(count * 2);
        Map<String, String> templates = new HashMap<>(); // a few dozen names, shared by 193,000 pages
        for (int i = 0; i < count; i++) {
            String path = in.readUTF();
            String name = in.readUTF();
            String template = templates.computeIfAbsent(name, n -> n);
            made.put(path, new Rerender.Made(template, new Rerender.Digest(in.readLong(), in.readLong())));
        }
        return made;
    }

    /** Whether the file's last 8 bytes are the CRC-32C of the rest: one pass, a large part of it in the page cache. */
    private static boolean checksumHolds(Path file) {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
            long size = channel.size();
            if (size < 8) {
                return false;
            }
            CRC32C crc = new CRC32C();
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocateDirect(1 << 20);
            long left = size - 8;
            while (left > 0) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), left));
                int n = channel.read(buffer);
                if (n < 0) {
                    return false;
                }
                buffer.flip();
                crc.update(buffer);
                left -= n;
            }
            java.nio.ByteBuffer stored = java.nio.ByteBuffer.allocate(8);
            while (stored.hasRemaining() && channel.read(stored) >= 0) {
                // reads the last 8 bytes
            }
            return !stored.hasRemaining() && stored.flip().getLong() == crc.getValue();
        } catch (IOException e) {
            return false;
        }
    }

    /** A digest of the effective site settings, as the state records them. */
    public static String siteDigest(org.officialvoices.content.SiteConfig site) {
        return java.util.HexFormat.of().formatHex(org.officialvoices.output.BuildStamp.digest("site", site.toString()
                .getBytes(StandardCharsets.UTF_8)));
    }
}
