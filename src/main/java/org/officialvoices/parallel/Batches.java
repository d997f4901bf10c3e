package org.officialvoices.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Does the same thing to every item of a list on every core, the caller's thread included, each thread
 * taking the next {@value #BATCH} items as it becomes free.
 *
 * <p>A parallel stream cuts its list into a few large pieces up front (a quarter each on two cores), so
 * near the end of a long stage one core could sit idle while the other finished its piece: 2.5 s of a
 * build of 178,700 accounts. Small batches taken in turn leave at most one batch of work on one core.
 *
 * <p>Usage: {@code Batches.forEach(pages, page -> render(page));}
 * {@code List<Parsed> parsed = Batches.map(files, file -> parse(file));}
 */
public final class Batches {

    /** Small enough to even out the end, large enough that taking a batch costs nothing next to it. */
    static final int BATCH = 16;

    private Batches() {
    }

    /** Calls {@code action} on every item, on all cores; rethrows the first failure once every thread has stopped. */
    public static <T> void forEach(List<T> items, Consumer<? super T> action) {
        run(items.size(), i -> action.accept(items.get(i)));
    }

    /** {@code f} of every item, in the order of {@code items}, computed on all cores. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
        Object[] results = new Object[items.size()];
        run(items.size(), i -> results[i] = f.apply(items.get(i)));
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return Collections.unmodifiableList(list);
    }

    /**
     * Runs {@code body} for 0 to {@code n - 1} on the common pool's threads and the caller's. The first
     * failure stops every thread from taking more work and is rethrown as it was thrown (an
     * {@link OutOfMemoryError} stays one), so callers see what a loop on one thread would have shown.
     */
    private static void run(int n, IntConsumer body) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            try {
                for (int start = next.getAndAdd(BATCH); start < n; start = next.getAndAdd(BATCH)) {
                    int end = Math.min(start + BATCH, n);
                    for (int i = start; i < end; i++) {
                        body.accept(i);
                    }
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
                next.set(n);
            }
        };
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), (n - 1) / BATCH);
        List<ForkJoinTask<?>> started = new ArrayList<>();
        for (int h = 0; h < helpers; h++) {
            started.add(ForkJoinPool.commonPool().submit(worker));
        }
        worker.run();
        started.forEach(ForkJoinTask::join);
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t); // a checked exception thrown sneakily; none of ours do
        }
    }
}
