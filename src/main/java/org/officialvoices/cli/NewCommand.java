package org.officialvoices.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.officialvoices.content.Content;
import org.officialvoices.pipeline.Pipeline;
import org.officialvoices.scaffold.Scaffolder;

/**
 * {@code new case-study "Title" [--slug S]} and {@code new account --platform P --id ID [--name N] [--kind K]
 * [--country CC] [--source S]}, both with {@code [--content DIR]}: writes a file that passes {@code check},
 * refuses to overwrite, prints its path and the fields to fill in.
 */
final class NewCommand {

    private static final List<String> CASE_STUDY_OPTIONS = List.of("--content", "--slug");
    private static final List<String> ACCOUNT_OPTIONS = List.of("--content", "--platform", "--id", "--name", "--kind",
            "--country", "--source");

    /** What to create, with its options by name. */
    record Options(String what, String title, Map<String, String> values) {

        static Options parse(Deque<String> rest) {
            if (rest.isEmpty() || !List.of("case-study", "account").contains(rest.peek())) {
                throw new IllegalArgumentException("new needs what to create: new case-study \"Title\" or "
                        + "new account --platform P --id ID");
            }
            String what = rest.pop();
            String title = null;
            if (what.equals("case-study")) {
                if (rest.isEmpty() || rest.peek().startsWith("--")) {
                    throw new IllegalArgumentException("new case-study needs a title, e.g. new case-study \"Police on Weibo\"");
                }
                title = rest.pop();
            }
            List<String> allowed = what.equals("case-study") ? CASE_STUDY_OPTIONS : ACCOUNT_OPTIONS;
            Map<String, String> values = new HashMap<>();
            while (!rest.isEmpty()) {
                String option = rest.pop();
                if (!allowed.contains(option)) {
                    throw new IllegalArgumentException("unknown option \"" + option + "\" for new " + what
                            + " (known: " + String.join(", ", allowed) + ")");
                }
                values.put(option, Main.Options.value(option, rest));
            }
            return new Options(what, title, values);
        }
    }

    private NewCommand() {
    }

    private static void deleteQuietly(Path file) {
        try {
            java.nio.file.Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            // reported with the failure itself
        }
    }

    /** @throws org.officialvoices.diag.BuildFailed when the content folder has errors: fix those first */
    static int run(Options options, PrintStream out, PrintStream err) {
        Path contentDir = Path.of(options.values().getOrDefault("--content", "content"));
        Content content = new Pipeline().check(contentDir);
        Scaffolder scaffolder = new Scaffolder(contentDir, content);
        Map<String, String> v = options.values();
        Scaffolder.Created created;
        try {
            created = options.what().equals("case-study")
                    ? scaffolder.caseStudy(options.title(), v.get("--slug"), LocalDate.now())
                    : scaffolder.account(v.get("--platform"), v.get("--id"), v.get("--name"), v.get("--kind"),
                            v.get("--country"), v.get("--source"));
        } catch (Scaffolder.Refused e) {
            err.println("error: " + e.getMessage());
            return Main.USAGE; // the command's arguments are at fault, not the content
        }
        try {
            new Pipeline().check(contentDir);
        } catch (org.officialvoices.diag.BuildFailed e) {
            deleteQuietly(created.file());
            throw new IllegalStateException("the new file did not pass check, so it was removed: " + e.diagnostics(), e);
        }
        out.println(created.file());
        err.println("created " + created.file() + "; it passes check as it is. Replace the placeholders in: "
                + String.join(", ", created.toReview()));
        return Main.OK;
    }
}
