package dev.stepwise.ui.shell;

import dev.stepwise.ui.transfer.TransferActions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** The menu bar: every command with its accelerator, so the keyboard reaches everything. */
final class MainMenus {
    private final Stage stage;
    private final MainViewModel viewModel;
    private final PathActions pathActions;
    private final TransferActions transferActions;
    private final MainWindow window;

    MainMenus(Stage stage, MainViewModel viewModel, PathActions pathActions, TransferActions transferActions,
              MainWindow window) {
        this.stage = stage;
        this.viewModel = viewModel;
        this.pathActions = pathActions;
        this.transferActions = transferActions;
        this.window = window;
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar(file(), edit(), view(), help());
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu file() {
        List<MenuItem> items = new ArrayList<>(pathActions.menuItems());
        items.get(0).setAccelerator(PathActions.NEW_PATH);
        items.add(new SeparatorMenuItem());
        items.addAll(transferActions.menuItems());
        items.add(new SeparatorMenuItem());
        items.add(item("Quit", shortcut(KeyCode.Q), () -> {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            stage.close();
        }));
        Menu menu = new Menu("_File");
        menu.getItems().setAll(items);
        return menu;
    }

    private Menu edit() {
        Menu menu = new Menu("_Edit");
        menu.getItems().addAll(
                item("Find in checklist", shortcut(KeyCode.F), () -> onChecklist(() -> window.checklist().focusSearch())),
                new SeparatorMenuItem(),
                item("Add item…", shortcut(KeyCode.N), () -> onChecklist(() -> window.checklist().actions().addItem())),
                item("Add section…", null, () -> onChecklist(() -> window.checklist().actions().addSectionAfterSelected())),
                item("Edit item…", null, () -> onChecklist(() -> window.checklist().actions().editSelected())),
                item("Rename item…", null, () -> onChecklist(() -> window.checklist().actions().renameSelected())),
                item("Move item up", null, () -> onChecklist(() -> window.checklist().actions().moveSelected(-1))),
                item("Move item down", null, () -> onChecklist(() -> window.checklist().actions().moveSelected(1))),
                item("Delete item…", null, () -> onChecklist(() -> window.checklist().actions().deleteSelected())),
                new SeparatorMenuItem(),
                item("Rename section…", null, () -> onChecklist(() -> window.checklist().actions().renameSelectedSection())),
                item("Move section up", null, () -> onChecklist(() -> window.checklist().actions().moveSelectedSection(-1))),
                item("Move section down", null, () -> onChecklist(() -> window.checklist().actions().moveSelectedSection(1))),
                item("Delete section…", null, () -> onChecklist(() -> window.checklist().actions().deleteSelectedSection())));
        return menu;
    }

    /** Shows the checklist, then acts on it once it is on screen. */
    private void onChecklist(Runnable action) {
        viewModel.pageProperty().set(Page.CHECKLIST);
        Platform.runLater(action);
    }

    private Menu view() {
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("menu-dark-theme");
        dark.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        dark.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        return new Menu("_View", null,
                item("Overview", shortcut(KeyCode.DIGIT1), () -> viewModel.pageProperty().set(Page.OVERVIEW)),
                item("Checklist", shortcut(KeyCode.DIGIT2), () -> viewModel.pageProperty().set(Page.CHECKLIST)),
                item("Skills matrix", shortcut(KeyCode.DIGIT3), () -> viewModel.pageProperty().set(Page.SKILLS)),
                new SeparatorMenuItem(), dark, new SeparatorMenuItem(),
                item("Zoom in", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), viewModel.zoom()::zoomIn),
                item("Zoom out", shortcut(KeyCode.MINUS), viewModel.zoom()::zoomOut),
                item("Actual size", shortcut(KeyCode.DIGIT0), viewModel.zoom()::reset));
    }

    /**
     * The other keys people press to zoom: Ctrl++ (Shift and = on many keyboards, or the keypad), the keypad's minus
     * and 0. A menu item shows one accelerator; these work beside it.
     */
    static void addZoomAliases(Scene scene, Zoom zoom) {
        Map<KeyCombination, Runnable> accelerators = scene.getAccelerators();
        accelerators.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                zoom::zoomIn);
        accelerators.put(new KeyCharacterCombination("+", KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY), zoom::zoomIn);
        accelerators.put(shortcut(KeyCode.PLUS), zoom::zoomIn);
        accelerators.put(shortcut(KeyCode.ADD), zoom::zoomIn);
        accelerators.put(shortcut(KeyCode.SUBTRACT), zoom::zoomOut);
        accelerators.put(shortcut(KeyCode.NUMPAD0), zoom::reset);
    }

    private Menu help() {
        return new Menu("_Help", null,
                item("Keyboard shortcuts", new KeyCodeCombination(KeyCode.F1), () -> HelpDialogs.shortcuts(stage)),
                item("Skill levels", null, () -> HelpDialogs.levels(stage)),
                new SeparatorMenuItem(),
                item("About Stepwise", null, () -> HelpDialogs.about(stage, viewModel.databaseFile())));
    }

    static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(accelerator);
        item.setOnAction(event -> action.run());
        return item;
    }
}
