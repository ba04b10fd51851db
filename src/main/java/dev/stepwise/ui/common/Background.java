package dev.stepwise.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
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

    /** The production setup: a {@link StoreThread}, results delivered with {@link Platform#runLater}. */
    public static Background forFx() {
        return new Background(new StoreThread(), Platform::runLater);
    }

    /** The production setup on a store thread that is already running (it began opening the data before the toolkit). */
    public static Background forFx(StoreThread thread) {
        return new Background(thread, Platform::runLater);
    }

    /**
     * Upkeep to run on the store thread whenever it runs out of jobs (see {@link StoreThread}).
     *
     * @throws IllegalStateException when this runs on an executor that cannot tell (a test's or a benchmark's own)
     */
    public void whenIdle(Runnable work) {
        if (!(store instanceof StoreThread thread)) {
            throw new IllegalStateException("Only a StoreThread runs idle work, not " + store);
        }
        thread.whenIdle(work);
    }

    /** Call from the FX thread. */
    public <T> Job<T> run(Callable<T> work) {
        return adopt(submit(work));
    }

    /**
     * Call from the FX thread: work already given to this background's store thread (before the toolkit could take
     * results back), reported back like {@link #run}'s.
     */
    public <T> Job<T> adopt(CompletableFuture<T> future) {
        pending.set(pending.get() + 1);
        Job<T> job = new Job<>(future, fx, () -> pending.set(pending.get() - 1));
        future.whenComplete(job::completed);
        return job;
    }

    /**
     * Call from the FX thread: work that only reads, in the same queue as the writes (so it sees every change asked
     * for before it), but not counted as pending — reading the history is not "saving".
     */
    public <T> Job<T> read(Callable<T> work) {
        CompletableFuture<T> future = submit(work);
        Job<T> job = new Job<>(future, fx, () -> { });
        future.whenComplete(job::completed);
        return job;
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

    /** After the app closed the store thread: nothing more can be run. */
    public boolean isClosed() {
        return store.isShutdown();
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

    /**
     * A submitted piece of work. When it completes, all its callbacks run on the FX thread in one hop, in the order
     * they were registered, and only then does the job stop counting as pending: the shared state (which registers
     * first) applies a result before any view model reacts to it. A callback attached after that hop runs in a hop
     * of its own, queued behind the earlier ones.
     */
    public static final class Job<T> {
        private final CompletableFuture<T> future;
        private final Executor fx;
        private final Runnable reportedBack;
        // Guarded by this. Callbacks wait here until the job's hop to the FX thread takes them all at once.
        private final List<Consumer<? super T>> successCallbacks = new ArrayList<>();
        private final List<Consumer<Throwable>> errorCallbacks = new ArrayList<>();
        private boolean reported;

        private Job(CompletableFuture<T> future, Executor fx, Runnable reportedBack) {
            this.future = future;
            this.fx = fx;
            this.reportedBack = reportedBack;
        }

        public Job<T> onSuccess(Consumer<? super T> action) {
            Objects.requireNonNull(action, "action");
            synchronized (this) {
                if (!reported) {
                    successCallbacks.add(action);
                    return this;
                }
            }
            if (!future.isCompletedExceptionally()) {
                T result = future.join();
                fx.execute(() -> action.accept(result));
            }
            return this;
        }

        public Job<T> onError(Consumer<Throwable> action) {
            Objects.requireNonNull(action, "action");
            synchronized (this) {
                if (!reported) {
                    errorCallbacks.add(action);
                    return this;
                }
            }
            future.exceptionally(error -> {
                fx.execute(() -> action.accept(cause(error)));
                return null;
            });
            return this;
        }

        /** For shutdown and tests: waits for the work itself (not the callbacks). */
        public T await() {
            return future.join();
        }

        /** On the store thread: the one hop that reports this job back. */
        private void completed(T result, Throwable error) {
            fx.execute(() -> report(result, error));
        }

        /**
         * On the FX thread. A callback that throws stops the later ones (they would react to a result that was not
         * applied) and reaches the FX thread's handler; the job is reported back either way.
         */
        private void report(T result, Throwable error) {
            List<Consumer<? super T>> successes;
            List<Consumer<Throwable>> errors;
            synchronized (this) {
                reported = true;
                successes = new ArrayList<>(successCallbacks);
                errors = new ArrayList<>(errorCallbacks);
                successCallbacks.clear();
                errorCallbacks.clear();
            }
            try {
                if (error == null) {
                    successes.forEach(action -> action.accept(result));
                } else {
                    Throwable cause = cause(error);
                    errors.forEach(action -> action.accept(cause));
                }
            } finally {
                reportedBack.run();
            }
        }

        private static Throwable cause(Throwable error) {
            return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        }
    }
}
