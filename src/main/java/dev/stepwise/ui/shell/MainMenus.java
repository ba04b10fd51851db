package dev.stepwise.ui.shell;

import static dev.stepwise.ui.common.Messages.tr;

import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.UndoHistory;
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
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;

/** The menu bar: every command with its accelerator, so the keyboard reaches everything. */
final class MainMenus {
    private final Stage stage;
    private final MainViewModel viewModel;
    private final PathActions pathActions;
    private final TransferActions transferActions;
    private final MainWindow window;
    private final UndoHistory undo;
    private final Runnable showBackups;
    /** The View ▸ Language choices: the system's language (blank), then each shipped language by its tag. */
    static final List<String> LANGUAGES = List.of("", "en", "de");

    MainMenus(Stage stage, MainViewModel viewModel, PathActions pathActions, TransferActions transferActions,
              MainWindow window, UndoHistory undo, Runnable showBackups) {
        this.undo = undo;
        this.showBackups = showBackups;
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
        MenuItem backups = item(tr("menu.file.backups"), null, showBackups);
        backups.setGraphic(new FontIcon(MaterialDesignB.BACKUP_RESTORE));
        items.add(backups);
        items.add(new SeparatorMenuItem());
        items.add(item(tr("menu.file.quit"), shortcut(KeyCode.Q), () -> {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            stage.close();
        }));
        Menu menu = new Menu(tr("menu.file"));
        menu.getItems().setAll(items);
        return menu;
    }

    private Menu edit() {
        Menu menu = new Menu(tr("menu.edit"));
        menu.getItems().addAll(UndoMenuItems.of(undo));
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().addAll(
                item(tr("menu.edit.find"), shortcut(KeyCode.F), () -> onChecklist(() -> window.checklist().focusSearch())),
                new SeparatorMenuItem(),
                item(tr("menu.edit.addItem"), shortcut(KeyCode.N), () -> onChecklist(() -> window.checklist().actions().addItem())),
                item(tr("menu.edit.addSection"), null, () -> onChecklist(() -> window.checklist().actions().addSectionAfterSelected())),
                item(tr("menu.edit.editItem"), null, () -> onChecklist(() -> window.checklist().actions().editSelected())),
                item(tr("menu.edit.renameItem"), null, () -> onChecklist(() -> window.checklist().actions().renameSelected())),
                item(tr("menu.edit.moveItemUp"), null, () -> onChecklist(() -> window.checklist().actions().moveSelected(-1))),
                item(tr("menu.edit.moveItemDown"), null, () -> onChecklist(() -> window.checklist().actions().moveSelected(1))),
                item(tr("menu.edit.deleteItem"), null, () -> onChecklist(() -> window.checklist().actions().deleteSelected())),
                new SeparatorMenuItem(),
                item(tr("menu.edit.renameSection"), null, () -> onChecklist(() -> window.checklist().actions().renameSelectedSection())),
                item(tr("menu.edit.moveSectionUp"), null, () -> onChecklist(() -> window.checklist().actions().moveSelectedSection(-1))),
                item(tr("menu.edit.moveSectionDown"), null, () -> onChecklist(() -> window.checklist().actions().moveSelectedSection(1))),
                item(tr("menu.edit.deleteSection"), null, () -> onChecklist(() -> window.checklist().actions().deleteSelectedSection())));
        return menu;
    }

    /** Shows the checklist, then acts on it once it is on screen. */
    private void onChecklist(Runnable action) {
        viewModel.pageProperty().set(Page.CHECKLIST);
        Platform.runLater(action);
    }

    private Menu view() {
        CheckMenuItem dark = new CheckMenuItem(tr("menu.view.darkTheme"));
        dark.setId("menu-dark-theme");
        dark.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        dark.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        return new Menu(tr("menu.view"), null,
                item(Page.OVERVIEW.title(), shortcut(KeyCode.DIGIT1), () -> viewModel.pageProperty().set(Page.OVERVIEW)),
                item(Page.CHECKLIST.title(), shortcut(KeyCode.DIGIT2), () -> viewModel.pageProperty().set(Page.CHECKLIST)),
                item(Page.SKILLS.title(), shortcut(KeyCode.DIGIT3), () -> viewModel.pageProperty().set(Page.SKILLS)),
                item(Page.TIMELINE.title(), shortcut(KeyCode.DIGIT4), () -> viewModel.pageProperty().set(Page.TIMELINE)),
                new SeparatorMenuItem(), dark, language(), new SeparatorMenuItem(),
                item(tr("menu.view.zoomIn"), new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
                        viewModel.zoom()::zoomIn),
                item(tr("menu.view.zoomOut"), shortcut(KeyCode.MINUS), viewModel.zoom()::zoomOut),
                item(tr("menu.view.actualSize"), shortcut(KeyCode.DIGIT0), viewModel.zoom()::reset));
    }

    /**
     * Language ▸ System default / English / Deutsch. The choice is remembered at once and used from the next start:
     * switching every open view's texts in place is not worth its cost, and the menu says so.
     */
    private Menu language() {
        Menu menu = new Menu(tr("menu.view.language"));
        menu.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        String[] chosen = {Messages.current().preference()};
        for (String tag : LANGUAGES) {
            String name = tag.isEmpty() ? "system" : tag;
            RadioMenuItem item = new RadioMenuItem(tr("menu.view.language." + name));
            item.setId("menu-language-" + name);
            item.setToggleGroup(group);
            item.setSelected(tag.equals(chosen[0]));
            item.setOnAction(event -> {
                if (!tag.equals(chosen[0])) {
                    chosen[0] = tag;
                    viewModel.workspace().rememberLanguage(tag);
                    viewModel.reportNotice(tr("menu.view.language.changed"));
                }
            });
            menu.getItems().add(item);
        }
        MenuItem note = new MenuItem(tr("menu.view.language.note"));
        note.setDisable(true);
        menu.getItems().addAll(new SeparatorMenuItem(), note);
        return menu;
    }

    /**
     * The other keys people press to zoom: Ctrl++ (Shift and = on many keyboards, its own key on others, or the keypad),
     * the keypad's minus and 0. A menu item shows one accelerator; these work beside it. None may also match Ctrl+=:
     * a "+" character combination did (the toolkit maps "+" to the = key), and one press zoomed two steps.
     */
    static void addZoomAliases(Scene scene, Zoom zoom) {
        Map<KeyCombination, Runnable> accelerators = scene.getAccelerators();
        accelerators.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                zoom::zoomIn);
        accelerators.put(shortcut(KeyCode.PLUS), zoom::zoomIn);
        accelerators.put(shortcut(KeyCode.ADD), zoom::zoomIn);
        accelerators.put(shortcut(KeyCode.SUBTRACT), zoom::zoomOut);
        accelerators.put(shortcut(KeyCode.NUMPAD0), zoom::reset);
    }

    private Menu help() {
        return new Menu(tr("menu.help"), null,
                item(tr("menu.help.shortcuts"), new KeyCodeCombination(KeyCode.F1), () -> HelpDialogs.shortcuts(stage)),
                item(tr("menu.help.levels"), null, () -> HelpDialogs.levels(stage)),
                new SeparatorMenuItem(),
                item(tr("menu.help.about"), null, () -> HelpDialogs.about(stage, viewModel.databaseFile())));
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
