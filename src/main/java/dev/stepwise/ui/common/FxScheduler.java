package dev.stepwise.ui.common;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;

/** The app's scheduler: pauses on the FX timeline, background work on one daemon thread of its own. */
public final class FxScheduler implements Scheduler {
    private static final Logger LOG = Logger.getLogger(FxScheduler.class.getName());

    /** One thread: requests that a newer one supersedes are dropped by their owners before they start. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ui-work");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public Runnable schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(event -> action.run());
        pause.play();
        return pause::stop;
    }

    @Override
    public <T> void offThread(Supplier<T> work, Consumer<T> onFx) {
        CompletableFuture.supplyAsync(work, worker).whenComplete((result, error) -> {
            if (error != null) {
                // Reading immutable state cannot fail on its own: this is a bug, not a learner's problem.
                LOG.log(Level.SEVERE, "background work of the window failed", error);
            } else if (result != null) {
                Platform.runLater(() -> onFx.accept(result));
            }
        });
    }
}
