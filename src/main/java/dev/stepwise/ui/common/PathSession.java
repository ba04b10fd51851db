package dev.stepwise.ui.common;

import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.domain.SkillProgress;
import dev.stepwise.service.ProgressService;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one shared application state: the open path with the learner's progress, and the commands that change it.
 * FX-thread only. Every command saves on the store thread first and updates the state only after the commit, so
 * what a view shows is what is on disk. The checklist, the matrix and the overview all observe {@link #stateProperty},
 * which is how a tick in the checklist moves the matrix without either view knowing the other.
 */
public final class PathSession {
    private final ProgressService service;
    private final Background background;
    private final Consumer<Throwable> errors;
    private final ReadOnlyObjectWrapper<PathState> state;
    private final ReadOnlyStringWrapper lastSaved = new ReadOnlyStringWrapper(this, "lastSaved", "");
    private final ReadOnlyIntegerWrapper saveCount = new ReadOnlyIntegerWrapper(this, "saveCount");

    public PathSession(PathState initial, ProgressService service, Background background, Consumer<Throwable> errors) {
        this.state = new ReadOnlyObjectWrapper<>(this, "state", Objects.requireNonNull(initial));
        this.service = service;
        this.background = background;
        this.errors = errors;
    }

    public ReadOnlyObjectProperty<PathState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public PathState state() {
        return state.get();
    }

    public String pathId() {
        return state.get().path().id();
    }

    /** A short description of the last committed change, for the status bar. */
    public ReadOnlyStringProperty lastSavedProperty() {
        return lastSaved.getReadOnlyProperty();
    }

    /** Counts committed saves, including those that changed nothing: each one proves the store works. */
    public ReadOnlyIntegerProperty saveCountProperty() {
        return saveCount.getReadOnlyProperty();
    }

    public Background background() {
        return background;
    }

    public Background.Job<ItemProgress> setStatus(String itemId, ItemStatus status) {
        return saveItem(() -> service.setStatus(pathId(), itemId, status), "Marked " + status.label().toLowerCase());
    }

    public Background.Job<ItemProgress> saveNote(String itemId, String note) {
        return saveItem(() -> service.saveNote(pathId(), itemId, note), "Note updated");
    }

    public Background.Job<ItemProgress> setSubItemDone(String itemId, String subItemId, boolean done) {
        return saveItem(() -> service.setSubItemDone(pathId(), itemId, subItemId, done), done ? "Sub-step ticked" : "Sub-step unticked");
    }

    public Background.Job<SkillProgress> rate(String skillId, Level level, String note) {
        return saveSkill(() -> service.rate(pathId(), skillId, level, note), "Rated " + level);
    }

    public Background.Job<SkillProgress> setTarget(String skillId, Level target) {
        return saveSkill(() -> service.setTarget(pathId(), skillId, target), "Target set to " + target);
    }

    public Background.Job<SelfCheckAnswer> answerSelfCheck(String checkId, SelfCheckAnswer answer) {
        return save(() -> service.answerSelfCheck(pathId(), checkId, answer),
                (state, saved) -> state.withAnswer(checkId, saved), "Answered “" + answer.label() + "”");
    }

    private Background.Job<ItemProgress> saveItem(Callable<ItemProgress> work, String message) {
        return save(work, PathState::with, message);
    }

    private Background.Job<SkillProgress> saveSkill(Callable<SkillProgress> work, String message) {
        return save(work, PathState::with, message);
    }

    private <T> Background.Job<T> save(Callable<T> work, BiFunction<PathState, T, PathState> apply, String message) {
        return background.run(work)
                .onSuccess(saved -> {
                    state.set(apply.apply(state.get(), saved));
                    lastSaved.set(message);
                    saveCount.set(saveCount.get() + 1);
                })
                .onError(errors);
    }
}
