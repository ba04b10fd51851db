package dev.stepwise.ui.shell;

import dev.stepwise.ui.charts.BurnUpChart;
import dev.stepwise.ui.checklist.ChecklistView;
import dev.stepwise.ui.common.Backups;
import dev.stepwise.ui.common.FilePicker;
import dev.stepwise.ui.common.Lazy;
import dev.stepwise.ui.common.LinkOpener;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.PageDividers;
import dev.stepwise.ui.common.StyleClasses;
import dev.stepwise.ui.common.TabLeavesTextAreas;
import dev.stepwise.ui.common.Transfers;
import dev.stepwise.ui.common.UiScale;
import dev.stepwise.ui.common.UndoHistory;
import dev.stepwise.ui.matrix.SkillsMatrixView;
import dev.stepwise.ui.overview.OverviewView;
import dev.stepwise.ui.overview.PathDetailsDialog;
import dev.stepwise.ui.timeline.TimelineView;
import dev.stepwise.ui.transfer.FileDrops;
import dev.stepwise.ui.transfer.TransferActions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The main window: menus, the sidebar with the path switcher and pages, the current page and the status bar. */
public final class MainWindow {
    /** Window widths below this are narrow: {@code #main-window:narrow} in app.css. */
    private static final double NARROW_BELOW = 1200;
    /** The most of the status bar the open path's title and progress may take. */
    private static final double PATH_SHARE_OF_STATUS = 0.35;
    private static final PseudoClass NARROW = PseudoClass.getPseudoClass("narrow");
    private final MainViewModel viewModel;
    private final OverviewView overview;
    private final Lazy<ChecklistView> checklist;
    private final Lazy<SkillsMatrixView> matrix;
    private final Lazy<TimelineView> timeline;
    private final StackPane content = new StackPane();
    private final PageDividers dividers = new PageDividers();
    private final Scene scene;

    /**
     * The checklist and the matrix are built on first use, or just after the first frames, whichever comes first:
     * the window shows sooner, and switching pages later never waits ({@link #finishAfterFirstFrames}).
     */
    public MainWindow(Stage stage, MainViewModel viewModel, Consumer<String> openLink, Transfers transfers,
                      FilePicker picker, UndoHistory undo, Backups backups, LinkOpener folderOpener) {
        this.viewModel = viewModel;
        this.overview = new OverviewView(viewModel.overview(), viewModel.activity(), viewModel.reviewQueue(),
                owner -> new PathDetailsDialog(owner, viewModel.state().path())
                .showAndWait()
                .ifPresent(details -> viewModel.overview().editDetails(details.title(), details.tagline(), details.overview(),
                        details.industries(), details.selfChecks())));
        overview.addCard(Messages.tr("chart.burnUp.title"), new BurnUpChart(viewModel.burnUp()));
        this.checklist = new Lazy<>(() -> {
            ChecklistView view = new ChecklistView(viewModel.checklist(), viewModel.studyTime(), openLink);
            dividers.register("checklist", view.split());
            return view;
        });
        this.matrix = new Lazy<>(() -> {
            SkillsMatrixView view = new SkillsMatrixView(viewModel.matrix(), viewModel::openItem, openLink);
            dividers.register("matrix", view.stackedDivider());
            return view;
        });
        // A chart node has one place in the scene: the timeline shows a burn-up of its own over the same view model.
        this.timeline = new Lazy<>(() -> {
            TimelineView view = new TimelineView(viewModel.timeline(), new BurnUpChart(viewModel.burnUp()));
            dividers.register("timeline", view.split());
            return view;
        });
        PathActions pathActions = new PathActions(viewModel.workspace(), stage);

        BorderPane root = new BorderPane();
        root.setId("main-window");
        TransferActions transferActions = new TransferActions(transfers, viewModel.workspace(), picker, stage);
        root.setTop(new MainMenus(stage, viewModel, pathActions, transferActions, this, undo,
                () -> new BackupsDialog(stage, backups, folderOpener).show(),
                () -> AboutDialog.show(stage, viewModel.databaseFile(), folderOpener)).menuBar());
        root.setLeft(new Sidebar(viewModel, pathActions, transferActions));
        VBox.setVgrow(content, Priority.ALWAYS);
        root.setCenter(new VBox(new UpgradeBanner(viewModel, stage), content));
        // The suggestion sits above the status bar, in the layout: it moves the page up a line rather than cover it.
        root.setBottom(new VBox(new DueNoticeBanner(viewModel), new SuggestionBanner(viewModel), statusBar()));
        Zoom zoom = viewModel.zoom();
        // One em for the whole app: the root's font (so all CSS) and the sizes set in Java (UiScale.em) follow the zoom.
        zoom.percentProperty().subscribe(percent -> UiScale.setFontSize(zoom.fontSize()));
        root.styleProperty().bind(Bindings.createStringBinding(UiScale::rootStyle, UiScale.fontSizeProperty()));
        scene = new Scene(root);
        TabLeavesTextAreas.install(root);
        FileDrops.install(scene, transferActions::importDropped);
        // A narrow window (1024 px and the like): app.css gives the pages the sidebar's spare width.
        scene.widthProperty().subscribe(width -> root.pseudoClassStateChanged(NARROW, width.doubleValue() < NARROW_BELOW));
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/dev/stepwise/ui/app.css")).toExternalForm());

        viewModel.pageProperty().subscribe(this::show);
        viewModel.darkThemeProperty().subscribe(Themes::apply);
        stage.titleProperty().bind(viewModel.windowTitleProperty());
        stage.setScene(scene);
        MainMenus.addZoomAliases(scene, zoom);
        UndoMenuItems.addRedoAlias(scene, undo);
        undo.revealChangesWith(new UndoneChangeSelection(viewModel));
    }

    public Scene scene() {
        return scene;
    }

    /** Where the learner left each page's divider: the pages built later take theirs as they are built. */
    public PageDividers dividers() {
        return dividers;
    }

    /** Saves anything still waiting (a note being typed); called before the window closes. */
    public void flushPendingEdits() {
        viewModel.flushPendingEdits();
    }

    /**
     * Finishes the window once it is on screen, one piece per frame from the third frame on: the overview's cards below
     * its first screen, then the checklist and the matrix. The first picture the learner sees never waits for a card
     * below the fold or a page they have not opened.
     *
     * @param overviewComplete told once the overview has all its cards
     */
    public void finishAfterFirstFrames(Runnable overviewComplete) {
        List<Runnable> builds = new ArrayList<>(List.of(() -> {
            overview.attachLowerCards();
            overviewComplete.run();
        }, checklist::get, matrix::get));
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames <= 2) {
                    return;
                }
                builds.remove(0).run();
                if (builds.isEmpty()) {
                    stop();
                }
            }
        }.start();
    }

    ChecklistView checklist() {
        return checklist.get();
    }

    SkillsMatrixView matrix() {
        return matrix.get();
    }

    TimelineView timeline() {
        return timeline.get();
    }

    private void show(Page page) {
        Node view = switch (page) {
            case OVERVIEW -> overview;
            case CHECKLIST -> checklist.get();
            case SKILLS -> matrix.get();
            case TIMELINE -> timeline.get();
        };
        // The new page goes on top first and takes focus once it is part of the scene; only then does the old page
        // leave. Removing the focus owner earlier would make the scene choose a focus of its own, after ours.
        content.getChildren().remove(view);
        content.getChildren().add(view);
        Platform.runLater(() -> {
            // A page shown for the first time has no skins until the next pulse, and what a scroll pane holds (the
            // overview's cards) is not in the scene before its skin is made: a focus request would be lost.
            view.applyCss();
            if (page == Page.CHECKLIST) {
                checklist.get().focusList();
            } else if (page == Page.SKILLS) {
                matrix.get().focusGrid();
            } else if (page == Page.TIMELINE) {
                timeline.get().focusList();
            } else {
                overview.focusMainAction();
            }
            content.getChildren().retainAll(view);
        });
    }

    private StatusBarView statusBar() {
        Label path = new Label();
        path.setId("status-path");
        path.textProperty().bind(viewModel.pathTitleProperty().concat(" · ").concat(viewModel.progressTextProperty()));
        Label file = new Label(viewModel.databaseFile());
        file.setId("status-file");
        file.getStyleClass().add(StyleClasses.MUTED);
        // Cut from the front when the bar is short: the file's own name is the part that tells one data file from
        // another. The whole of each is a pointer's rest away.
        file.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        file.setTooltip(new Tooltip(viewModel.databaseFile()));
        Tooltip wholePath = new Tooltip();
        wholePath.textProperty().bind(path.textProperty());
        path.setTooltip(wholePath);
        StatusBarView bar = new StatusBarView(path, file);
        bar.setId("status-bar");
        // What happened is said whole (a failure is reported there); a long path title, shown in the sidebar too, is
        // what gives way: at most a third of the bar, cut short.
        path.setMinWidth(0);
        path.maxWidthProperty().bind(bar.widthProperty().multiply(PATH_SHARE_OF_STATUS));
        // It only reports: the keyboard passes it by, and a screen reader still reads it by name.
        bar.setFocusTraversable(false);
        bar.setAccessibleText(Messages.tr("window.status.name"));
        bar.textProperty().bind(viewModel.statusProperty());
        // A reported failure stays until the next successful save, or until the learner clicks it away.
        bar.setOnMouseClicked(event -> viewModel.clearError());
        return bar;
    }
}
