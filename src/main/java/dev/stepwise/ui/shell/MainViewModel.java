package dev.stepwise.ui.shell;

import dev.stepwise.service.Preferences;
import dev.stepwise.ui.common.PathSession;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The main window's own state: the page shown, the theme, and what the status bar says. Knows nothing of the
 * pages' contents.
 */
public final class MainViewModel {
    private final PathSession session;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(this, "page", Page.OVERVIEW);
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final StringBinding status;
    private final StringBinding progressText;
    private final String databaseFile;

    public MainViewModel(PathSession session, Preferences preferences, String databaseFile) {
        this.session = session;
        this.databaseFile = databaseFile;
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
        // A commit after a failure means the store works again: the error has done its job.
        session.saveCountProperty().addListener((obs, old, count) -> error.set(""));
        progressText = Bindings.createStringBinding(
                () -> session.state().overallProgress().summary(), session.stateProperty());
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
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

    public double overallFraction() {
        return session.state().overallProgress().fraction();
    }

    public String pathTitle() {
        return session.state().path().title();
    }

    public String databaseFile() {
        return databaseFile;
    }

    public PathSession session() {
        return session;
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
}
