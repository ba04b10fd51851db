package dev.stepwise.ui.shell;

import dev.stepwise.domain.PathState;
import dev.stepwise.service.Preferences;
import dev.stepwise.ui.checklist.ChecklistViewModel;
import dev.stepwise.ui.common.Lazy;
import dev.stepwise.ui.common.PathSession;
import dev.stepwise.ui.common.Scheduler;
import dev.stepwise.ui.common.Workspace;
import dev.stepwise.ui.matrix.SkillsMatrixViewModel;
import dev.stepwise.ui.overview.OverviewViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Subscription;

/**
 * The main window's state: the workspace and its current path, the page shown, navigation to an item or a skill,
 * the theme, what the status bar and the title say, and the suggestion notices. It owns the pages' view models, so
 * "open this item" is a plain method call, testable without a toolkit.
 */
public final class MainViewModel {
    private final Workspace workspace;
    private final PathSession session;
    private final OverviewViewModel overview;
    private final Lazy<ChecklistViewModel> checklist;
    private final Lazy<SkillsMatrixViewModel> matrix;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(this, "page", Page.OVERVIEW);
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<SkillSuggestion> suggestion = new ReadOnlyObjectWrapper<>(this, "suggestion");
    private final StringBinding status;
    private final StringBinding progressText;
    private final StringBinding pathTitle;
    private final StringBinding windowTitle;
    private final BooleanBinding upgradeAvailable;
    private final String databaseFile;
    private final Subscription subscriptions;

    public MainViewModel(Workspace workspace, Preferences preferences, String databaseFile, Scheduler scheduler) {
        this.workspace = workspace;
        this.session = workspace.session();
        this.databaseFile = databaseFile;
        this.overview = new OverviewViewModel(session, this::openItem, this::openSkill);
        // The checklist's and matrix's models are built with their pages, after the first frame: nothing of theirs is
        // needed to show the overview, and building them first cost start-up time.
        this.checklist = new Lazy<>(() -> new ChecklistViewModel(session, scheduler));
        this.matrix = new Lazy<>(() -> new SkillsMatrixViewModel(session));
        darkTheme.set(preferences.darkTheme());
        status = Bindings.createStringBinding(() -> {
            if (!error.get().isEmpty()) {
                return error.get();
            }
            if (session.background().pendingProperty().get() > 0) {
                return "Saving…";
            }
            String saved = session.lastSavedProperty().get();
            return saved.isEmpty() ? "All changes are saved on this computer" : "Saved · " + saved;
        }, error, session.background().pendingProperty(), session.lastSavedProperty());
        progressText = Bindings.createStringBinding(
                () -> session.state().overallProgress().summary(), session.stateProperty());
        pathTitle = Bindings.createStringBinding(() -> session.state().path().title(), session.stateProperty());
        windowTitle = Bindings.createStringBinding(
                () -> page.get().title() + " — " + pathTitle.get() + " — Stepwise", page, pathTitle);
        upgradeAvailable = Bindings.createBooleanBinding(
                () -> workspace.upgradable().contains(workspace.currentPathId()), workspace.upgradable(), session.stateProperty());
        subscriptions = Subscription.combine(
                // A commit after a failure means the store works again: the error has done its job.
                session.saveCountProperty().subscribe(count -> error.set("")),
                session.stateProperty().subscribe((before, after) ->
                        SkillSuggestion.between(before, after).ifPresent(this::suggest)),
                workspace.beforeLeavingPath(this::flushPendingEdits));
    }

    public Workspace workspace() {
        return workspace;
    }

    public OverviewViewModel overview() {
        return overview;
    }

    public ChecklistViewModel checklist() {
        return checklist.get();
    }

    public SkillsMatrixViewModel matrix() {
        return matrix.get();
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

    /** Shows a skill in the matrix. */
    public void openSkill(String skillId) {
        matrix.get().selectedSkillIdProperty().set(skillId);
        page.set(Page.SKILLS);
    }

    /** Whether a newer bundled version of the current path is waiting to be reviewed. */
    public BooleanBinding upgradeAvailableProperty() {
        return upgradeAvailable;
    }

    /** Equal suggestions in a row must each be told: the property only reports a change to a different value. */
    private void suggest(SkillSuggestion raised) {
        suggestion.set(null);
        suggestion.set(raised);
    }

    /** The latest raised suggestion worth telling the learner about; a new value each time. */
    public ReadOnlyObjectProperty<SkillSuggestion> suggestionProperty() {
        return suggestion.getReadOnlyProperty();
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    /** What the status bar says on the left: saving, saved, or the last error. */
    public StringBinding statusProperty() {
        return status;
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

    /** Shows a failed save in the status bar until the next successful one. */
    public void reportError(String message) {
        error.set(message);
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void clearError() {
        error.set("");
    }

    /** Stops listening to the shared state, here and in the pages' view models. */
    public void dispose() {
        subscriptions.unsubscribe();
        overview.dispose();
        checklist.ifBuilt(ChecklistViewModel::dispose);
        matrix.ifBuilt(SkillsMatrixViewModel::dispose);
    }
}
