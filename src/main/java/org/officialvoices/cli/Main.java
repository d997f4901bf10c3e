package org.officialvoices.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.officialvoices.diag.BuildFailed;
import org.officialvoices.diag.Diagnostic;
import org.officialvoices.output.OutputFailed;
import org.officialvoices.pipeline.Pipeline;
import org.officialvoices.pipeline.Progress;
import org.officialvoices.synth.SyntheticContent;

/**
 * The command line: {@code build [--content DIR] [--out DIR]} and {@code check [--content DIR]}.
 *
 * <p>Exit codes: 0 success, 1 errors in the content, 2 bad usage (an unknown command or option, a missing or
 * malformed argument, a {@code new} refused), 3 a bug in this program, 4 out of memory, 5 output that could not
 * be written (or, for {@code deploy}, anything else that stopped it). README.md lists them too, as tested.
 */
public final class Main {

    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;
    static final int OUT_OF_MEMORY = 4;
    static final int OUTPUT_FAILED = 5;

    static final String USAGE_TEXT = """
            usage: official-voices build [--content DIR] [--out DIR] [--base-url URL] [--full]
                   official-voices check [--content DIR] [--translations]
                   official-voices serve [--content DIR] [--templates DIR] [--port N] [--open]
                   official-voices new case-study "Title" [--slug S] [--content DIR]
                   official-voices new account --platform P --id ID [--name N] [--kind K] [--country CC]
                                               [--source S] [--content DIR]
                   official-voices synth --accounts N --out DIR [--seed S]
                   official-voices deploy --to s3://BUCKET[/PREFIX] [--site DIR] [--endpoint URL] [--region R]
                                          [--dry-run] [--max-deletes N] [--gzip]
                   official-voices release [--version X.Y.Z] [--notes FILE] [--date YYYY-MM-DD] [--content DIR]

              build   check content/ and write the site into site/ (replaced only if the build succeeds)
              check   load and validate the content; write nothing; with --translations, also list every
                      text without its Chinese translation and every translation older than its English
              serve   build into memory and serve on http://127.0.0.1:8080/ (this machine only); rebuild
                      what each saved file affects and reload open pages; errors show on the pages
              new     create a case study or an account file that passes check; never overwrites
              synth   write a synthetic content folder of N accounts, for benchmarks
              deploy  upload what changed in site/ to S3-compatible storage (AWS S3, R2, MinIO, GCS), then
                      delete what is gone; credentials from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_PROFILE
              release freeze the current data as content/releases/X.Y.Z.json; without --version, list the
                      changes since the last release and propose the version they call for

              --full          build every page, ignoring what the last build left (.site.state)
              --content DIR   content folder (default: content)
              --out DIR       output folder (default: site; for synth, a new folder)
              --base-url URL  the address the site is published at, instead of site.json's baseUrl
                              (canonical links, sitemap, feed, citations); a final / is added
              --templates DIR templates and static files for serve, reloaded when edited
                              (default: templates, when that folder exists; else the built-in ones)
              --port N        port for serve (default: 8080; 0 picks a free one)
              --open          open the served site in the default browser
              --to URL        deploy target, s3://BUCKET or s3://BUCKET/PREFIX
              --site DIR      built site to deploy (default: site)
              --endpoint URL  S3-compatible service, e.g. https://ACCOUNT.r2.cloudflarestorage.com
              --region R      the bucket's region (default: AWS_REGION or the profile's, else us-east-1)
              --dry-run       list what deploy would upload and delete; change nothing
              --max-deletes N refuse to delete more objects than N (default: 5% of the site's files, at least 20)
              --gzip          store text files gzipped, with Content-Encoding: gzip
            """;

    private Main() {
    }

    /** Without it, the JDK's HTTP server answers {@code serve}'s requests ~40 ms late (see {@link #main}). */
    static final String NODELAY = "sun.net.httpserver.nodelay";

    /**
     * The process: runs one command and exits with its code. Settings of the whole JVM are made here, where the
     * process starts, and nowhere else: for {@code serve}, TCP_NODELAY, since a response written in two parts
     * (headers, body) otherwise waits for the client's delayed acknowledgement, ~40 ms on Linux, on every page
     * (docs/performance.md). Unless given on the command line; read by the JDK once, when its server first loads.
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("serve") && System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        int code = run(args, System.out, System.err);
        if (code != OK) {
            System.exit(code);
        }
    }

    /** Runs one command and returns its exit code; all output goes to {@code out} and {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && List.of("serve", "new", "deploy", "release").contains(args[0])) {
            return runEditorCommand(args, out, err);
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        }
        if (options.command().equals("help")) {
            out.print(USAGE_TEXT);
            return OK;
        }
        try {
            Pipeline pipeline = new Pipeline(Progress.forTerminal(err));
            if (options.command().equals("synth")) {
                var summary = new SyntheticContent(options.seed()).write(options.out(), options.accounts());
                out.printf(Locale.ROOT, "wrote %d accounts, %d datasets, %d case studies and %d sources into %s%n",
                        summary.accounts(), summary.datasets(), summary.caseStudies(), summary.sources(), options.out());
            } else if (options.command().equals("check")) {
                var content = pipeline.check(options.content());
                out.printf(Locale.ROOT, "ok: %d accounts, %d datasets, %d case studies, %d sources checked, no errors%n",
                        content.accounts().size(), content.datasets().size(), content.caseStudies().size(),
                        content.sources().size());
                if (options.translations()) {
                    return translations(options.content(), out);
                }
            } else {
                Pipeline.Result result = pipeline.build(options.content(), options.out(), options.baseUrl(), options.full());
                if (result.upToDate()) {
                    out.printf(Locale.ROOT, "%s is up to date: nothing changed since the last build (checked in %.2f s)%n",
                            options.out(), result.millis() / 1000.0);
                    return OK;
                }
                out.print(BuildSummary.of(result, options.out()));
            }
            return OK;
        } catch (BuildFailed e) {
            return failed(e, options.command().equals("build") ? ", " + options.out() + " is unchanged" : "", err);
        } catch (RuntimeException | Error e) {
            return unexpected(e, options.command(), options.command().equals("build") ? "; " + options.out() + " is unchanged" : "", err);
        }
    }

    /** {@code serve}, {@code new} and {@code deploy}, which parse their own options. */
    private static int runEditorCommand(String[] args, PrintStream out, PrintStream err) {
        Deque<String> rest = new ArrayDeque<>(List.of(args));
        String command = rest.pop();
        try {
            if (command.equals("serve")) {
                return ServeCommand.run(ServeCommand.Options.parse(rest), out, err);
            }
            if (command.equals("deploy")) {
                return DeployCommand.run(DeployCommand.Options.parse(rest), out, err);
            }
            if (command.equals("release")) {
                return ReleaseCommand.run(ReleaseCommand.Options.parse(rest), out, err);
            }
            return NewCommand.run(NewCommand.Options.parse(rest), out, err);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        } catch (BuildFailed e) {
            return failed(e, "; fix these first", err);
        } catch (RuntimeException | Error e) {
            return unexpected(e, command, "", err);
        }
    }

    private static int failed(BuildFailed e, String outcome, PrintStream err) {
        for (Diagnostic d : e.diagnostics()) {
            err.println(d.format());
        }
        int hidden = e.errorCount() - e.diagnostics().size();
        if (hidden > 0) {
            err.println("... and " + hidden + " more error(s) not shown");
        }
        err.println(e.errorCount() + " error(s); nothing was written" + outcome);
        return CONTENT_ERRORS;
    }

    /**
     * A failure that is not the content's: the machine's (out of memory, output that cannot be written) is
     * explained in a line; anything else is a bug and gets its trace. A worker thread's error arrives wrapped,
     * so causes are searched too. {@code outcome} says what became of the output.
     */
    private static int unexpected(Throwable e, String command, String outcome, PrintStream err) {
        if (cause(e, OutOfMemoryError.class) != null) {
            err.printf(Locale.ROOT, "error: the %s ran out of memory (the Java heap may use at most %d MiB)%s.%n"
                    + "Give it more: OV_JAVA_OPTS=-Xmx2g bin/official-voices %s ..., or java -Xmx2g -jar official-voices.jar %s ...%n",
                    command, Runtime.getRuntime().maxMemory() >> 20, outcome, command, command);
            return OUT_OF_MEMORY;
        }
        OutputFailed output = cause(e, OutputFailed.class);
        if (output != null) {
            err.printf(Locale.ROOT, "error: %s%s.%n", output.getMessage(), outcome);
            return OUTPUT_FAILED;
        }
        return bug(e, err);
    }

    /** {@code e} or the first of its causes that is a {@code type}, else null. */
    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static int bug(Throwable e, PrintStream err) {
        err.println("internal error: this is a bug in Official Voices, not in your content. Please report it with the trace below.");
        e.printStackTrace(err);
        return INTERNAL;
    }

    /** Parsed command-line options. */
    /**
     * {@code check --translations}: every English text without its Chinese, every translation older than its English,
     * one line each; exits 1 unless there are none.
     */
    private static int translations(Path contentDir, PrintStream out) {
        var files = new org.officialvoices.source.SourceLoader(contentDir).load(new org.officialvoices.diag.Diagnostics());
        var report = org.officialvoices.check.TranslationReport.of(files);
        report.missing().forEach(d -> out.println(d.format()));
        report.outdated().forEach(d -> out.println(d.format()));
        if (report.clean()) {
            out.println("translations: complete; every English text has a current Chinese translation");
            return OK;
        }
        out.printf(Locale.ROOT, "translations: %d missing, %d outdated%n", report.missing().size(), report.outdated().size());
        return CONTENT_ERRORS;
    }

    record Options(String command, Path content, Path out, int accounts, long seed, String baseUrl, boolean full,
            boolean translations) {

        static Options parse(String[] args) {
            Deque<String> rest = new ArrayDeque<>(List.of(args));
            if (rest.isEmpty()) {
                throw new IllegalArgumentException("no command given");
            }
            String command = rest.pop();
            if (List.of("help", "--help", "-h").contains(command)) {
                return new Options("help", null, null, 0, 0, null, false, false);
            }
            if (!List.of("build", "check", "synth").contains(command)) {
                throw new IllegalArgumentException("unknown command \"" + command + "\"");
            }
            Path content = Path.of("content");
            Path out = command.equals("synth") ? null : Path.of("site");
            int accounts = -1;
            long seed = 1;
            String baseUrl = null;
            boolean full = false;
            boolean translations = false;
            while (!rest.isEmpty()) {
                String option = rest.pop();
                switch (option) {
                    case "--content" -> content = Path.of(value(option, rest));
                    case "--out" -> out = Path.of(value(option, rest));
                    case "--accounts" -> accounts = number(option, value(option, rest));
                    case "--seed" -> seed = number(option, value(option, rest));
                    case "--base-url" -> baseUrl = baseUrl(value(option, rest));
                    case "--full" -> full = true;
                    case "--translations" -> translations = true;
                    default -> throw new IllegalArgumentException("unknown option \"" + option + "\"");
                }
                if (!allowed(command).contains(option)) {
                    throw new IllegalArgumentException(option + " does not apply to " + command);
                }
            }
            if (command.equals("synth")) {
                if (accounts < 1 || out == null) {
                    throw new IllegalArgumentException("synth needs --accounts N (at least 1) and --out DIR");
                }
                if (java.nio.file.Files.exists(out)) {
                    throw new IllegalArgumentException("synth writes a new folder; " + out + " already exists");
                }
            } else if (command.equals("build")) {
                checkFolders(content, out);
            }
            return new Options(command, content, out, accounts, seed, baseUrl, full, translations);
        }

        private static List<String> allowed(String command) {
            return switch (command) {
                case "build" -> List.of("--content", "--out", "--base-url", "--full");
                case "check" -> List.of("--content", "--translations");
                default -> List.of("--accounts", "--out", "--seed");
            };
        }

        /** A base URL as GitHub's configure-pages gives it, with or without the final slash. */
        static String baseUrl(String value) {
            String url = value.endsWith("/") ? value : value + "/";
            if (!org.officialvoices.content.SiteConfig.isBaseUrl(url)) {
                throw new IllegalArgumentException("--base-url needs an absolute http(s) URL such as https://example.org/report/, got \""
                        + value + "\"");
            }
            return url;
        }

        static int number(String option, String value) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a whole number, got \"" + value + "\"");
            }
        }

        static String value(String option, Deque<String> rest) {
            if (rest.isEmpty() || rest.peek().startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return rest.pop();
        }

        /**
         * The output folder is replaced whole on every build, so it must never be, contain or sit inside
         * the content folder, nor be the working folder or an existing file.
         */
        private static void checkFolders(Path content, Path out) {
            Path c = content.toAbsolutePath().normalize();
            Path o = out.toAbsolutePath().normalize();
            if (o.getParent() == null || c.startsWith(o) || o.startsWith(c)) {
                throw new IllegalArgumentException("the output folder " + out + " must be separate from the content folder "
                        + content + " (it is replaced on every build)");
            }
            if (Path.of("").toAbsolutePath().startsWith(o)) {
                throw new IllegalArgumentException("the output folder " + out + " contains the working folder; "
                        + "choose a folder of its own, such as site");
            }
            if (java.nio.file.Files.exists(o) && !java.nio.file.Files.isDirectory(o)) {
                throw new IllegalArgumentException("the output folder " + out + " is an existing file");
            }
        }
    }
}
