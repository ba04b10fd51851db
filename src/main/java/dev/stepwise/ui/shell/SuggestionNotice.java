package dev.stepwise.ui.shell;

import dev.stepwise.ui.common.Scheduler;
import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The "rate this skill?" notice: shown when raised, for a while, until the learner acts on it or dismisses it. */
final class SuggestionNotice {
    private final ReadOnlyObjectWrapper<SkillSuggestion> shown = new ReadOnlyObjectWrapper<>(this, "suggestion");
    private final Scheduler scheduler;
    private final Duration shownFor;
    private Runnable cancelTimer = () -> { };

    SuggestionNotice(Scheduler scheduler, Duration shownFor) {
        this.scheduler = scheduler;
        this.shownFor = shownFor;
    }

    /**
     * Shows a suggestion for a while. Equal suggestions in a row must each be told: the property only reports a change
     * to a different value, so it passes through {@code null}.
     */
    void raise(SkillSuggestion raised) {
        cancelTimer.run();
        shown.set(null);
        shown.set(raised);
        cancelTimer = scheduler.schedule(shownFor, () -> shown.set(null));
    }

    ReadOnlyObjectProperty<SkillSuggestion> property() {
        return shown.getReadOnlyProperty();
    }

    /** The suggestion shown, if any, which is then closed: the learner acted on it. */
    Optional<SkillSuggestion> take() {
        Optional<SkillSuggestion> taken = Optional.ofNullable(shown.get());
        dismiss();
        return taken;
    }

    void dismiss() {
        cancelTimer.run();
        shown.set(null);
    }
}
