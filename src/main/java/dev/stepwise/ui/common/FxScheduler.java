package dev.stepwise.ui.common;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** {@link Scheduler} on the FX animation timer. */
public final class FxScheduler implements Scheduler {
    @Override
    public Runnable schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(event -> action.run());
        pause.play();
        return pause::stop;
    }
}
