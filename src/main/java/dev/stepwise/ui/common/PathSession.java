package dev.stepwise.ui.common;

import static dev.stepwise.ui.common.Messages.tr;

import dev.stepwise.domain.Deadlines;
import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.PathChange;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.domain.SkillProgress;
import dev.stepwise.service.ContentService;
import dev.stepwise.service.ProgressService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one shared application state: the current path with the learner's progress, and the commands that change it.
 * FX-thread only. Every command saves on the store thread first and updates the state only after the commit, so
 * what a view shows is what is on disk. The checklist, the matrix and the overview all observe {@link #stateProperty},
 * which is how a tick in the checklist moves the matrix without either view knowing the other.
 *
 * <p>Switching paths replaces the state ({@link #show}); the views follow it like any other change. A save that
 * commits after the learner switched away belongs to the other path and is not applied here.
 */
public final class PathSession {
    private final ProgressService service;
    private final ContentService content;
    private final Background background;
    private final Consumer<Throwable> errors;
    private final ReadOnlyObjectWrapper<PathState> state;
    private final ReadOnlyStringWrapper lastSaved = new ReadOnlyStringWrapper(this, "lastSaved", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyIntegerWrapper saveCount = new ReadOnlyIntegerWrapper(this, "saveCount");
    private final ReadOnlyIntegerWrapper loads = new ReadOnlyIntegerWrapper(this, "loads");
    private final Clock clock;
    /** The learner's day as last noticed: what the screens show as today ({@link #updateDay}). */
    private final ReadOnlyObjectWrapper<LocalDate> day;

    public PathSession(PathState initial, ProgressService service, ContentService content, Background background,
                       Consumer<Throwable> errors) {
        this(initial, service, content, background, errors, Clock.systemDefaultZone());
    }

    /** @param clock the learner's clock, in their time zone: what "today" is for due dates */
    public PathSession(PathState initial, ProgressService service, ContentService content, Background background,
                       Consumer<Throwable> errors, Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        this.day = new ReadOnlyObjectWrapper<>(this, "day", Deadlines.today(clock));
        this.state = new ReadOnlyObjectWrapper<>(this, "state", Objects.requireNonNull(initial));
        this.service = service;
        this.content = content;
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

    /**
     * What to say as it is, not as something saved: a change that changed nothing ("Already done"). Its transaction
     * committed, so it proves the store works as a save does.
     */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    private void say(String message) {
        // Cleared first so that the same words again are news again.
        notice.set("");
        notice.set(message);
    }

    /**
     * Counts committed saves, including a note saved unchanged: each one proves the store works. A change found to
     * have changed nothing is a {@linkplain #noticeProperty notice} instead, which proves the same.
     */
    public ReadOnlyIntegerProperty saveCountProperty() {
        return saveCount.getReadOnlyProperty();
    }

    public Background background() {
        return background;
    }

    /** The learner's clock: what "today" is and when changes happen. */
    public Clock clock() {
        return clock;
    }

    /** The learner's calendar day now, in their time zone. */
    public LocalDate today() {
        return Deadlines.today(clock);
    }

    /**
     * The day the screens show as today. It changes when the calendar day does while the window is open, and
     * everything that depends on the day follows it: what is due or overdue, the review queue, the heat map, this
     * week's totals, the milestones' standings.
     */
    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day.getReadOnlyProperty();
    }

    /** Moves {@link #dayProperty} to today if the calendar day has changed; saves nothing. Called by {@link DayWatch}. */
    public void updateDay() {
        day.set(today());
    }

    /** The day the current path was installed or created, in the learner's time zone, read on the store thread. */
    public Background.Job<LocalDate> startedOn() {
        String pathId = pathId();
        return background.read(() -> LocalDate.ofInstant(content.startedAt(pathId), clock.getZone()));
    }

    /** Shows another path (or a fresh load of this one): every view follows. */
    public void show(PathState loaded) {
        state.set(Objects.requireNonNull(loaded));
        loads.set(loads.get() + 1);
    }

    /**
     * Counts the states read afresh from the store ({@link #show}, {@link #showSaved}). A fresh read equal to the state
     * shown (an undo of study time changes no progress) fires no change of {@link #stateProperty}, yet what is kept
     * beside the path, such as the study log, may have changed: this says to read it again.
     */
    public ReadOnlyIntegerProperty loadsProperty() {
        return loads.getReadOnlyProperty();
    }

    /** Shows the state a committed change produced elsewhere (an applied upgrade), saying so in the status bar. */
    public void showSaved(PathState saved, String message) {
        show(saved);
        lastSaved.set(message);
        saveCount.set(saveCount.get() + 1);
    }

    /** Says in the status bar that something finished that changed no progress (an export). */
    public void reportDone(String message) {
        // Cleared first so that the same message again (a second export to the same file) is news again.
        lastSaved.set("");
        lastSaved.set(message);
    }

    /**
     * Edits the current path's content; the state follows once the edit is committed, made as {@link WrittenContent}
     * says (on the store thread, unless another change was shown meanwhile).
     */
    public Background.Job<LearningPath> edit(PathChange change) {
        WrittenContent next = new WrittenContent(state.get());
        return save(pathId -> next.written(content.edit(pathId, change)), next::over, change.description());
    }

    /**
     * Shows the content a store job wrote other than by an edit (an applied upgrade), with the message made from it.
     * Its state is made as an edit's is ({@link WrittenContent}; 25-40 ms at 10,000 items).
     */
    public Background.Job<Optional<LearningPath>> showWritten(Supplier<Optional<LearningPath>> work,
                                                              Function<LearningPath, String> message) {
        WrittenContent next = new WrittenContent(state.get());
        String pathId = pathId();
        return background.run(() -> work.get().map(next::written)).onSuccess(written -> {
            if (written.isPresent() && pathId.equals(pathId())) {
                showSaved(next.over(state.get(), written.get()), message.apply(written.get()));
            }
        });
    }

    /** Says "already done" rather than "saved · marked done" when the item was so already: the store wrote nothing. */
    public Background.Job<ItemProgress> setStatus(String itemId, ItemStatus status) {
        return save(pathId -> service.setStatus(pathId, itemId, status), PathState::with, tr("status.marked." + status.name()),
                new IfUnchanged<>((shown, saved) -> shown.progressOf(itemId).equals(saved), tr("status.already." + status.name())));
    }

    public Background.Job<ItemProgress> saveNote(String itemId, String note) {
        return saveItem(pathId -> service.saveNote(pathId, itemId, note), tr("status.noteUpdated"));
    }

    public Background.Job<ItemProgress> setSubItemDone(String itemId, String subItemId, boolean done) {
        return saveItem(pathId -> service.setSubItemDone(pathId, itemId, subItemId, done),
                tr(done ? "status.subStepTicked" : "status.subStepUnticked"));
    }

    public Background.Job<SkillProgress> rate(String skillId, Level level, String note) {
        return saveSkill(pathId -> service.rate(pathId, skillId, level, note),
                tr("status.rated", Messages.current().level(level)));
    }

    public Background.Job<SkillProgress> setTarget(String skillId, Level target) {
        return saveSkill(pathId -> service.setTarget(pathId, skillId, target),
                tr("status.targetSet", Messages.current().level(target)));
    }

    public Background.Job<SelfCheckAnswer> answerSelfCheck(String checkId, SelfCheckAnswer answer) {
        return save(pathId -> service.answerSelfCheck(pathId, checkId, answer),
                (state, saved) -> state.withAnswer(checkId, saved), tr("status.answered", Messages.current().answer(answer)));
    }

    public Background.Job<Void> clearSelfCheck(String checkId) {
        return save(pathId -> {
            service.clearSelfCheck(pathId, checkId);
            return null;
        }, (state, cleared) -> state.withoutAnswer(checkId), tr("status.answerCleared"));
    }

    private Background.Job<ItemProgress> saveItem(Function<String, ItemProgress> work, String message) {
        return save(work, PathState::with, message);
    }

    private Background.Job<SkillProgress> saveSkill(Function<String, SkillProgress> work, String message) {
        return save(work, PathState::with, message);
    }

    /**
     * Saves for the path current now; the committed result is applied only if that path is still the one shown
     * (the learner may have switched meanwhile; the change is safely on disk either way).
     */
    private <T> Background.Job<T> save(Function<String, T> work, BiFunction<PathState, T, PathState> apply, String message) {
        return save(work, apply, message, new IfUnchanged<>((shown, saved) -> false, ""));
    }

    /**
     * How a change that turns out to have changed nothing is told: when that is so, judged from the state shown until
     * then and the committed result, and what to say instead of "saved". The results come back in the order the
     * changes were asked for, so the state shown holds every earlier one: a result equal to it changed nothing.
     */
    private record IfUnchanged<T>(BiPredicate<PathState, T> test, String message) {
    }

    private <T> Background.Job<T> save(Function<String, T> work, BiFunction<PathState, T, PathState> apply, String message,
                                       IfUnchanged<T> ifUnchanged) {
        String pathId = pathId();
        return background.run(() -> work.apply(pathId))
                .onSuccess(saved -> {
                    boolean shown = pathId.equals(pathId());
                    boolean unchanged = shown && ifUnchanged.test().test(state.get(), saved);
                    if (shown && !unchanged) {
                        state.set(apply.apply(state.get(), saved));
                    }
                    if (unchanged) {
                        say(ifUnchanged.message());
                        return;
                    }
                    lastSaved.set(message);
                    saveCount.set(saveCount.get() + 1);
                })
                .onError(errors);
    }
}
