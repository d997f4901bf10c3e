package org.officialvoices.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.officialvoices.diag.BuildFailed;
import org.officialvoices.diag.Diagnostic;
import org.officialvoices.pipeline.Pipeline;

/**
 * The command line: {@code build [--content DIR] [--out DIR]} and {@code check [--content DIR]}.
 *
 * <p>Exit codes: 0 success, 1 errors in the content, 2 bad usage, 3 a bug in this program.
 */
public final class Main {

    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    static final String USAGE_TEXT = """
            usage: official-voices build [--content DIR] [--out DIR]
                   official-voices check [--content DIR]

              build   check content/ and write the site into site/ (replaced only if the build succeeds)
              check   load and validate the content; write nothing

              --content DIR   content folder (default: content)
              --out DIR       output folder (default: site)
            """;

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != OK) {
            System.exit(code);
        }
    }

    /** Runs one command and returns its exit code; all output goes to {@code out} and {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
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
            Pipeline pipeline = new Pipeline();
            if (options.command().equals("check")) {
                var content = pipeline.check(options.content());
                out.printf(Locale.ROOT, "ok: %d accounts, %d datasets, %d case studies, %d sources checked, no errors%n",
                        content.accounts().size(), content.datasets().size(), content.caseStudies().size(),
                        content.sources().size());
            } else {
                Pipeline.Result result = pipeline.build(options.content(), options.out());
                out.printf(Locale.ROOT, "built %d pages and %d files into %s in %.2f s%n", result.pages(), result.files(),
                        options.out(), result.millis() / 1000.0);
            }
            return OK;
        } catch (BuildFailed e) {
            for (Diagnostic d : e.diagnostics()) {
                err.println(d.format());
            }
            int hidden = e.errorCount() - e.diagnostics().size();
            if (hidden > 0) {
                err.println("... and " + hidden + " more error(s) not shown");
            }
            err.println(e.errorCount() + " error(s); nothing was written"
                    + (options.command().equals("build") ? ", " + options.out() + " is unchanged" : ""));
            return CONTENT_ERRORS;
        } catch (RuntimeException | Error e) {
            err.println("internal error: this is a bug in Official Voices, not in your content. Please report it with the trace below.");
            e.printStackTrace(err);
            return INTERNAL;
        }
    }

    /** Parsed command-line options. */
    record Options(String command, Path content, Path out) {

        static Options parse(String[] args) {
            Deque<String> rest = new ArrayDeque<>(List.of(args));
            if (rest.isEmpty()) {
                throw new IllegalArgumentException("no command given");
            }
            String command = rest.pop();
            if (List.of("help", "--help", "-h").contains(command)) {
                return new Options("help", null, null);
            }
            if (!command.equals("build") && !command.equals("check")) {
                throw new IllegalArgumentException("unknown command \"" + command + "\"");
            }
            Path content = Path.of("content");
            Path out = Path.of("site");
            while (!rest.isEmpty()) {
                String option = rest.pop();
                switch (option) {
                    case "--content" -> content = Path.of(value(option, rest));
                    case "--out" -> {
                        if (command.equals("check")) {
                            throw new IllegalArgumentException("check writes nothing; --out is not allowed");
                        }
                        out = Path.of(value(option, rest));
                    }
                    default -> throw new IllegalArgumentException("unknown option \"" + option + "\"");
                }
            }
            return new Options(command, content, out);
        }

        private static String value(String option, Deque<String> rest) {
            if (rest.isEmpty() || rest.peek().startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a folder");
            }
            return rest.pop();
        }
    }
}
