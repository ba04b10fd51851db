package dev.stepwise.ui.shell;

import static dev.stepwise.ui.common.Messages.tr;

import dev.stepwise.ui.common.MenuCommands;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.UndoHistory;
import dev.stepwise.ui.transfer.TransferActions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The menu bar: every command with its accelerator, so the keyboard reaches everything. */
final class MainMenus {
    private final Stage stage;
    private final MainViewModel viewModel;
    private final PathActions pathActions;
    private final TransferActions transferActions;
    private final MainWindow window;
    private final UndoHistory undo;
    private final Runnable showBackups;
    private final Runnable showAbout;
    /** The View ▸ Language choices: the system's language (blank), then each shipped language by its tag. */
    static final List<String> LANGUAGES = List.of("", "en", "de");

    MainMenus(Stage stage, MainViewModel viewModel, PathActions pathActions, TransferActions transferActions,
              MainWindow window, UndoHistory undo, Runnable showBackups, Runnable showAbout) {
        this.undo = undo;
        this.showBackups = showBackups;
        this.showAbout = showAbout;
        this.stage = stage;
        this.viewModel = viewModel;
        this.pathActions = pathActions;
        this.transferActions = transferActions;
        this.window = window;
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar(file(), EditMenu.of(viewModel, window, undo), view(), help());
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu file() {
        List<MenuItem> items = new ArrayList<>(pathActions.menuItems());
        items.get(0).setAccelerator(PathActions.NEW_PATH);
        items.add(new SeparatorMenuItem());
        items.addAll(transferActions.menuItems());
        items.add(new SeparatorMenuItem());
        items.add(item(tr("menu.file.backups"), null, MaterialDesignB.BACKUP_RESTORE, showBackups));
        items.add(new SeparatorMenuItem());
        items.add(item(tr("menu.file.quit"), shortcut(KeyCode.Q), MaterialDesignE.EXIT_TO_APP, () -> {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            stage.close();
        }));
        Menu menu = new Menu(tr("menu.file"));
        menu.getItems().setAll(items);
        return menu;
    }

    private Menu view() {
        CheckMenuItem dark = new CheckMenuItem(tr("menu.view.darkTheme"));
        dark.setId("menu-dark-theme");
        dark.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        dark.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        return new Menu(tr("menu.view"), null,
                page(Page.OVERVIEW, KeyCode.DIGIT1),
                page(Page.CHECKLIST, KeyCode.DIGIT2),
                page(Page.SKILLS, KeyCode.DIGIT3),
                page(Page.TIMELINE, KeyCode.DIGIT4),
                new SeparatorMenuItem(), dark, language(), new SeparatorMenuItem(),
                item(tr("menu.view.zoomIn"), new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
                        MaterialDesignM.MAGNIFY_PLUS_OUTLINE, viewModel.zoom()::zoomIn),
                item(tr("menu.view.zoomOut"), shortcut(KeyCode.MINUS), MaterialDesignM.MAGNIFY_MINUS_OUTLINE, viewModel.zoom()::zoomOut),
                item(tr("menu.view.actualSize"), shortcut(KeyCode.DIGIT0), MaterialDesignM.MAGNIFY_REMOVE_OUTLINE,
                        viewModel.zoom()::reset));
    }

    /**
     * Language ▸ System default / English / Deutsch. The choice is remembered at once and used from the next start:
     * switching every open view's texts in place is not worth its cost, and the menu says so.
     */
    private Menu language() {
        Menu menu = new Menu(tr("menu.view.language"), new FontIcon(MaterialDesignT.TRANSLATE));
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
                item(tr("menu.help.shortcuts"), new KeyCodeCombination(KeyCode.F1), MaterialDesignK.KEYBOARD_OUTLINE,
                        () -> HelpDialogs.shortcuts(stage)),
                item(tr("menu.help.levels"), null, MaterialDesignS.STAIRS, () -> HelpDialogs.levels(stage)),
                new SeparatorMenuItem(),
                item(tr("menu.help.about"), null, MaterialDesignI.INFORMATION_OUTLINE, showAbout));
    }

    static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    /** A command of the menu bar (none has an id): the same icon as the command has in the checklist's menus. */
    private static MenuItem item(String text, KeyCombination accelerator, Ikon icon, Runnable action) {
        return MenuCommands.item(text, null, accelerator, icon, action);
    }

    /** View ▸ a page, with the page's sidebar icon. */
    private MenuItem page(Page page, KeyCode digit) {
        return item(page.title(), shortcut(digit), page.icon(), () -> viewModel.pageProperty().set(page));
    }
}
