package org.officialvoices.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.officialvoices.pipeline.Progress;

/**
 * Carries a {@link DeployPlan} out on an {@link ObjectStore}: the uploads of each phase in parallel, one phase
 * after the other; then the manifest; then the deletions. A failure stops it before the manifest is written,
 * so the next run sends again whatever this one did not confirm. Usage:
 * {@code new Deployer(store, progress, 32).apply(new Deployer(store, progress, 32).plan(files), maxDeletes)}.
 */
public final class Deployer {

    /** What a deploy did. */
    public record Result(int uploaded, int deleted, int unchanged) {
    }

    private final ObjectStore store;
    private final Progress progress;
    private final int inFlight;

    public Deployer(ObjectStore store, Progress progress, int inFlight) {
        this.store = store;
        this.progress = progress;
        this.inFlight = inFlight;
    }

    /** The plan for {@code local}: lists the bucket under the prefix and reads its manifest. */
    public DeployPlan plan(List<LocalFile> local) {
        var remote = store.list();
        Manifest previous = remote.contains(Manifest.NAME)
                ? store.read(Manifest.NAME).flatMap(Manifest::read).orElse(Manifest.empty())
                : Manifest.empty();
        return DeployPlan.of(local, remote, previous);
    }

    /**
     * Uploads, writes the manifest, deletes. Refuses, before changing anything, a plan that deletes more than
     * {@code maxDeletes} objects.
     */
    public Result apply(DeployPlan plan, int maxDeletes) {
        refuseMassDeletion(plan, maxDeletes);
        progress.start("uploading", plan.uploads().size());
        ExecutorService pool = Executors.newFixedThreadPool(inFlight, r -> {
            Thread t = new Thread(r, "deploy-upload");
            t.setDaemon(true);
            return t;
        });
        try {
            for (ServingRules.Phase phase : ServingRules.Phase.values()) {
                inParallel(plan.uploads(phase), upload -> {
                    send(upload.file());
                    progress.step();
                }, pool);
            }
            progress.finish();
            if (plan.writeManifest()) {
                store.put(Manifest.NAME, new ObjectHeaders("application/json; charset=UTF-8", "no-cache", null),
                        null, Payload.of(plan.manifest().toJson()));
            }
            inParallel(plan.deletes(), store::delete, pool);
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        return new Result(plan.uploads().size(), plan.deletes().size(), plan.unchanged());
    }

    /** The default limit on deletions: 5% of the site's files, at least 20. */
    public static int defaultMaxDeletes(int localFiles) {
        return Math.max(20, localFiles / 20);
    }

    static void refuseMassDeletion(DeployPlan plan, int maxDeletes) {
        int deletes = plan.deletes().size();
        if (deletes > maxDeletes) {
            throw new DeployFailed(String.format(java.util.Locale.ROOT, "refusing to delete %,d objects (more than"
                    + " --max-deletes %,d): check --site and --to; if the deletions are meant, run again with --max-deletes %d;"
                    + " nothing was changed", deletes, maxDeletes, deletes));
        }
    }

    /** Does {@code action} to every item, {@code inFlight} at a time; the first failure stops the rest and is rethrown. */
    private <T> void inParallel(List<T> items, Consumer<T> action, ExecutorService pool) {
        AtomicBoolean failed = new AtomicBoolean();
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < Math.min(inFlight, items.size()); w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < items.size() && !failed.get(); i = next.getAndIncrement()) {
                    try {
                        action.accept(items.get(i));
                    } catch (RuntimeException | Error e) {
                        failed.set(true);
                        throw e;
                    }
                }
                return null;
            }));
        }
        RuntimeException first = null;
        for (Future<?> worker : workers) {
            try {
                worker.get();
            } catch (ExecutionException e) {
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeployFailed("interrupted; run deploy again to finish", e);
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private void send(LocalFile file) {
        if (!file.headers().gzipped()) {
            store.put(file.path(), file.headers(), file.fingerprint(), Payload.of(file.file()));
            return;
        }
        try {
            if (Files.size(file.file()) <= Gzip.IN_MEMORY) {
                store.put(file.path(), file.headers(), file.fingerprint(), Payload.of(Gzip.compress(file.file())));
                return;
            }
            Path temp = Files.createTempFile("official-voices-deploy-", ".gz");
            try {
                Gzip.compress(file.file(), temp);
                store.put(file.path(), file.headers(), file.fingerprint(), Payload.of(temp));
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new DeployFailed("cannot read " + file.file() + ": " + e.getMessage() + "; nothing was deleted", e);
        }
    }
}
