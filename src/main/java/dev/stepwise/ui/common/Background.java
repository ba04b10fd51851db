package dev.stepwise.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Runs database work on the single "store" thread and hands results back to the FX thread. One thread means one
 * connection and one writer, and work runs in the order the learner asked for it.
 *
 * <pre>{@code background.run(() -> service.setStatus(...)).onSuccess(state::apply).onError(errors::show);}</pre>
 *
 * <p>The FX-side executor is injectable so view models can be tested without a toolkit.
 */
public final class Background implements AutoCloseable {
    private final ExecutorService store;
    private final Executor fx;
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper(this, "pending");

    public Background(ExecutorService store, Executor fx) {
        this.store = store;
        this.fx = fx;
    }

    /** The production setup: a daemon thread named "store", results delivered with {@link Platform#runLater}. */
    public static Background forFx() {
        return new Background(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "store");
            thread.setDaemon(true);
            return thread;
        }), Platform::runLater);
    }

    /** Call from the FX thread. */
    public <T> Job<T> run(Callable<T> work) {
        pending.set(pending.get() + 1);
        CompletableFuture<T> future = submit(work);
        future.whenComplete((result, error) -> fx.execute(() -> pending.set(pending.get() - 1)));
        return new Job<>(future, fx);
    }

    private <T> CompletableFuture<T> submit(Callable<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, store);
    }

    /** How many jobs have been submitted and not yet reported back: above zero means "saving". */
    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** Finishes the queued work (so nothing the learner did is lost), then stops the store thread. */
    @Override
    public void close() {
        store.shutdown();
        try {
            if (!store.awaitTermination(10, TimeUnit.SECONDS)) {
                store.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A submitted piece of work; callbacks run on the FX thread whenever they are attached. */
    public static final class Job<T> {
        private final CompletableFuture<T> future;
        private final Executor fx;

        private Job(CompletableFuture<T> future, Executor fx) {
            this.future = future;
            this.fx = fx;
        }

        public Job<T> onSuccess(Consumer<? super T> action) {
            future.thenAccept(result -> fx.execute(() -> action.accept(result)));
            return this;
        }

        public Job<T> onError(Consumer<Throwable> action) {
            future.exceptionally(error -> {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                fx.execute(() -> action.accept(cause));
                return null;
            });
            return this;
        }

        /** For shutdown and tests: waits for the work itself (not the callbacks). */
        public T await() {
            return future.join();
        }
    }
}
