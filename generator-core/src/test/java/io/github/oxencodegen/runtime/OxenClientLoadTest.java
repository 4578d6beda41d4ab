package io.github.oxencodegen.runtime;

import static io.github.oxencodegen.runtime.OxenClientQueueTest.FAST;
import static io.github.oxencodegen.runtime.OxenClientQueueTest.enqueued;
import static io.github.oxencodegen.runtime.OxenClientSyncTest.clientOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.OxenPaths;
import io.github.oxencodegen.fake.Reply;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One client, 200 requests enqueued and awaited at once against the fake Oxen. Enqueueing is a
 * blocking call, so 16 threads of the test send the 200 POSTs; the waits are {@link OxenClient#awaitAsync},
 * which holds no thread while it waits. Prints its figures (time, threads, heap) for the README; asserts no time.
 */
class OxenClientLoadTest {
    private static final int REQUESTS = 200;

    private static String id(int n) {
        return String.format("00000000-0000-4000-8000-%012d", n);
    }

    private static Reply generation(int n, String status) {
        String json = new String(OxenClientSyncTest.bytes("generation/queue-get-" + status + ".json"), StandardCharsets.UTF_8);
        return Reply.json(200, json.replace("7cf9b23a-1234-5678-9abc-def012345678", id(n)));
    }

    /**
     * The threads the client's calls run on: its HTTP workers and selector, the delay scheduler and the
     * common pool that {@code awaitAsync} waits with (not the test's 16 senders, not the fake server's),
     * leaving out those that ran before the test (other tests' clients, idle until they time out).
     */
    private static int clientThreads(Set<Thread> before) {
        return (int) Thread.getAllStackTraces().keySet().stream().filter(thread -> !before.contains(thread)).map(Thread::getName)
                .filter(name -> name.startsWith("oxen-client-") || name.startsWith("HttpClient-")
                        || name.startsWith("ForkJoinPool.commonPool-") || name.equals("CompletableFutureDelayScheduler"))
                .count();
    }

    @Test
    void twoHundredRequestsAreEnqueuedOnceEachAndEveryResultArrivesOnceWithBoundedThreads() throws Exception {
        try (FakeOxen oxen = FakeOxen.start()) {
            Reply[] enqueues = new Reply[REQUESTS];
            for (int n = 0; n < REQUESTS; n++) {
                enqueues[n] = enqueued(id(n));
                oxen.serveInTurn("GET", OxenPaths.queueItem(id(n)), generation(n, "processing"), generation(n, "succeeded"));
            }
            oxen.enqueue("POST", OxenPaths.QUEUE, enqueues);
            OxenClient client = clientOf(oxen).imagePolling(FAST).videoPolling(FAST).build();
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();
            Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
            AtomicInteger mostThreads = new AtomicInteger();
            AtomicBoolean running = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (running.get()) {
                    mostThreads.accumulateAndGet(clientThreads(before), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            ExecutorService senders = Executors.newFixedThreadPool(16);
            long started = System.nanoTime();
            List<CompletableFuture<Generation>> results = new ArrayList<>();
            try {
                for (int n = 0; n < REQUESTS; n++) {
                    results.add(CompletableFuture.supplyAsync(() -> client.enqueue(TestRequest.video()).get(0), senders)
                            .thenCompose(queued -> client.awaitAsync(queued, Duration.ofSeconds(60))));
                }
                CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            } finally {
                senders.shutdownNow();
                running.set(false);
                sampler.join();
            }
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            long heapAfter = memory.getHeapMemoryUsage().getUsed();

            List<Generation> done = results.stream().map(CompletableFuture::join).toList();
            assertThat(oxen.count("POST", OxenPaths.QUEUE)).isEqualTo(REQUESTS);
            assertThat(done).allSatisfy(generation -> assertThat(generation.status()).isEqualTo(GenerationStatus.SUCCEEDED));
            assertThat(done.stream().collect(Collectors.groupingBy(Generation::id, Collectors.counting())))
                    .hasSize(REQUESTS).allSatisfy((id, times) -> assertThat(times).isEqualTo(1L));
            assertThat(done.stream().map(Generation::id).collect(Collectors.toMap(Function.identity(), id -> oxen.count("GET",
                    OxenPaths.queueItem(id))))).allSatisfy((id, polls) -> assertThat(polls).isEqualTo(2));
            // 200 calls in flight on a fixed handful of threads: the workers, one selector, one scheduler, the common pool
            assertThat(mostThreads.get()).isLessThanOrEqualTo(OxenHttp.WORKERS + 2 + ForkJoinPool.getCommonPoolParallelism());
            // 200 generations and their answers; the heap is not collected first, so this only catches a leak by the megabyte
            assertThat((heapAfter - heapBefore) >> 20).isLessThan(256);
            System.out.printf("load: %d requests, %d POSTs, %d GETs, %d ms; client threads at most %d;"
                            + " heap %d MB before, %d MB after (not collected)%n", REQUESTS, oxen.count("POST", OxenPaths.QUEUE),
                    oxen.requests().size() - REQUESTS, elapsedMillis, mostThreads.get(), heapBefore >> 20, heapAfter >> 20);
        }
    }
}
