package dev.stepwise.ui.shell;

import dev.stepwise.domain.PathState;
import dev.stepwise.service.Preferences;
import dev.stepwise.ui.charts.BurnUpViewModel;
import dev.stepwise.ui.checklist.ChecklistViewModel;
import dev.stepwise.ui.checklist.StudyTimeViewModel;
import dev.stepwise.ui.common.DayWatch;
import dev.stepwise.ui.common.Lazy;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.PathSession;
import dev.stepwise.ui.common.Scheduler;
import dev.stepwise.ui.common.Workspace;
import dev.stepwise.ui.matrix.SkillsMatrixViewModel;
import dev.stepwise.ui.overview.ActivityViewModel;
import dev.stepwise.ui.overview.OverviewViewModel;
import dev.stepwise.ui.overview.ReviewQueueViewModel;
import dev.stepwise.ui.timeline.TimelineViewModel;
import java.time.Duration;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Subscription;

/**
 * The main window's state: the workspace and its current path, the page shown, navigation to an item or a skill,
 * the theme, what the status bar and the title say, and the suggestion notices. It owns the pages' view models, so
 * "open this item" is a plain method call, testable without a toolkit.
 */
public final class MainViewModel {
    static final Duration SUGGESTION_SHOWN_FOR = Duration.ofSeconds(12);

    private final Workspace workspace;
    private final PathSession session;
    private final OverviewViewModel overview;
    private final ActivityViewModel activity;
    private final Lazy<ReviewQueueViewModel> reviewQueue;
    private final BurnUpViewModel burnUp;
    private final Lazy<ChecklistViewModel> checklist;
    private final Lazy<SkillsMatrixViewModel> matrix;
    private final Lazy<TimelineViewModel> timeline;
    private final Lazy<StudyTimeViewModel> studyTime;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(this, "page", Page.OVERVIEW);
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme");
    private final StatusLine status;
    private final Zoom zoom;
    private final Scheduler scheduler;
    private final SuggestionNotice suggestion;
    private final DueNoticeState dueNotice;
    private final StringBinding progressText;
    private final StringBinding pathTitle;
    private final StringBinding windowTitle;
    private final BooleanBinding upgradeAvailable;
    private final String databaseFile;
    private final Subscription subscriptions;
    private final DayWatch dayWatch;

    public MainViewModel(Workspace workspace, Preferences preferences, String databaseFile, Scheduler scheduler) {
        this.workspace = workspace;
        this.session = workspace.session();
        this.databaseFile = databaseFile;
        this.scheduler = scheduler;
        this.suggestion = new SuggestionNotice(scheduler, SUGGESTION_SHOWN_FOR);
        this.overview = new OverviewViewModel(session, this::openItem, this::openSkill, this::openMilestone);
        this.activity = new ActivityViewModel(session, workspace::history, scheduler, workspace.study().saveCountProperty());
        this.reviewQueue = new Lazy<>(() -> new ReviewQueueViewModel(workspace.study(), session, this::openItem));
        // Counted off the FX thread; "today" for its last point is the learner's day on the session's clock.
        this.burnUp = new BurnUpViewModel(session, scheduler, session.clock());
        // The checklist's and matrix's models are built with their pages, after the first frame: nothing of theirs is
        // needed to show the overview, and building them first cost start-up time.
        this.checklist = new Lazy<>(() -> new ChecklistViewModel(session, scheduler));
        this.matrix = new Lazy<>(() -> new SkillsMatrixViewModel(session, scheduler));
        this.timeline = new Lazy<>(() -> new TimelineViewModel(session, this::openItem, workspace.study().logProperty()));
        // Once per start: what the calendar of the path shown first holds for the coming week.
        this.dueNotice = new DueNoticeState(overview.summaryProperty());
        this.studyTime = new Lazy<>(() -> new StudyTimeViewModel(workspace.study(), session,
                checklist.get().selectedItemIdProperty()));
        darkTheme.set(preferences.darkTheme());
        zoom = new Zoom(preferences.zoomPercent());
        status = new StatusLine(session, scheduler);
        progressText = Bindings.createStringBinding(
                () -> Messages.current().summary(session.state().overallProgress()), session.stateProperty());
        pathTitle = Bindings.createStringBinding(() -> session.state().path().title(), session.stateProperty());
        windowTitle = Bindings.createStringBinding(
                () -> Messages.tr("window.title", page.get().title(), pathTitle.get()), page, pathTitle);
        upgradeAvailable = Bindings.createBooleanBinding(
                () -> workspace.upgradable().contains(workspace.currentPathId()), workspace.upgradable(), session.stateProperty());
        subscriptions = Subscription.combine(
                session.stateProperty().subscribe((before, after) ->
                        SkillSuggestion.between(before, after).ifPresent(suggestion::raise)),
                workspace.beforeLeavingPath(this::flushPendingEdits),
                page.subscribe((before, shown) -> workspace.rememberPage(shown.name())));
        dayWatch = new DayWatch(session, scheduler);
    }

    public Workspace workspace() {
        return workspace;
    }

    public OverviewViewModel overview() {
        return overview;
    }

    public ActivityViewModel activity() {
        return activity;
    }

    /** The overview's reviews due. */
    public ReviewQueueViewModel reviewQueue() {
        return reviewQueue.get();
    }

    /** Items done over time, for the burn-up; milestones hand it their plan line. */
    public BurnUpViewModel burnUp() {
        return burnUp;
    }

    public ChecklistViewModel checklist() {
        return checklist.get();
    }

    public SkillsMatrixViewModel matrix() {
        return matrix.get();
    }

    public TimelineViewModel timeline() {
        return timeline.get();
    }

    /** The checklist's selected item's study time and review. */
    public StudyTimeViewModel studyTime() {
        return studyTime.get();
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    /** Opens the page the learner left the window on; an unknown name (from another version) is ignored. */
    public void restorePage(String name) {
        for (Page candidate : Page.values()) {
            if (candidate.name().equals(name)) {
                page.set(candidate);
            }
        }
    }

    /** Shows an item in the checklist, clearing any filter that would hide it. */
    public void openItem(String itemId) {
        checklist.get().showItem(itemId);
        page.set(Page.CHECKLIST);
    }

    /** Shows a milestone on the timeline. */
    public void openMilestone(String milestoneId) {
        timeline.get().selectedIdProperty().set(milestoneId);
        page.set(Page.TIMELINE);
    }

    /** The start-up notice of what is due soon ({@link DueNoticeState}), or {@code null} once it has gone. */
    public ReadOnlyObjectProperty<DueNotice> dueNoticeProperty() {
        return dueNotice.property();
    }

    /** The notice's action: its first milestone on the timeline, else its first item in the checklist. */
    public void openDueNotice() {
        dueNotice.take().map(DueNotice::opens).ifPresent(entry -> {
            if (entry.milestone()) {
                openMilestone(entry.id());
            } else {
                openItem(entry.id());
            }
        });
    }

    public void dismissDueNotice() {
        dueNotice.take();
    }

    /** Shows a skill in the matrix. */
    public void openSkill(String skillId) {
        matrix.get().selectedSkillIdProperty().set(skillId);
        page.set(Page.SKILLS);
    }

    /** Whether a newer bundled version of the current path is waiting to be reviewed. */
    public BooleanBinding upgradeAvailableProperty() {
        return upgradeAvailable;
    }

    /** The suggestion being shown, or {@code null}: a new value each time one is raised; it goes by itself after a while. */
    public ReadOnlyObjectProperty<SkillSuggestion> suggestionProperty() {
        return suggestion.property();
    }

    /** The notice's action: shows the suggested skill in the matrix, and the notice has done its job. */
    public void reviewSuggestion() {
        suggestion.take().ifPresent(shown -> openSkill(shown.skillId()));
    }

    public void dismissSuggestion() {
        suggestion.dismiss();
    }

    /** The whole window's text size (View › Zoom), remembered with the preferences. */
    public Zoom zoom() {
        return zoom;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    /** What the status bar says on the left: saving, saved, or the last error. */
    public StringBinding statusProperty() {
        return status.textProperty();
    }

    /** The path's overall counts, on the right of the status bar. */
    public StringBinding progressTextProperty() {
        return progressText;
    }

    public StringBinding pathTitleProperty() {
        return pathTitle;
    }

    /** "Checklist — Backend Engineer — Stepwise": the page and the path, as the window title. */
    public StringBinding windowTitleProperty() {
        return windowTitle;
    }

    public double overallFraction() {
        return session.state().overallProgress().fraction();
    }

    public String pathTitle() {
        return pathTitle.get();
    }

    public PathState state() {
        return session.state();
    }

    public String databaseFile() {
        return databaseFile;
    }

    public PathSession session() {
        return session;
    }

    /** Saves anything still waiting (a note being typed); called before the window closes. */
    public void flushPendingEdits() {
        checklist.ifBuilt(ChecklistViewModel::flushNote);
    }

    /** Shows a failure in the status bar until the next successful save, or for a few seconds. */
    public void reportError(String message) {
        status.showError(message);
    }

    /** Says something in the status bar for a few seconds (a link that would not open, say). */
    public void reportNotice(String message) {
        status.showNotice(message);
    }

    public ReadOnlyStringProperty errorProperty() {
        return status.errorProperty();
    }

    public void clearError() {
        status.clearError();
    }

    /** Stops listening to the shared state, here and in the pages' view models. */
    public void dispose() {
        subscriptions.unsubscribe();
        dueNotice.dispose();
        dayWatch.stop();
        status.dispose();
        dismissSuggestion();
        overview.dispose();
        activity.dispose();
        burnUp.dispose();
        checklist.ifBuilt(ChecklistViewModel::dispose);
        matrix.ifBuilt(SkillsMatrixViewModel::dispose);
        timeline.ifBuilt(TimelineViewModel::dispose);
        reviewQueue.ifBuilt(ReviewQueueViewModel::dispose);
        studyTime.ifBuilt(StudyTimeViewModel::dispose);
    }
}
