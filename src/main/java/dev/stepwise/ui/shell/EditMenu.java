package dev.stepwise.ui.shell;

import static dev.stepwise.ui.common.Messages.tr;

import dev.stepwise.ui.checklist.ChecklistActions;
import dev.stepwise.ui.common.MenuCommands;
import dev.stepwise.ui.common.UndoHistory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * Edit: undo and redo, find, then the commands of the page shown: items and sections on the overview and the
 * checklist, skills on the skills matrix, milestones on the timeline. Only the page's own group is in the menu, so it
 * stays as short as one page's commands (it must fit a 640 px screen) and never offers to change what the learner
 * cannot see; Ctrl+N adds what the page shows (an item, a skill, a milestone).
 *
 * <p>The commands on a selection are greyed out while nothing is selected on the page. The group shown and the greying
 * are decided as the menu opens, so the checklist's model is not built for the first frame; none of them has a key.
 */
final class EditMenu {
    private static final KeyCombination ADD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    /** What Add is called on a page, and what it does there. */
    private record PageAdd(String textKey, Runnable action) {
    }

    private final MainViewModel viewModel;
    private final MainWindow window;
    /** Each page's group, and what Add adds while the page is shown. */
    private final Map<Page, List<MenuItem>> groups = new EnumMap<>(Page.class);
    private final Map<Page, PageAdd> adds = new EnumMap<>(Page.class);
    /** The entries that act on the page's selection, and whether the page shown has one. */
    private final Map<MenuItem, BooleanSupplier> onSelection = new LinkedHashMap<>();

    private EditMenu(MainViewModel viewModel, MainWindow window) {
        this.viewModel = viewModel;
        this.window = window;
    }

    static Menu of(MainViewModel viewModel, MainWindow window, UndoHistory undo) {
        return new EditMenu(viewModel, window).build(undo);
    }

    private Menu build(UndoHistory undo) {
        Menu menu = new Menu(tr("menu.edit"));
        menu.getItems().addAll(UndoMenuItems.of(undo));
        // One Add for every page, named for what it adds there. (Ctrl+N cannot move from entry to entry: the toolkit
        // moves only the action a key had, so a key given to an entry that had none would do nothing.)
        MenuItem add = MenuCommands.item(null, "menu-add", ADD, MaterialDesignP.PLUS, this::addOnPageShown);
        menu.getItems().addAll(new SeparatorMenuItem(),
                MenuCommands.item(tr("menu.edit.find"), null, MainMenus.shortcut(KeyCode.F), MaterialDesignM.MAGNIFY, this::find),
                new SeparatorMenuItem(), add);
        List<MenuItem> checklist = checklistGroup();
        groups.put(Page.OVERVIEW, checklist);
        groups.put(Page.CHECKLIST, checklist);
        groups.put(Page.SKILLS, skillGroup());
        groups.put(Page.TIMELINE, milestoneGroup());
        groups.values().stream().distinct().forEach(menu.getItems()::addAll);
        // Arranged as the menu opens, not at every page switch: a page switch then changes nothing in the menu's
        // popup, which the toolkit keeps built while hidden (Ctrl+N asks the page shown itself).
        menu.setOnShowing(event -> {
            showGroupOf(viewModel.pageProperty().get(), add);
            onSelection.forEach((entry, selected) -> entry.setDisable(!selected.getAsBoolean()));
        });
        showGroupOf(viewModel.pageProperty().get(), add);
        return menu;
    }

    private void addOnPageShown() {
        adds.get(viewModel.pageProperty().get()).action().run();
    }

    /** Shows the page's group alone, and names the Add for what it adds on the page. */
    private void showGroupOf(Page page, MenuItem add) {
        List<MenuItem> shown = groups.get(page);
        groups.values().forEach(group -> group.forEach(entry -> entry.setVisible(group == shown)));
        add.setText(tr(adds.get(page).textKey()));
    }

    private List<MenuItem> checklistGroup() {
        BooleanSupplier itemSelected = selectedOn(Page.CHECKLIST, () -> viewModel.checklist().selectedItemIdProperty().get());
        PageAdd addItem = new PageAdd("menu.edit.addItem", () -> onChecklist(() -> window.checklist().actions().addItem()));
        adds.put(Page.OVERVIEW, addItem);
        adds.put(Page.CHECKLIST, addItem);
        List<MenuItem> group = new ArrayList<>(List.of(
                onChecklist("menu.edit.addSection", MaterialDesignP.PLAYLIST_PLUS, ChecklistActions::addSectionAfterSelected)));
        group.addAll(onSelection(itemSelected,
                onChecklist("menu.edit.editItem", MaterialDesignP.PENCIL_OUTLINE, ChecklistActions::editSelected),
                onChecklist("menu.edit.renameItem", MaterialDesignR.RENAME_BOX, ChecklistActions::renameSelected),
                onChecklist("menu.edit.moveItemUp", MaterialDesignA.ARROW_UP, actions -> actions.moveSelected(-1)),
                onChecklist("menu.edit.moveItemDown", MaterialDesignA.ARROW_DOWN, actions -> actions.moveSelected(1)),
                onChecklist("menu.edit.deleteItem", MaterialDesignD.DELETE_OUTLINE, ChecklistActions::deleteSelected)));
        group.add(new SeparatorMenuItem());
        group.addAll(onSelection(itemSelected,
                onChecklist("menu.edit.renameSection", MaterialDesignR.RENAME_BOX, ChecklistActions::renameSelectedSection),
                onChecklist("menu.edit.moveSectionUp", MaterialDesignA.ARROW_UP, actions -> actions.moveSelectedSection(-1)),
                onChecklist("menu.edit.moveSectionDown", MaterialDesignA.ARROW_DOWN, actions -> actions.moveSelectedSection(1)),
                onChecklist("menu.edit.deleteSection", MaterialDesignD.DELETE_OUTLINE, ChecklistActions::deleteSelectedSection)));
        return group;
    }

    /** Shown only on the matrix, so the matrix's view exists whenever one of these (or its Add) is chosen. */
    private List<MenuItem> skillGroup() {
        adds.put(Page.SKILLS, new PageAdd("menu.edit.addSkill", () -> window.matrix().addSkill()));
        return onSelection(selectedOn(Page.SKILLS, () -> viewModel.matrix().selectedSkillIdProperty().get()),
                item("menu.edit.editSkill", MaterialDesignP.PENCIL_OUTLINE, () -> window.matrix().editSelectedSkill()),
                item("menu.edit.deleteSkill", MaterialDesignD.DELETE_OUTLINE, () -> window.matrix().deleteSelectedSkill()));
    }

    /** Shown only on the timeline, so the timeline's view exists whenever one of these (or its Add) is chosen. */
    private List<MenuItem> milestoneGroup() {
        adds.put(Page.TIMELINE, new PageAdd("menu.edit.newMilestone", () -> window.timeline().create()));
        return onSelection(selectedOn(Page.TIMELINE, () -> viewModel.timeline().selectedIdProperty().get()),
                item("menu.edit.editMilestone", MaterialDesignP.PENCIL_OUTLINE, () -> window.timeline().editSelected()),
                item("menu.edit.deleteMilestone", MaterialDesignD.DELETE_OUTLINE, () -> window.timeline().deleteSelected()));
    }

    /**
     * True while the page is shown with something selected on it. The page is asked first: its view model is built
     * when the page is first shown, and opening the menu elsewhere must not build it.
     */
    private BooleanSupplier selectedOn(Page page, Supplier<String> selectedId) {
        return () -> viewModel.pageProperty().get() == page && selectedId.get() != null;
    }

    private List<MenuItem> onSelection(BooleanSupplier selected, MenuItem... entries) {
        for (MenuItem entry : entries) {
            onSelection.put(entry, selected);
        }
        return List.of(entries);
    }

    private static MenuItem item(String textKey, Ikon icon, Runnable action) {
        return MenuCommands.item(tr(textKey), null, null, icon, action);
    }

    /** A checklist command: shows the checklist, then does it there (icons as in the checklist's own menus). */
    private MenuItem onChecklist(String textKey, Ikon icon, Consumer<ChecklistActions> command) {
        return item(textKey, icon, () -> onChecklist(() -> command.accept(window.checklist().actions())));
    }

    /** The search of the page shown: the matrix's over its skills, else the checklist's (shown for it). */
    private void find() {
        if (viewModel.pageProperty().get() == Page.SKILLS) {
            window.matrix().focusSearch();
        } else {
            onChecklist(() -> window.checklist().focusSearch());
        }
    }

    /** Shows the checklist, then acts on it once it is on screen. */
    private void onChecklist(Runnable action) {
        viewModel.pageProperty().set(Page.CHECKLIST);
        Platform.runLater(action);
    }
}
