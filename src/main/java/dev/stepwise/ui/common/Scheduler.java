package dev.stepwise.ui.common;

import java.time.Duration;

/** Runs something later on the FX thread; injectable so debouncing can be tested without a toolkit. */
@FunctionalInterface
public interface Scheduler {
    /** Returns a handle that cancels the action if it has not run yet. */
    Runnable schedule(Duration delay, Runnable action);
}
