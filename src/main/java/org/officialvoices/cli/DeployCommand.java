package org.officialvoices.cli;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.officialvoices.pipeline.Progress;
import org.officialvoices.publish.DeployFailed;
import org.officialvoices.publish.DeployPlan;
import org.officialvoices.publish.Deployer;
import org.officialvoices.publish.LocalFile;
import org.officialvoices.publish.S3ObjectStore;
import org.officialvoices.publish.S3Url;
import org.officialvoices.publish.SiteScanner;

/**
 * {@code deploy --to s3://BUCKET[/PREFIX] [--site DIR] [--endpoint URL] [--region R] [--dry-run]
 * [--max-deletes N] [--gzip]}: sends what changed in a built site to S3-compatible storage and deletes what
 * is gone. Exit 5 for anything the storage or the site folder refuses, with one line saying what to do.
 */
final class DeployCommand {

    /** Uploads in flight at once: enough to hide each request's round trip, few enough for any service's limits. */
    static final int IN_FLIGHT = 32;

    /** Parsed options; {@code endpoint} and {@code region} may be null, {@code maxDeletes} is -1 for the default. */
    record Options(String to, Path site, URI endpoint, String region, boolean dryRun, int maxDeletes, boolean gzip) {

        static Options parse(Deque<String> rest) {
            String to = null;
            Path site = Path.of("site");
            URI endpoint = null;
            String region = null;
            boolean dryRun = false;
            Integer maxDeletes = null;
            boolean gzip = false;
            while (!rest.isEmpty()) {
                String option = rest.pop();
                switch (option) {
                    case "--to" -> to = Main.Options.value(option, rest);
                    case "--site" -> site = Path.of(Main.Options.value(option, rest));
                    case "--endpoint" -> endpoint = endpoint(Main.Options.value(option, rest));
                    case "--region" -> region = Main.Options.value(option, rest);
                    case "--dry-run" -> dryRun = true;
                    case "--max-deletes" -> maxDeletes = Main.Options.number(option, Main.Options.value(option, rest));
                    case "--gzip" -> gzip = true;
                    default -> throw new IllegalArgumentException("unknown option \"" + option + "\" for deploy");
                }
            }
            if (to == null) {
                throw new IllegalArgumentException("deploy needs --to s3://BUCKET[/PREFIX]");
            }
            try {
                S3Url.parse(to);
            } catch (DeployFailed e) {
                throw new IllegalArgumentException(e.getMessage()); // a usage error, found before anything is read
            }
            if (maxDeletes != null && maxDeletes < 0) {
                throw new IllegalArgumentException("--max-deletes needs a number of at least 0");
            }
            return new Options(to, site, endpoint, region, dryRun, maxDeletes == null ? -1 : maxDeletes, gzip);
        }

        private static URI endpoint(String value) {
            try {
                URI uri = new URI(value);
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // explained below
            }
            throw new IllegalArgumentException("--endpoint needs an http:// or https:// URL such as"
                    + " https://ACCOUNT.r2.cloudflarestorage.com, got \"" + value + "\"");
        }
    }

    private DeployCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        try {
            S3Url target = S3Url.parse(options.to());
            List<LocalFile> files = new SiteScanner(options.gzip()).scan(options.site());
            int maxDeletes = options.maxDeletes() >= 0 ? options.maxDeletes() : Deployer.defaultMaxDeletes(files.size());
            Progress progress = options.dryRun() ? Progress.none() : Progress.forTerminal(err);
            try (S3ObjectStore store = S3ObjectStore.connect(target, options.endpoint(), options.region(), IN_FLIGHT)) {
                Deployer deployer = new Deployer(store, progress, IN_FLIGHT);
                DeployPlan plan = deployer.plan(files);
                if (options.dryRun()) {
                    return dryRun(plan, maxDeletes, seconds(start), out, err);
                }
                Deployer.Result result = deployer.apply(plan, maxDeletes);
                out.printf(Locale.ROOT, "uploaded %,d, deleted %,d, unchanged %,d in %.1f s (%s)%n", result.uploaded(),
                        result.deleted(), result.unchanged(), seconds(start), target);
                return Main.OK;
            }
        } catch (DeployFailed e) {
            err.println("error: " + e.getMessage());
            return Main.OUTPUT_FAILED;
        }
    }

    private static int dryRun(DeployPlan plan, int maxDeletes, double seconds, PrintStream out, PrintStream err) {
        for (DeployPlan.Upload upload : plan.uploads()) {
            out.println("would upload " + upload.file().path() + " (" + upload.reason().name().toLowerCase(Locale.ROOT) + ")");
        }
        for (String path : plan.deletes()) {
            out.println("would delete " + path);
        }
        out.printf(Locale.ROOT, "would upload %,d, delete %,d, unchanged %,d in %.1f s (dry run: nothing was changed)%n",
                plan.uploads().size(), plan.deletes().size(), plan.unchanged(), seconds);
        if (plan.deletes().size() > maxDeletes) {
            err.printf(Locale.ROOT, "error: a deploy would refuse to delete %,d objects (more than --max-deletes %,d)%n",
                    plan.deletes().size(), maxDeletes);
            return Main.OUTPUT_FAILED;
        }
        return Main.OK;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
