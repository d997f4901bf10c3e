package org.officialvoices.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class BatchesTest {

    private static List<Integer> numbers(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    @Test
    void mapKeepsTheOrderOfTheItemsWhateverTheirCountAgainstABatch() {
        for (int n : new int[] {0, 1, Batches.BATCH - 1, Batches.BATCH, Batches.BATCH + 1, 10_007}) {
            List<Integer> items = numbers(n);
            assertThat(Batches.map(items, i -> "item " + i))
                    .as("%d items", n)
                    .containsExactlyElementsOf(items.stream().map(i -> "item " + i).toList());
        }
    }

    @Test
    void mapKeepsNullResultsInPlace() {
        assertThat(Batches.map(numbers(40), i -> i % 3 == 0 ? null : i)).hasSize(40).element(3).isNull();
    }

    @Test
    void forEachCallsTheActionOnceForEveryItem() {
        int n = 50_000;
        AtomicIntegerArray calls = new AtomicIntegerArray(n);
        Batches.forEach(numbers(n), calls::incrementAndGet);
        assertThat(IntStream.range(0, n).filter(i -> calls.get(i) != 1)).isEmpty();
    }

    @Test
    void theCallersThreadAndAPoolThreadShareTheWork() {
        java.util.Set<String> threads = ConcurrentHashMap.newKeySet();
        Batches.forEach(numbers(4 * Batches.BATCH), i -> {
            threads.add(Thread.currentThread().getName());
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (threads.size() < 2 && System.nanoTime() < deadline) {
                Thread.onSpinWait(); // the first thread in waits until another one has taken a batch
            }
        });
        assertThat(threads).hasSize(2).contains(Thread.currentThread().getName());
    }

    @Test
    void theFirstFailureIsRethrownAsItWasAndStopsTheRest() {
        IllegalStateException boom = new IllegalStateException("page 0 failed");
        AtomicInteger done = new AtomicInteger();
        int n = 200_000;
        assertThatThrownBy(() -> Batches.forEach(numbers(n), i -> {
            if (i == 0) {
                throw boom;
            }
            busy();
            done.incrementAndGet();
        })).isSameAs(boom);
        assertThat(done.get()).isLessThan(n - 1);
    }

    @Test
    void anErrorStaysAnError() {
        OutOfMemoryError full = new OutOfMemoryError("Java heap space");
        assertThatThrownBy(() -> Batches.map(numbers(100), i -> {
            if (i == 57) {
                throw full;
            }
            return i;
        })).isSameAs(full);
    }

    private static void busy() {
        long x = 0;
        for (int k = 0; k < 200; k++) {
            x += k * 31L;
        }
        if (x == 42) {
            throw new AssertionError();
        }
    }
}
