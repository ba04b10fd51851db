package dev.stepwise.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.ui.ViewModelFixture.ManualExecutorService;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The store-thread helper, with both its executors under the test's control: no threads, no toolkit. */
class BackgroundTest {
    final ManualExecutorService store = new ManualExecutorService();
    final FxQueue fx = new FxQueue();
    final Background background = new Background(store, fx);

    /**
     * Stands in for the FX thread: runs handed-back callbacks only when the test says so, one queued hop at a time,
     * so a test sees how many hops a job takes and in which order they run (a synchronous executor would hide both).
     */
    static final class FxQueue implements Executor {
        private final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            queue.add(command);
        }

        /** Hops handed to the FX thread and not yet run. */
        int queued() {
            return queue.size();
        }

        void runNext() {
            queue.remove().run();
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.remove().run();
            }
        }
    }

    @Test
    void workGivenToTheStoreThreadBeforeTheToolkitStartedIsReportedBackOnceAdopted() {
        CompletableFuture<String> openedEarly = CompletableFuture.completedFuture("opened");
        List<String> results = new ArrayList<>();

        background.adopt(openedEarly).onSuccess(results::add);

        assertThat(background.pendingProperty().get()).isEqualTo(1);
        assertThat(fx.queued()).isEqualTo(1);
        fx.runAll();
        assertThat(results).containsExactly("opened");
        assertThat(background.pendingProperty().get()).isZero();
    }

    @Test
    void aFailureOfAdoptedWorkReachesItsErrorCallbackUnwrapped() {
        CompletableFuture<String> failed = CompletableFuture.supplyAsync(() -> {
            throw new IllegalStateException("locked");
        }, Runnable::run);
        List<Throwable> errors = new ArrayList<>();

        background.adopt(failed).onError(errors::add);
        fx.runAll();

        assertThat(errors).singleElement().isInstanceOf(IllegalStateException.class)
                .extracting(Throwable::getMessage).isEqualTo("locked");
    }

    @Test
    void workRunsOnTheStoreExecutorAndTheResultIsHandedBackThroughTheFxExecutor() {
        List<String> results = new ArrayList<>();
        List<String> ran = new ArrayList<>();

        background.run(() -> {
            ran.add("work");
            return "saved";
        }).onSuccess(results::add);

        assertThat(ran).isEmpty();
        assertThat(store.queued()).isEqualTo(1);

        store.runAll();
        assertThat(ran).containsExactly("work");
        assertThat(results).as("callbacks wait for the FX executor").isEmpty();

        fx.runAll();
        assertThat(results).containsExactly("saved");
    }

    @Test
    void pendingCountsJobsUntilTheyAreReportedBack() {
        background.run(() -> 1);
        background.run(() -> 2);
        assertThat(background.pendingProperty().get()).isEqualTo(2);

        store.runNext();
        assertThat(background.pendingProperty().get()).as("not yet reported on the FX thread").isEqualTo(2);
        fx.runAll();
        assertThat(background.pendingProperty().get()).isEqualTo(1);

        store.runNext();
        fx.runAll();
        assertThat(background.pendingProperty().get()).isZero();
    }

    @Test
    void aFailedJobIsNoLongerPending() {
        background.run(() -> {
            throw new IllegalStateException("disk full");
        });
        store.runAll();
        fx.runAll();

        assertThat(background.pendingProperty().get()).isZero();
    }

    @Test
    void onErrorReceivesTheOriginalExceptionNotAWrapper() {
        List<Throwable> errors = new ArrayList<>();
        List<Object> results = new ArrayList<>();

        background.run(() -> {
            throw new IllegalStateException("disk full");
        }).onSuccess(results::add).onError(errors::add);
        background.run(() -> {
            throw new IOException("cannot read");
        }).onSuccess(results::add).onError(errors::add);
        store.runAll();
        fx.runAll();

        assertThat(results).isEmpty();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
        assertThat(errors.get(1)).isInstanceOf(IOException.class).hasMessage("cannot read");
    }

    @Test
    void onSuccessIsNotCalledForAFailureNorOnErrorForASuccess() {
        List<String> calls = new ArrayList<>();

        background.run(() -> "ok").onSuccess(result -> calls.add("success " + result))
                .onError(error -> calls.add("error"));
        store.runAll();
        fx.runAll();

        assertThat(calls).containsExactly("success ok");
    }

    @Test
    void callbacksAttachedAfterCompletionStillRun() {
        Background.Job<String> job = background.run(() -> "done");
        store.runAll();
        fx.runAll();
        List<String> results = new ArrayList<>();

        job.onSuccess(results::add);
        fx.runAll();

        assertThat(results).containsExactly("done");
    }

    @Test
    void allSuccessCallbacksOfAJobRunInRegistrationOrderInOneHopBeforeItStopsBeingPending() {
        List<String> calls = new ArrayList<>();

        background.run(() -> "saved")
                .onSuccess(result -> calls.add("state applies " + result))
                .onSuccess(result -> calls.add("view model reacts, pending " + background.pendingProperty().get()))
                .onSuccess(result -> calls.add("third"));
        store.runAll();

        assertThat(fx.queued()).as("one hop to the FX thread for the whole job").isEqualTo(1);
        assertThat(calls).isEmpty();
        fx.runNext();
        assertThat(calls).containsExactly("state applies saved", "view model reacts, pending 1", "third");
        assertThat(background.pendingProperty().get()).as("reported back in the same hop").isZero();
        assertThat(fx.queued()).isZero();
    }

    @Test
    void allErrorCallbacksOfAFailedJobRunInRegistrationOrderInOneHop() {
        List<String> calls = new ArrayList<>();

        background.run(() -> {
            throw new IllegalStateException("disk full");
        })
                .onError(error -> calls.add("first " + error.getMessage()))
                .onSuccess(result -> calls.add("success"))
                .onError(error -> calls.add("second " + error.getMessage()));
        store.runAll();

        assertThat(fx.queued()).isEqualTo(1);
        fx.runNext();
        assertThat(calls).containsExactly("first disk full", "second disk full");
        assertThat(background.pendingProperty().get()).isZero();
    }

    @Test
    void onlyTheSuccessCallbacksOfASucceededJobRunStillInRegistrationOrder() {
        List<String> calls = new ArrayList<>();

        background.run(() -> "ok")
                .onSuccess(result -> calls.add("first " + result))
                .onError(error -> calls.add("error"))
                .onSuccess(result -> calls.add("second " + result));
        store.runAll();

        assertThat(fx.queued()).isEqualTo(1);
        fx.runNext();
        assertThat(calls).containsExactly("first ok", "second ok");
    }

    @Test
    void aCallbackAttachedAfterTheWorkFinishedButBeforeTheHopRanJoinsThatHop() {
        List<String> calls = new ArrayList<>();
        Background.Job<String> job = background.run(() -> "done").onSuccess(result -> calls.add("early"));
        store.runAll();

        job.onSuccess(result -> calls.add("late"));

        assertThat(fx.queued()).isEqualTo(1);
        fx.runNext();
        assertThat(calls).containsExactly("early", "late");
    }

    @Test
    void callbacksAttachedAfterTheJobWasReportedRunInTheirOwnHopsInRegistrationOrder() {
        List<String> calls = new ArrayList<>();
        Background.Job<String> ok = background.run(() -> "done").onSuccess(result -> calls.add("early"));
        Background.Job<String> failed = background.run(() -> {
            throw new IllegalStateException("boom");
        });
        store.runAll();
        fx.runAll();
        assertThat(calls).containsExactly("early");

        ok.onSuccess(result -> calls.add("late " + result)).onError(error -> calls.add("not an error"));
        ok.onSuccess(result -> calls.add("later " + result));
        failed.onError(error -> calls.add("late " + error.getMessage())).onSuccess(result -> calls.add("not a result"));
        fx.runAll();

        assertThat(calls).containsExactly("early", "late done", "later done", "late boom");
        assertThat(background.pendingProperty().get()).isZero();
    }

    @Test
    void aThrowingCallbackReachesTheFxThreadStopsTheLaterOnesAndTheJobIsStillReportedBack() {
        List<String> calls = new ArrayList<>();
        background.run(() -> "saved")
                .onSuccess(result -> {
                    throw new IllegalStateException("apply failed");
                })
                .onSuccess(result -> calls.add("view model reacts to a state that was not applied"));
        store.runAll();

        assertThatThrownBy(fx::runNext).isInstanceOf(IllegalStateException.class).hasMessage("apply failed");
        assertThat(calls).isEmpty();
        assertThat(background.pendingProperty().get()).isZero();
    }

    @Test
    void awaitReturnsTheResultOrThrows() {
        Background.Job<Integer> ok = background.run(() -> 42);
        Background.Job<Integer> failed = background.run(() -> {
            throw new IllegalStateException("boom");
        });
        store.runAll();

        assertThat(ok.await()).isEqualTo(42);
        assertThatThrownBy(failed::await).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void closeStopsTheStoreExecutor() {
        background.close();

        assertThat(store.isShutdown()).isTrue();
    }
}
