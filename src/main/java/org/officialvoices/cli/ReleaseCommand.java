package org.officialvoices.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.officialvoices.content.Content;
import org.officialvoices.content.DataTable;
import org.officialvoices.content.PartialDate;
import org.officialvoices.content.Release;
import org.officialvoices.content.ReleaseFormat;
import org.officialvoices.data.ReleaseDiff;
import org.officialvoices.data.ReportTables;
import org.officialvoices.diag.Timings;
import org.officialvoices.output.OutputFailed;
import org.officialvoices.pipeline.Pipeline;
import org.officialvoices.pipeline.Progress;
import org.officialvoices.site.DataFiles;
import org.officialvoices.site.Format;
import org.officialvoices.site.Routes;

/**
 * {@code release}: freezes the current data as a new version in {@code content/releases/<version>.json}. Without
 * {@code --version} it only reports what changed since the last release and the version that calls for.
 */
final class ReleaseCommand {

    private ReleaseCommand() {
    }

    record Options(Path content, String version, Path notes, PartialDate date) {

        static Options parse(Deque<String> rest) {
            Path content = Path.of("content");
            String version = null;
            Path notes = null;
            PartialDate date = null;
            while (!rest.isEmpty()) {
                String option = rest.pop();
                switch (option) {
                    case "--content" -> content = Path.of(Main.Options.value(option, rest));
                    case "--version" -> {
                        version = Main.Options.value(option, rest);
                        if (!ReleaseFormat.VERSION.matcher(version).matches()) {
                            throw new IllegalArgumentException("--version needs a version such as 1.2.0, found \"" + version + "\"");
                        }
                    }
                    case "--notes" -> notes = Path.of(Main.Options.value(option, rest));
                    case "--date" -> {
                        String text = Main.Options.value(option, rest);
                        try {
                            date = PartialDate.parse(text);
                        } catch (RuntimeException e) {
                            date = null;
                        }
                        if (date == null || date.day() == 0) {
                            throw new IllegalArgumentException("--date needs a day such as 2026-11-29, found \"" + text + "\"");
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown option \"" + option + "\" for release");
                }
            }
            return new Options(content, version, notes, date);
        }
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        Content content = new Pipeline(Progress.forTerminal(err)).check(options.content());
        List<DataTable> tables = Timings.timed("release: tables", () -> ReportTables.of(content, Format::fullCitation));
        Release latest = content.releases().stream()
                .max(Comparator.comparing(Release::version, ReleaseDiff::compareVersions)).orElse(null);
        ReleaseDiff diff = Timings.timed("release: diff", () -> ReleaseDiff.of(latest == null ? List.of() : latest.tables(), tables));
        String since = latest == null ? "no release yet" : "since " + latest.version();
        if (latest != null && diff.bump() == ReleaseDiff.Bump.NONE) {
            err.println("error: the data has not changed " + since + "; there is nothing to release");
            return Main.CONTENT_ERRORS;
        }
        String proposed = diff.next(latest == null ? null : latest.version());
        out.println("changes " + since + ":");
        diff.reasons().forEach(r -> out.println("  " + r));
        if (options.version() == null) {
            out.println("proposed version: " + proposed + "; make it with: release --version " + proposed + " [--notes FILE]");
            return Main.OK;
        }
        if (latest != null && !options.version().equals(proposed)) {
            err.println("error: the changes " + since + " call for version " + proposed + " ("
                    + diff.bump().name().toLowerCase(Locale.ROOT) + "), not " + options.version());
            return Main.USAGE;
        }
        PartialDate date = options.date() != null ? options.date() : PartialDate.parse(LocalDate.now(ZoneOffset.UTC).toString());
        String notes = options.notes() == null ? null : read(options.notes());
        String title = content.site().title() + " data";
        String description = content.site().tagline();
        Map<String, byte[]> files = DataFiles.of(new DataFiles.Package(title, description, options.version(), date,
                content.site().dataLicence(), null, Routes.releaseZip(options.version())), tables);
        Map<String, String> hashes = new LinkedHashMap<>();
        files.forEach((name, bytes) -> hashes.put(name, DataFiles.sha256(bytes)));
        Release release = new Release(options.version(), null, date, notes, title, description, content.site().dataLicence(),
                ReleaseFormat.tablesDigest(tables), hashes, tables, "releases/" + options.version() + ".json");
        Path file = options.content().resolve("releases").resolve(options.version() + ".json");
        write(file, ReleaseFormat.write(release));
        out.printf(Locale.ROOT, "release %s written to %s (%d tables, %,d rows); commit it: it is never edited again%n",
                options.version(), file, tables.size(), tables.stream().mapToInt(t -> t.rows().size()).sum());
        return Main.OK;
    }

    private static String read(Path notes) {
        try {
            return Files.readString(notes, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read --notes " + notes + ": " + e.getMessage());
        }
    }

    /** Writes {@code text} to {@code file} through a temporary file, refusing to replace a release. */
    private static void write(Path file, String text) {
        if (Files.exists(file)) {
            throw new OutputFailed("release file " + file + " already exists; releases are never replaced", null);
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp"); // a dot file: never read as content
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new OutputFailed("cannot write " + file, e);
        }
    }
}
