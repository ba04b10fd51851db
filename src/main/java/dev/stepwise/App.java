package dev.stepwise;

import dev.stepwise.domain.PathState;
import dev.stepwise.service.BundledPath;
import dev.stepwise.service.BundledPaths;
import dev.stepwise.service.DataFolder;
import dev.stepwise.service.Preferences;
import dev.stepwise.service.Stepwise;
import dev.stepwise.ui.checklist.ChecklistView;
import dev.stepwise.ui.checklist.ChecklistViewModel;
import dev.stepwise.ui.common.Background;
import dev.stepwise.ui.common.Dialogs;
import dev.stepwise.ui.common.FxScheduler;
import dev.stepwise.ui.common.PathSession;
import dev.stepwise.ui.matrix.SkillsMatrixView;
import dev.stepwise.ui.matrix.SkillsMatrixViewModel;
import dev.stepwise.ui.overview.OverviewView;
import dev.stepwise.ui.overview.OverviewViewModel;
import dev.stepwise.ui.shell.MainViewModel;
import dev.stepwise.ui.shell.MainWindow;
import dev.stepwise.ui.shell.Themes;
import dev.stepwise.ui.shell.WindowPlacement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Composition root: opens the store on the store thread, builds the services, view models and views, and shuts
 * everything down so that nothing the learner did is lost. The window appears once the data is loaded.
 */
public final class App extends Application {
    private static final Logger LOG = Logger.getLogger(App.class.getName());

    private final List<String> explicitArgs;
    private final Map<String, String> environment;
    private final Runnable exit;
    private final List<BundledPath> bundled;
    private Background background;
    private Stepwise stepwise;
    private MainWindow window;
    private MainViewModel mainViewModel;
    private Stage stage;

    /** Used by {@code Application.launch}: arguments from the command line, the real environment and paths. */
    public App() {
        this(null, System.getenv(), Platform::exit, null);
    }

    /**
     * For tests: explicit arguments and environment, what to do instead of exiting after a start-up failure, and the
     * paths to install in place of the shipped ones ({@code null}: {@link BundledPaths#available()}, read on the store
     * thread like the rest of the data).
     */
    public App(List<String> args, Map<String, String> environment, Runnable exit, List<BundledPath> bundled) {
        this.explicitArgs = args;
        this.environment = environment;
        this.exit = exit;
        this.bundled = bundled;
    }

    /** What the store thread hands to the FX thread once the data is open. */
    private record Opened(Stepwise stepwise, PathState state, Preferences preferences) {
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        List<String> args = explicitArgs != null ? explicitArgs : getParameters().getRaw();
        DataFolder folder;
        try {
            folder = DataFolder.resolve(args, environment);
        } catch (IllegalArgumentException e) {
            failStartup(e);
            return;
        }
        background = Background.forFx();
        background.run(() -> open(folder, bundled != null ? bundled : BundledPaths.available()))
                .onSuccess(this::show)
                .onError(this::failStartup);
        // While the store thread opens the data, the idle FX thread parses the theme (the light one, the default).
        Themes.apply(false);
    }

    private static Opened open(DataFolder folder, List<BundledPath> bundled) {
        Stepwise stepwise = Stepwise.openWith(folder.databaseFile(), bundled, Clock.systemDefaultZone());
        try {
            String pathId = stepwise.pathIds().get(0);
            return new Opened(stepwise, stepwise.progress().load(pathId), stepwise.preferences().load());
        } catch (RuntimeException e) {
            stepwise.close();
            throw e;
        }
    }

    private void show(Opened opened) {
        stepwise = opened.stepwise();
        AtomicReference<MainWindow> windowRef = new AtomicReference<>();
        PathSession session = new PathSession(opened.state(), stepwise.progress(), background, this::reportSaveFailure);
        mainViewModel = new MainViewModel(session, opened.preferences(), stepwise.databaseFile().toString());
        OverviewView overview = new OverviewView(new OverviewViewModel(session,
                itemId -> windowRef.get().openItem(itemId), skillId -> windowRef.get().openSkill(skillId)));
        window = new MainWindow(stage, mainViewModel, overview,
                () -> new ChecklistView(new ChecklistViewModel(session, new FxScheduler()), this::openLink),
                () -> new SkillsMatrixView(new SkillsMatrixViewModel(session), itemId -> windowRef.get().openItem(itemId)));
        windowRef.set(window);
        WindowPlacement.restore(stage, opened.preferences().window());
        stage.show();
        window.prebuildPages();
        StartupReport.afterWindowShown();
    }

    private void openLink(String url) {
        if (dev.stepwise.domain.Resource.isWebLink(url)) {
            getHostServices().showDocument(url);
        }
    }

    private void reportSaveFailure(Throwable error) {
        LOG.log(Level.WARNING, "A change could not be saved", error);
        String message = "Not saved: " + Dialogs.describe(error);
        mainViewModel.reportError(message);
        Dialogs.error(stage, "Your last change was not saved", Dialogs.describe(error)
                + "\n\nThe screen shows what is on disk. Try again; if it keeps failing, close other programs "
                + "that use the file.").show();
    }

    private void failStartup(Throwable error) {
        LOG.log(Level.SEVERE, "Stepwise could not start", error);
        Dialogs.startupFailure(error).showAndWait();
        exit.run();
    }

    @Override
    public void stop() {
        if (background == null) {
            return;
        }
        if (window != null) {
            window.flushPendingEdits();
            Preferences preferences = new Preferences(mainViewModel.darkThemeProperty().get(),
                    Optional.of(WindowPlacement.capture(stage)));
            Stepwise open = stepwise;
            background.run(() -> {
                open.preferences().save(preferences);
                return null;
            });
        }
        if (stepwise != null) {
            Stepwise open = stepwise;
            background.run(() -> {
                open.close();
                return null;
            });
        }
        // Waits for every queued save (the note just flushed, the preferences) before the JVM may exit.
        background.close();
    }
}
