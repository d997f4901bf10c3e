package org.officialvoices.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.officialvoices.content.Account;
import org.officialvoices.content.Content;
import org.officialvoices.content.ContentReader;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.output.BuildStamp;
import org.officialvoices.source.SourceFile;
import org.officialvoices.source.SourceKind;
import org.officialvoices.source.SourceLoader;
import org.officialvoices.source.TextDecoder;
import org.officialvoices.state.BuildState;
import org.officialvoices.state.BuildState.SourceRecord;

/**
 * The content files as read for a build, each with its stat line and digest, and, for an incremental build,
 * the content of the previous build ({@code before}), to tell what changed.
 *
 * <p>Without a state every file is read and parsed. With one, an account file whose stat line is the one
 * recorded is not opened: its record comes from the state; one whose stat changed is read, and parsed only if
 * its bytes changed too (a fresh checkout changes every file's time, not its bytes). Other files (the site
 * settings, catalogues, datasets, case studies, pages) are few and always read.
 */
record LoadedContent(List<File> files, Content before) {

    /** One content file: its stat line, its digest, what it was read into, and its bytes unless an account. */
    record File(String stat, byte[] digest, ContentReader.Parsed parsed, byte[] bytes) {
    }

    /** What was read into records, in path order, files with errors left out. */
    List<ContentReader.Parsed> parsed() {
        return files.stream().map(File::parsed).filter(Objects::nonNull).toList();
    }

    List<byte[]> digests() {
        return files.stream().map(File::digest).toList();
    }

    /**
     * Reads every file of {@code listing} with {@code reader}, this build's; with {@code digests} false (for
     * {@code check}), files are not hashed.
     */
    static LoadedContent all(ContentReader reader, SourceLoader loader, SourceLoader.Listing listing, Diagnostics diagnostics,
            boolean digests) {
        List<String> stats = listing.stats();
        List<File> read = loader.readEach(listing, diagnostics, (file, bytes) -> digests ? fresh(reader, null, file, bytes, diagnostics)
                : new File(null, null, reader.parse(file, diagnostics), null));
        List<File> files = new ArrayList<>(read.size());
        for (int i = 0; i < read.size(); i++) {
            File f = read.get(i);
            if (f != null) {
                files.add(new File(stats.get(i), f.digest(), f.parsed(), f.bytes()));
            }
        }
        return new LoadedContent(files, null);
    }

    /** Reads what changed since {@code state} with {@code reader}, this build's, and takes the rest from it. */
    static LoadedContent since(ContentReader reader, BuildState state, SourceLoader loader, SourceLoader.Listing listing, Diagnostics diagnostics) {
        Map<String, SourceRecord> previous = new HashMap<>(state.sources().size() * 2);
        Set<String> unchanged = new HashSet<>(state.sources().size() * 2);
        for (SourceRecord r : state.sources()) {
            previous.put(r.path(), r);
            if (r.kind() == SourceKind.ACCOUNT) {
                unchanged.add(r.stat());
            }
        }
        SourceLoader.Listing stale = listing.only(stat -> !unchanged.contains(stat));
        List<String> staleStats = stale.stats();
        List<File> read = loader.readEach(stale, diagnostics,
                (file, bytes) -> fresh(reader, previous.get(file.path()), file, bytes, diagnostics));
        Map<String, File> byStat = new HashMap<>();
        for (int i = 0; i < read.size(); i++) {
            File f = read.get(i);
            if (f != null) {
                byStat.put(staleStats.get(i), new File(staleStats.get(i), f.digest(), f.parsed(), f.bytes()));
            }
        }
        Map<String, File> byPath = new HashMap<>();
        List<File> files = new ArrayList<>(listing.entries().size());
        for (String stat : listing.stats()) {
            File f = byStat.get(stat);
            if (f == null && unchanged.contains(stat)) {
                SourceRecord r = previous.get(stat.substring(0, stat.indexOf('\u0000')));
                f = new File(stat, r.digest(), new ContentReader.Parsed(SourceKind.ACCOUNT, r.account()), null);
            }
            if (f != null) {
                files.add(f);
                byPath.put(stat.substring(0, stat.indexOf('\u0000')), f);
            }
        }
        return new LoadedContent(files, before(reader, state, byPath));
    }

    /**
     * One file just read: an account whose bytes are those recorded keeps its recorded record (the very
     * instance, so comparing it with the previous content costs nothing); anything else is parsed.
     */
    private static File fresh(ContentReader reader, SourceRecord previous, SourceFile file, byte[] bytes, Diagnostics diagnostics) {
        byte[] digest = BuildStamp.digest(file.path(), bytes);
        boolean account = file.kind() == SourceKind.ACCOUNT;
        ContentReader.Parsed parsed = account && previous != null && previous.kind() == SourceKind.ACCOUNT
                && Arrays.equals(previous.digest(), digest)
                ? new ContentReader.Parsed(SourceKind.ACCOUNT, previous.account())
                : reader.parse(file, diagnostics);
        return new File(null, digest, parsed, account ? null : bytes);
    }

    /**
     * The content of the previous build: accounts from the state, other files parsed again from the bytes it
     * kept (those read unchanged now share the new parse, so they compare as equal at once).
     */
    private static Content before(ContentReader reader, BuildState state, Map<String, File> now) {
        List<ContentReader.Parsed> parsed = new ArrayList<>(state.sources().size());
        Diagnostics ignored = new Diagnostics();
        for (SourceRecord r : state.sources()) {
            File current = now.get(r.path());
            if (r.kind() == SourceKind.ACCOUNT) {
                parsed.add(new ContentReader.Parsed(SourceKind.ACCOUNT, r.account()));
            } else if (current != null && Arrays.equals(current.digest(), r.digest()) && current.parsed() != null) {
                parsed.add(current.parsed());
            } else {
                parsed.add(reader.parse(new SourceFile(r.path(), r.kind(), TextDecoder.decode(r.path(), r.bytes())), ignored));
            }
        }
        return ContentReader.assemble(parsed, ignored).orElse(null);
    }

    /** The records to keep for the next build. */
    List<SourceRecord> records() {
        return files.stream().map(f -> new SourceRecord(f.stat(), f.digest(), f.parsed().kind(),
                f.parsed().kind() == SourceKind.ACCOUNT ? (Account) f.parsed().value() : null, f.bytes())).toList();
    }
}
