package dev.stepwise;

import dev.stepwise.service.BackupService;
import dev.stepwise.service.BundledPath;
import dev.stepwise.service.BundledPaths;
import dev.stepwise.service.DataFolder;
import dev.stepwise.service.Preferences;
import dev.stepwise.service.Recovery;
import dev.stepwise.service.Stepwise;
import dev.stepwise.ui.common.Background;
import dev.stepwise.ui.common.Backups;
import dev.stepwise.ui.common.Dialogs;
import dev.stepwise.ui.common.FilePicker;
import dev.stepwise.ui.common.FxScheduler;
import dev.stepwise.ui.common.LinkOpener;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.PathSession;
import dev.stepwise.ui.common.PlaceNotRemembered;
import dev.stepwise.ui.common.SystemFilePicker;
import dev.stepwise.ui.common.SystemLinkOpener;
import dev.stepwise.ui.common.Transfers;
import dev.stepwise.ui.common.UndoHistory;
import dev.stepwise.ui.common.Workspace;
import dev.stepwise.ui.shell.LinkLauncher;
import dev.stepwise.ui.shell.MainViewModel;
import dev.stepwise.ui.shell.MainWindow;
import dev.stepwise.ui.shell.RecoveryDialog;
import dev.stepwise.ui.shell.RememberedLayout;
import dev.stepwise.ui.shell.RememberedLook;
import dev.stepwise.ui.shell.Themes;
import dev.stepwise.ui.shell.WindowPlacement;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * Composition root: opens the store on the store thread, builds the services, view models and views, and shuts
 * everything down so that nothing the learner did is lost. The window appears once the data is loaded.
 */
public final class App extends Application {
    private static final Logger LOG = Logger.getLogger(App.class.getName());
    private static final Duration BACKUP_INTERVAL = Duration.minutes(30);
    private Timeline backupTimer;
    private DataFolder dataFolder;

    private final List<String> explicitArgs;
    private final Map<String, String> environment;
    private final Runnable exit;
    private final List<BundledPath> bundled;
    private Background background;
    private Stepwise stepwise;
    private MainWindow window;
    private RememberedLayout layout;
    private MainViewModel mainViewModel;
    private Stage stage;
    private FilePicker filePicker = new SystemFilePicker();
    private LinkOpener linkOpener;
    /** The learner's clock and time zone: when changes happen, and what "today" is for due dates. */
    private Clock clock = Clock.systemDefaultZone();

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

    /** For tests: files are given where the system's file dialog would ask (it cannot be driven headless). */
    public App withFilePicker(FilePicker picker) {
        this.filePicker = picker;
        return this;
    }

    /** For tests: the time every change is stamped with, what "today" is (due dates), and study time is counted by. */
    public App withClock(Clock fixed) {
        this.clock = fixed;
        return this;
    }

    /** For tests: links go here instead of to the system's browser. */
    public App withLinkOpener(LinkOpener opener) {
        this.linkOpener = opener;
        return this;
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        StartupReport.mark("toolkit started");
        List<String> args = explicitArgs != null ? explicitArgs : getParameters().getRaw();
        DataFolder folder;
        try {
            folder = DataFolder.resolve(args, environment);
        } catch (IllegalArgumentException e) {
            useLanguage(Messages.start(null));
            failStartup(e);
            return;
        }
        dataFolder = folder;
        // Opening the data is the longest step of a start: it goes first, and the FX thread does the rest meanwhile.
        // Started from the command line, it began before the toolkit did (StoreHeadStart).
        Optional<StoreHeadStart> headStart = explicitArgs == null ? StoreHeadStart.take(folder) : Optional.empty();
        background = headStart.map(head -> Background.forFx(head.thread())).orElseGet(Background::forFx);
        Background.Job<OpenedData> opening = headStart.isPresent() ? background.adopt(headStart.get().opened())
                : background.run(() -> OpenedData.open(folder, bundledPaths(), clock));
        opening.onSuccess(this::show).onError(this::failOrRecover);
        // Until the stored choice is read: the override or the system's language, for a start-up failure's message.
        useLanguage(Messages.start(null));
        // While the store thread opens the data, the FX thread parses the theme (the light one, the default) and loads
        // the icon font (Ikonli finds its icon packs and registers the font at the first icon: ~40 ms, once).
        Themes.apply(false);
        StartupReport.mark("theme parsed");
        new FontIcon(MaterialDesignA.ARROW_RIGHT);
        StartupReport.mark("icon font loaded");
    }

    /** The paths to install: the tests' own, or else the shipped ones (read on the store thread like the rest). */
    private List<BundledPath> bundledPaths() {
        return bundled != null ? bundled : BundledPaths.available();
    }

    /** Our texts, and JavaFX's own (a dialog's Cancel, a text field's menu), in one language. */
    private static void useLanguage(Messages messages) {
        Messages.use(messages);
        Locale.setDefault(messages.locale());
    }

    private void show(OpenedData opened) {
        stepwise = opened.stepwise();
        background.whenIdle(stepwise.checkpointWhenIdle());
        useLanguage(Messages.start(opened.language().orElse(null)));
        PathSession session = new PathSession(opened.state(), stepwise.progress(), stepwise.content(), background,
                this::reportSaveFailure, clock);
        Workspace workspace = new Workspace(session, opened.paths(), opened.upgradable(), new Workspace.Services(
                stepwise.workspace(), stepwise.progress(), stepwise.preferences(), stepwise.upstream(), stepwise.history(),
                stepwise.studyTime(), stepwise.reviews(), clock), this::reportSaveFailure);
        StartupReport.mark("data on FX thread");
        mainViewModel = new MainViewModel(workspace, opened.preferences(), stepwise.databaseFile().toString(),
                new FxScheduler());
        StartupReport.mark("view models");
        opened.page().ifPresent(mainViewModel::restorePage);
        RememberedLook.follow(mainViewModel, stepwise.preferences());
        LinkOpener links = linkOpener != null ? linkOpener : new SystemLinkOpener(getHostServices());
        Backups backups = new Backups(workspace, stepwise.backups(), this::reportSaveFailure);
        startBackups(backups, opened.stepwise());
        window = new MainWindow(stage, mainViewModel, new LinkLauncher(links, mainViewModel::reportError),
                new Transfers(workspace, stepwise.pathFiles(), stepwise.progressFiles()), filePicker,
                new UndoHistory(workspace, stepwise.undo(), this::reportSaveFailure), backups, links);
        window.dividers().restore(opened.preferences().dividers());
        StartupReport.mark("window built");
        var placed = WindowPlacement.restore(stage, opened.preferences().window());
        // Decoded on JavaFX's image loader thread: the window does not wait for its icons.
        stage.getIcons().addAll(new Image("assets/icons/stepwise-48.png", true), new Image("assets/icons/stepwise-256.png", true));
        stage.show();
        layout = RememberedLayout.follow(stage, placed, window.dividers(), mainViewModel, stepwise.preferences());
        StartupReport.mark("stage shown");
        window.finishAfterFirstFrames(StartupReport::overviewComplete);
        StartupReport.afterWindowShown();
    }

    /** What the start-up backup said, and a backup every 30 minutes while anything changed. */
    private void startBackups(Backups backups, Stepwise opened) {
        opened.startBackupFailure().ifPresent(failure -> mainViewModel.reportError(
                Messages.tr("backups.startFailed", Dialogs.describe(failure))));
        opened.startBackup().filter(BackupService.Written::shrank).ifPresent(backups::report);
        backupTimer = new Timeline(new KeyFrame(BACKUP_INTERVAL, event -> backups.backUpIfChanged()));
        backupTimer.setCycleCount(Animation.INDEFINITE);
        backupTimer.play();
    }

    private void reportSaveFailure(Throwable error) {
        if (error instanceof IllegalArgumentException refused) {
            // An edit the rules refused (a blank title, a link that is not a web link): nothing was written.
            LOG.log(Level.INFO, "An edit was refused", error);
            mainViewModel.reportError(Messages.tr("status.notChanged", refused.getMessage()));
            Dialogs.error(stage, Messages.tr("error.refused.header"), Messages.tr("error.nothingChanged", refused.getMessage())).show();
            return;
        }
        if (error instanceof PlaceNotRemembered place) {
            LOG.log(Level.WARNING, "The current page or path could not be remembered", error);
            mainViewModel.reportError(Messages.tr("status.placeNotRemembered", Dialogs.describe(place.getCause())));
            return;
        }
        LOG.log(Level.WARNING, "A change could not be saved", error);
        mainViewModel.reportError(Messages.tr("status.notSaved", Dialogs.describe(error)));
        Dialogs.error(stage, Messages.tr("error.notSaved.header"), Dialogs.notSaved(error)).show();
    }

    /**
     * A damaged file of the learner's own is moved aside and replaced by what the learner chooses (a backup, what can
     * be read, a fresh start); any other failure ends the start with its message.
     */
    private void failOrRecover(Throwable error) {
        if (!Recovery.canHelp(error)) {
            failStartup(error);
            return;
        }
        LOG.log(Level.SEVERE, "The data file is damaged", error);
        Recovery recovery = new Recovery(dataFolder.databaseFile(), clock);
        // The dialog is the only window yet: closing it would end the toolkit (and stop the store thread) before the
        // main window could open on the recovered file, so the app quit instead of showing it.
        boolean implicitExit = Platform.isImplicitExit();
        Platform.setImplicitExit(false);
        background.run(recovery::newestGoodBackup).onSuccess(backup -> {
            RecoveryDialog.Choice choice = RecoveryDialog.ask(error, backup);
            if (choice == RecoveryDialog.Choice.QUIT) {
                StartupOutcome.failed(error);
                exit.run();
                return;
            }
            background.run(() -> {
                Path aside = recovery.moveAside();
                switch (choice) {
                    case BACKUP -> recovery.useBackup(backup.orElseThrow());
                    case SALVAGE -> recovery.salvage(aside);
                    default -> { }
                }
                return new Recovered(aside, OpenedData.open(dataFolder, bundledPaths(), clock));
            }).onSuccess(recovered -> {
                show(recovered.opened());
                // Only now, with the window showing: turned back on with no window, it would end the toolkit at once.
                Platform.setImplicitExit(implicitExit);
                mainViewModel.reportNotice(Messages.tr("recovery.done", recovered.aside().toString()));
            }).onError(this::failStartup);
        }).onError(this::failStartup);
    }

    private record Recovered(Path aside, OpenedData opened) {
    }

    private void failStartup(Throwable error) {
        LOG.log(Level.SEVERE, "Stepwise could not start", error);
        StartupOutcome.failed(error);
        Dialogs.startupFailure(error).showAndWait();
        exit.run();
    }

    @Override
    public void stop() {
        if (backupTimer != null) {
            backupTimer.stop();
        }
        if (background == null) {
            return;
        }
        if (window != null) {
            window.flushPendingEdits();
            // Stopped first, so no save of a settled layout comes after this one (the store thread writes in order).
            layout.stop();
            Preferences preferences = new Preferences(mainViewModel.darkThemeProperty().get(), Optional.of(layout.place()),
                    mainViewModel.zoom().percentProperty().get(), window.dividers().current());
            Stepwise open = stepwise;
            background.run(() -> {
                open.preferences().save(preferences);
                return null;
            });
        }
        if (stepwise != null) {
            Stepwise open = stepwise;
            background.run(() -> {
                try {
                    open.backups().atClose();
                } catch (RuntimeException e) {
                    // The data is saved already; a backup that failed at close is for the log, not a reason to stay open.
                    LOG.log(Level.WARNING, "The backup at close failed", e);
                }
                open.close();
                return null;
            });
        }
        // Waits for every queued save (the note just flushed, the preferences) before the JVM may exit.
        background.close();
    }
}
