package dev.stepwise.ui.matrix;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.ui.common.MenuCommands;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.RowMenuKeys;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * A skill row's menu, by right-click or the menu key (Shift+F10), as the checklist's and the timeline's rows have:
 * open one of the skill's linked items still to do in the checklist, or edit or delete the skill. A right-click
 * selects the row it is on first, so the menu always acts on the skill the learner sees selected.
 */
final class SkillRowMenu {
    /** Linked items offered at most: the menu must fit a small screen; the detail pane lists them all. */
    private static final int MOST_ITEMS = 10;

    private final SkillsMatrixViewModel viewModel;
    private final Consumer<String> openItem;
    private final SkillActions actions;

    SkillRowMenu(SkillsMatrixViewModel viewModel, Consumer<String> openItem, SkillActions actions) {
        this.viewModel = viewModel;
        this.openItem = openItem;
        this.actions = actions;
    }

    /** Shows the menu of the row under the mouse (selecting it), or of the selected row when the key asked. */
    void show(ContextMenuEvent event, MatrixGrid grid) {
        if (!event.isKeyboardTrigger()) {
            Optional<String> skillId = rowUnder(event.getPickResult().getIntersectedNode());
            if (skillId.isEmpty()) {
                return; // a category's heading or the empty list: nothing to act on
            }
            grid.focusSkill(skillId.get());
        }
        SkillDetail detail = viewModel.detailProperty().get();
        if (detail == null) {
            return;
        }
        menuFor(detail).show(grid, event.getScreenX(), event.getScreenY());
        event.consume();
    }

    /** Shows the selected row's menu under it (Shift+F10, the menu key). */
    void showForSelected(MatrixGrid grid) {
        SkillDetail detail = viewModel.detailProperty().get();
        if (detail == null) {
            return;
        }
        RowMenuKeys.showUnder(grid.selectedRowOrList(), menuFor(detail));
    }

    private ContextMenu menuFor(SkillDetail detail) {
        ContextMenu menu = new ContextMenu();
        detail.linkedItems().stream()
                .filter(linked -> linked.status() == ItemStatus.NOT_STARTED || linked.status() == ItemStatus.LEARNING)
                .limit(MOST_ITEMS)
                .forEach(linked -> menu.getItems().add(MenuCommands.item(
                        Messages.tr("matrix.menu.openItem", linked.item().title()), "skill-menu-open-" + linked.item().id(), null,
                        MaterialDesignA.ARROW_RIGHT, () -> openItem.accept(linked.item().id()))));
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        MenuItem edit = MenuCommands.item(Messages.tr("menu.edit.editSkill"), "skill-menu-edit", null,
                MaterialDesignP.PENCIL_OUTLINE, actions::editSelected);
        MenuItem delete = MenuCommands.item(Messages.tr("menu.edit.deleteSkill"), "skill-menu-delete", null,
                MaterialDesignD.DELETE_OUTLINE, actions::deleteSelected);
        menu.getItems().addAll(edit, delete);
        return menu;
    }

    private static Optional<String> rowUnder(Node picked) {
        for (Node node = picked; node != null; node = node.getParent()) {
            if (node instanceof SkillRowView row) {
                return Optional.of(row.skillId());
            }
        }
        return Optional.empty();
    }
}
