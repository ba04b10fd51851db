package dev.stepwise.ui.shell;

import dev.stepwise.ui.checklist.ChecklistView;
import dev.stepwise.ui.common.Lazy;
import dev.stepwise.ui.common.StyleClasses;
import dev.stepwise.ui.common.Toggles;
import dev.stepwise.ui.matrix.SkillsMatrixView;
import dev.stepwise.ui.overview.OverviewView;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** The main window: menus, navigation, the current page and the status bar. */
public final class MainWindow {
    private final Stage stage;
    private final MainViewModel viewModel;
    private final OverviewView overview;
    private final Lazy<ChecklistView> checklist;
    private final Lazy<SkillsMatrixView> matrix;
    private final StackPane content = new StackPane();
    private final Scene scene;

    /**
     * The checklist and the matrix are built on first use, or just after the first frame, whichever comes first:
     * the window shows sooner, and switching pages later never waits.
     */
    public MainWindow(Stage stage, MainViewModel viewModel, OverviewView overview, Supplier<ChecklistView> checklist,
                      Supplier<SkillsMatrixView> matrix) {
        this.stage = stage;
        this.viewModel = viewModel;
        this.overview = overview;
        this.checklist = new Lazy<>(checklist);
        this.matrix = new Lazy<>(matrix);

        BorderPane root = new BorderPane();
        root.setId("main-window");
        root.setTop(menuBar());
        root.setLeft(navigation());
        root.setCenter(content);
        root.setBottom(statusBar());
        scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/dev/stepwise/ui/app.css")).toExternalForm());

        viewModel.pageProperty().addListener((obs, old, page) -> show(page));
        show(viewModel.pageProperty().get());
        Themes.apply(viewModel.darkThemeProperty().get());
        viewModel.darkThemeProperty().addListener((obs, old, dark) -> Themes.apply(dark));
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> viewModel.pageProperty().get().title() + " — " + viewModel.pathTitle() + " — Stepwise",
                viewModel.pageProperty()));
        stage.setScene(scene);
        SuggestionNotices.install(viewModel.session(), stage, this::openSkill);
    }

    public Scene scene() {
        return scene;
    }

    /** Shows an item in the checklist (from the overview or the matrix). */
    public void openItem(String itemId) {
        viewModel.pageProperty().set(Page.CHECKLIST);
        checklist.get().showItem(itemId);
    }

    public void openSkill(String skillId) {
        viewModel.pageProperty().set(Page.SKILLS);
        matrix.get().showSkill(skillId);
    }

    /** Saves anything still waiting (a note being typed); called before the window closes. */
    public void flushPendingEdits() {
        checklist.ifBuilt(ChecklistView::flushPendingEdits);
    }

    /** Builds the pages not shown yet, one per event, after the window is on screen. */
    public void prebuildPages() {
        Platform.runLater(() -> {
            checklist.get();
            Platform.runLater(matrix::get);
        });
    }

    private void show(Page page) {
        Node view = switch (page) {
            case OVERVIEW -> overview;
            case CHECKLIST -> checklist.get();
            case SKILLS -> matrix.get();
        };
        // The new page goes on top first and takes focus once it is part of the scene; only then does the old page
        // leave. Removing the focus owner earlier would make the scene choose a focus of its own, after ours.
        content.getChildren().remove(view);
        content.getChildren().add(view);
        Platform.runLater(() -> {
            if (page == Page.CHECKLIST) {
                checklist.get().focusList();
            } else if (page == Page.SKILLS) {
                matrix.get().focusGrid();
            }
            content.getChildren().retainAll(view);
        });
    }

    private VBox navigation() {
        Label title = new Label(viewModel.pathTitle());
        title.getStyleClass().add("path-title");
        Label tagline = new Label("Learning path");
        tagline.getStyleClass().add("path-tagline");
        ToggleGroup group = new ToggleGroup();
        Map<Page, ToggleButton> buttons = new EnumMap<>(Page.class);
        VBox nav = new VBox(title, tagline);
        for (Page page : Page.values()) {
            ToggleButton button = new ToggleButton(page.title(), new FontIcon(iconOf(page)));
            button.setId("nav-" + page.name().toLowerCase());
            button.getStyleClass().add(StyleClasses.NAV_BUTTON);
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            buttons.put(page, button);
            nav.getChildren().add(button);
        }
        Toggles.follow(viewModel.pageProperty(), buttons, group);

        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(Bindings.createDoubleBinding(viewModel::overallFraction, viewModel.progressTextProperty()));
        Label counts = new Label();
        counts.setId("nav-progress");
        counts.getStyleClass().add(StyleClasses.MUTED);
        counts.textProperty().bind(viewModel.progressTextProperty());
        VBox progress = new VBox(new Label("Overall"), bar, counts);
        progress.getStyleClass().add("nav-progress");
        nav.getChildren().addAll(spacer, progress);
        nav.getStyleClass().add(StyleClasses.NAV);
        return nav;
    }

    private static Ikon iconOf(Page page) {
        return switch (page) {
            case OVERVIEW -> MaterialDesignV.VIEW_DASHBOARD_OUTLINE;
            case CHECKLIST -> MaterialDesignC.CHECKBOX_MARKED_OUTLINE;
            case SKILLS -> MaterialDesignG.GRID;
        };
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(viewModel.statusProperty());
        // A reported failure stays until the next successful save, or until the learner clicks it away.
        bar.setOnMouseClicked(event -> viewModel.clearError());
        Label file = new Label(viewModel.databaseFile());
        file.getStyleClass().add(StyleClasses.MUTED);
        bar.getRightItems().add(file);
        return bar;
    }

    private MenuBar menuBar() {
        MenuItem about = item("About Stepwise", null, () -> HelpDialogs.about(stage, viewModel.databaseFile()));
        MenuItem quit = item("Quit", shortcut(KeyCode.Q), () -> {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            stage.close();
        });
        Menu file = new Menu("_File", null, about, new SeparatorMenuItem(), quit);

        Menu edit = new Menu("_Edit", null, item("Find in checklist", shortcut(KeyCode.F), () -> {
            viewModel.pageProperty().set(Page.CHECKLIST);
            Platform.runLater(() -> checklist.get().focusSearch());
        }));

        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("menu-dark-theme");
        dark.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        dark.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        Menu view = new Menu("_View", null,
                item("Overview", shortcut(KeyCode.DIGIT1), () -> viewModel.pageProperty().set(Page.OVERVIEW)),
                item("Checklist", shortcut(KeyCode.DIGIT2), () -> viewModel.pageProperty().set(Page.CHECKLIST)),
                item("Skills matrix", shortcut(KeyCode.DIGIT3), () -> viewModel.pageProperty().set(Page.SKILLS)),
                new SeparatorMenuItem(), dark);

        Menu help = new Menu("_Help", null,
                item("Keyboard shortcuts", new KeyCodeCombination(KeyCode.F1), () -> HelpDialogs.shortcuts(stage)),
                item("Skill levels", null, () -> HelpDialogs.levels(stage)));
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(accelerator);
        item.setOnAction(event -> action.run());
        return item;
    }
}
