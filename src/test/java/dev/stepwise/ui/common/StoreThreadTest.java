package dev.stepwise.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link StoreThread}: idle work runs on the store thread after the queue empties, never between queued jobs. */
class StoreThreadTest {
    private final StoreThread store = new StoreThread();
    private final List<String> ran = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        store.shutdown();
        assertThat(store.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void idleWorkRunsOnTheStoreThreadOnceTheQueuedJobsAreDone() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch idle = new CountDownLatch(1);
        store.whenIdle(() -> {
            ran.add("idle on " + Thread.currentThread().getName());
            idle.countDown();
        });

        store.submit(() -> {
            release.await();
            ran.add("first");
            return null;
        });
        store.submit(() -> ran.add("second"));
        store.submit(() -> ran.add("third"));
        release.countDown();

        assertThat(idle.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactly("first", "second", "third", "idle on store");
    }

    @Test
    void withoutIdleWorkJobsJustRun() throws Exception {
        Future<?> job = store.submit(() -> ran.add("job"));

        job.get(10, TimeUnit.SECONDS);

        assertThat(ran).containsExactly("job");
    }

    @Test
    void idleWorkThatFailsLeavesTheThreadForTheNextJob() throws Exception {
        CountDownLatch failed = new CountDownLatch(1);
        store.whenIdle(() -> {
            ran.add("idle");
            failed.countDown();
            throw new IllegalStateException("checkpoint failed");
        });
        Thread first = store.submit(() -> {
            ran.add("first");
            return Thread.currentThread();
        }).get(10, TimeUnit.SECONDS);
        // Nothing else is queued until the idle work has run (and thrown): it runs after "first", not after "next".
        assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();

        Future<Thread> next = store.submit(Thread::currentThread);

        assertThat(next.get(10, TimeUnit.SECONDS)).as("the same thread, not a replacement").isSameAs(first);
        assertThat(ran).startsWith("first", "idle");
    }
}
