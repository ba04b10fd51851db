package dev.stepwise.ui.common;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs something later on the FX thread, or off it; injectable so debouncing and background work can be tested
 * without a toolkit.
 */
@FunctionalInterface
public interface Scheduler {
    /** Returns a handle that cancels the action if it has not run yet. */
    Runnable schedule(Duration delay, Runnable action);

    /**
     * Computes {@code work} off the FX thread and hands its result to {@code onFx} on the FX thread (a {@code null}
     * result, meaning "no longer wanted", is dropped). Work whose cost grows with the path goes here. This default
     * runs both at once on the calling thread, which is what a test without a toolkit wants.
     */
    default <T> void offThread(Supplier<T> work, Consumer<T> onFx) {
        T result = work.get();
        if (result != null) {
            onFx.accept(result);
        }
    }
}
