package dev.stepwise.ui.common;

import dev.stepwise.domain.ActivityHistory;
import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.HeldProgress;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.PathChange;
import dev.stepwise.domain.PathEdits;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.PathSummary;
import dev.stepwise.service.HistoryService;
import dev.stepwise.service.PathUpdatePreview;
import dev.stepwise.service.PreferencesService;
import dev.stepwise.service.ProgressService;
import dev.stepwise.service.ReviewService;
import dev.stepwise.service.StudyTimeService;
import dev.stepwise.service.UpstreamService;
import dev.stepwise.service.WorkspaceService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.util.Subscription;

/**
 * The learner's paths side by side and which one is current. FX-thread only. The current path's state lives in the
 * {@link PathSession}; switching loads the chosen path on the store thread and shows it there, so every view follows
 * without being rebuilt. The choice is remembered in the same store job.
 */
public final class Workspace {
    private final PathSession session;
    private final WorkspaceService service;
    private final ProgressService progress;
    private final PreferencesService preferences;
    private final Consumer<Throwable> errors;
    private final ObservableList<PathSummary> paths = FXCollections.observableArrayList();
    private final ObservableList<PathSummary> readOnlyPaths = FXCollections.unmodifiableObservableList(paths);
    private final List<Runnable> beforeLeaving = new ArrayList<>();
    private final ObservableSet<String> upgradable = FXCollections.observableSet();
    private final ObservableSet<String> readOnlyUpgradable = FXCollections.unmodifiableObservableSet(upgradable);
    private final UpstreamService upstream;
    private final HistoryService history;
    private final Lazy<StudyTracker> study;

    public Workspace(PathSession session, List<PathSummary> initial, Collection<String> upgradable, Services services,
                     Consumer<Throwable> errors) {
        this.session = session;
        this.service = services.workspace();
        this.progress = services.progress();
        this.preferences = services.preferences();
        this.upstream = services.upstream();
        this.history = services.history();
        this.errors = errors;
        // Made when a view first asks: reading the study log is one more store job, which a workspace without those views
        // (a test's) need not run.
        this.study = new Lazy<>(() -> new StudyTracker(session, services.studyTime(), services.reviews(), services.clock(), errors));
        paths.setAll(initial);
        this.upgradable.addAll(upgradable);
        // The current path's entry follows its title and progress as the learner works.
        session.stateProperty().subscribe(this::updateSummaryOf);
    }

    /** The store-thread services a workspace works with, and the clock study time and reviews are counted by. */
    public record Services(WorkspaceService workspace, ProgressService progress, PreferencesService preferences,
                           UpstreamService upstream, HistoryService history, StudyTimeService studyTime, ReviewService reviews,
                           Clock clock) {
    }

    /** The current path's study time and reviews. */
    public StudyTracker study() {
        return study.get();
    }

    /** Ids of the bundled paths that a newer bundled version is waiting for. */
    public ObservableSet<String> upgradable() {
        return readOnlyUpgradable;
    }

    /** What the newer bundled version of the current path would change; empty when there is none. */
    public Background.Job<Optional<PathUpdatePreview>> previewUpgrade() {
        String pathId = currentPathId();
        return session.background().run(() -> upstream.preview(pathId)).onError(errors);
    }

    /** Applies the newer bundled version to the current path, keeping the learner's edits and progress. */
    public Background.Job<Optional<LearningPath>> applyUpgrade() {
        String pathId = currentPathId();
        beforeLeaving.forEach(Runnable::run);
        return session.showWritten(() -> upstream.apply(pathId),
                merged -> Messages.tr("status.updatedToVersion", merged.contentVersion()))
                .onSuccess(merged -> upgradable.remove(pathId)).onError(errors);
    }

    /** Every path, oldest first, with its progress. */
    public ObservableList<PathSummary> paths() {
        return readOnlyPaths;
    }

    public PathSession session() {
        return session;
    }

    public String currentPathId() {
        return session.pathId();
    }

    /**
     * Runs before the current path is left (a note still waiting to be saved must go to the path it was typed in).
     * The returned subscription removes it.
     */
    public Subscription beforeLeavingPath(Runnable action) {
        beforeLeaving.add(action);
        return () -> beforeLeaving.remove(action);
    }

    public Background.Job<PathState> switchTo(String pathId) {
        beforeLeaving.forEach(Runnable::run);
        return session.background().run(() -> progress.load(pathId)).onSuccess(loaded -> {
            session.show(loaded);
            remember(() -> preferences.saveCurrentPath(pathId));
        }).onError(errors);
    }

    /**
     * Remembers the page the learner is on the moment they change it, like the current path: a crash or a killed
     * session reopens where they were, not where they were at the last clean exit.
     */
    public void rememberPage(String page) {
        remember(() -> preferences.saveCurrentPage(page));
    }

    /**
     * Where the learner is, kept for the next start. It is not their data: on a full disk or a file locked by another
     * program it must not stop them reading (a path switch failed with it), and its failure is said in the status
     * line, without a dialog on every click ({@link PlaceNotRemembered}).
     */
    private void remember(Runnable save) {
        session.background().run(() -> {
            save.run();
            return null;
        }).onError(error -> errors.accept(new PlaceNotRemembered(error)));
    }

    /** Remembers the language for the next start (a language tag, or blank for the system's language). */
    public void rememberLanguage(String tag) {
        session.background().run(() -> {
            preferences.saveLanguage(tag);
            return null;
        }).onError(errors);
    }

    /** A new empty path, which becomes the current one. */
    public Background.Job<PathSummary> create(String title) {
        return addAndOpen(session.background().run(() -> service.create(title)));
    }

    /** A copy of the current path under a new title, which becomes the current one. */
    public Background.Job<PathSummary> forkCurrent(String title, boolean withProgress) {
        String sourceId = currentPathId();
        beforeLeaving.forEach(Runnable::run);
        return addAndOpen(session.background().run(() -> service.fork(sourceId, title, withProgress)));
    }

    public Background.Job<LearningPath> renameCurrent(String title) {
        return session.edit(new PathChange(ActivityKind.PATH_EDITED, currentPathId(), Messages.tr("path.done.renamed", title.strip()),
                path -> PathEdits.withDetails(path, title, path.tagline(), path.overview())));
    }

    /** A path's past, from its activity log, read on the store thread. */
    public Background.Job<ActivityHistory> history(String pathId) {
        return session.background().read(() -> history.history(pathId)).onError(errors);
    }

    /** What deleting the path would lose, for the question asked first. */
    public Background.Job<HeldProgress> heldProgress(String pathId) {
        return session.background().run(() -> service.heldProgress(pathId)).onError(errors);
    }

    /** Deletes the current path and opens the one before it (or the next); the last path cannot be deleted. */
    public Background.Job<PathState> deleteCurrent() {
        if (paths.size() < 2) {
            throw new IllegalStateException("the last path cannot be deleted");
        }
        String doomed = currentPathId();
        int index = indexOf(doomed);
        String next = paths.get(index > 0 ? index - 1 : 1).id();
        beforeLeaving.forEach(Runnable::run);
        return session.background().run(() -> {
            service.delete(doomed);
            PathState loaded = progress.load(next);
            preferences.saveCurrentPath(next);
            return loaded;
        }).onSuccess(loaded -> {
            paths.removeIf(summary -> summary.id().equals(doomed));
            upgradable.remove(doomed);
            session.show(loaded);
        }).onError(errors);
    }

    /** Removes all progress on the current path (after a backup); Ctrl+Z brings it back. */
    public Background.Job<PathState> resetCurrentProgress() {
        String pathId = currentPathId();
        PathState shown = session.state();
        beforeLeaving.forEach(Runnable::run);
        return session.background().run(() -> {
            service.resetProgress(pathId);
            return progress.load(pathId).following(shown);
        }).onSuccess(loaded -> session.showSaved(loaded, Messages.tr("path.done.progressReset"))).onError(errors);
    }

    /** Saves whatever is still being typed, before a job that replaces what the current path shows is queued. */
    public void saveBeforeReplacing() {
        beforeLeaving.forEach(Runnable::run);
    }

    /**
     * After an import or an undo wrote to a path: reads the list of paths and that path again (following the state shown:
     * PathState.following) and shows it, with the message in the status bar when it was already the current one.
     */
    public Background.Job<?> reload(String pathId, String message) {
        PathState shown = session.state();
        return session.background().run(() -> {
            PathState loaded = progress.load(pathId).following(shown);
            preferences.saveCurrentPath(pathId);
            return new Reloaded(service.summaries(), upstream.upgradable(), loaded);
        }).onSuccess(reloaded -> {
            KeyedListUpdate.apply(paths, reloaded.summaries(), PathSummary::id);
            upgradable.retainAll(reloaded.upgradable());
            upgradable.addAll(reloaded.upgradable());
            if (pathId.equals(currentPathId())) {
                session.showSaved(reloaded.state(), message);
            } else {
                session.show(reloaded.state());
                session.reportDone(message);
            }
        }).onError(errors);
    }

    /**
     * After the whole database was replaced (a restore): reads the list of paths again and shows the current path if
     * it is still there (following the state shown, as {@link #reload} does), else the first, with the message.
     */
    public Background.Job<?> reloadAll(String message) {
        String wanted = currentPathId();
        PathState before = session.state();
        return session.background().run(() -> {
            List<PathSummary> summaries = service.summaries();
            String shown = summaries.stream().anyMatch(summary -> summary.id().equals(wanted)) ? wanted : summaries.get(0).id();
            PathState loaded = progress.load(shown).following(before);
            preferences.saveCurrentPath(shown);
            return new Reloaded(summaries, upstream.upgradable(), loaded);
        }).onSuccess(reloaded -> {
            KeyedListUpdate.apply(paths, reloaded.summaries(), PathSummary::id);
            upgradable.retainAll(reloaded.upgradable());
            upgradable.addAll(reloaded.upgradable());
            session.show(reloaded.state());
            session.reportDone(message);
        }).onError(errors);
    }

    /** What {@link #reload} reads on the store thread. */
    private record Reloaded(List<PathSummary> summaries, List<String> upgradable, PathState state) {
    }

    private Background.Job<PathSummary> addAndOpen(Background.Job<PathSummary> job) {
        return job.onSuccess(summary -> {
            paths.add(summary);
            switchTo(summary.id());
        }).onError(errors);
    }

    private void updateSummaryOf(PathState state) {
        int index = indexOf(state.path().id());
        if (index < 0) {
            return;
        }
        PathSummary before = paths.get(index);
        PathSummary now = new PathSummary(before.id(), state.path().title(), before.origin(), state.overallProgress());
        if (!now.equals(before)) {
            paths.set(index, now);
        }
    }

    private int indexOf(String pathId) {
        for (int i = 0; i < paths.size(); i++) {
            if (paths.get(i).id().equals(pathId)) {
                return i;
            }
        }
        return -1;
    }
}
