package dev.stepwise.ui.checklist;

import dev.stepwise.domain.Ids;
import dev.stepwise.domain.SubItem;
import dev.stepwise.domain.Texts;
import dev.stepwise.ui.common.ListScrolling;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import dev.stepwise.ui.common.TextPrompts;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * An item's sub-steps as a list the learner adds to, renames, removes from and reorders (buttons, Alt+↑/↓, or drag and
 * drop). A sub-step keeps its id through renames and moves, so the learner's tick on it stays; a new one gets an id
 * that no sub-step of the item had when the editor opened, so it never inherits the tick of one just removed.
 */
final class SubStepListEditor extends HBox {
    private final ListView<SubItem> list = new ListView<>();
    private final Set<String> takenIds = new HashSet<>();

    SubStepListEditor(List<SubItem> subItems) {
        getStyleClass().add("sub-step-editor");
        list.setId("substeps");
        list.getItems().setAll(subItems);
        subItems.forEach(sub -> takenIds.add(sub.id()));
        Label placeholder = new Label(Messages.tr("checklist.subSteps.none"));
        placeholder.getStyleClass().add(StyleClasses.MUTED);
        list.setPlaceholder(placeholder);
        list.setCellFactory(view -> new SubStepCell(this::move, this::rename));
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        HBox.setHgrow(list, Priority.ALWAYS);

        ReadOnlyIntegerProperty selected = list.getSelectionModel().selectedIndexProperty();
        IntegerBinding size = Bindings.size(list.getItems());
        Button add = button("substep-add", Messages.tr("checklist.subSteps.add"), Messages.tr("checklist.subSteps.add.tooltip"),
                MaterialDesignP.PLUS);
        add.setOnAction(event -> add());
        Button rename = button("substep-rename", Messages.tr("checklist.subSteps.rename"),
                Messages.tr("checklist.subSteps.rename.tooltip"),
                MaterialDesignP.PENCIL_OUTLINE);
        rename.setOnAction(event -> rename());
        Button remove = button("substep-remove", Messages.tr("checklist.subSteps.remove"),
                Messages.tr("checklist.subSteps.remove.tooltip"), MaterialDesignT.TRASH_CAN_OUTLINE);
        remove.setOnAction(event -> remove());
        Button up = button("substep-up", Messages.tr("checklist.subSteps.up"), Messages.tr("checklist.subSteps.up.tooltip"),
                MaterialDesignA.ARROW_UP);
        up.setOnAction(event -> moveSelected(-1));
        Button down = button("substep-down", Messages.tr("checklist.subSteps.down"), Messages.tr("checklist.subSteps.down.tooltip"),
                MaterialDesignA.ARROW_DOWN);
        down.setOnAction(event -> moveSelected(1));
        rename.disableProperty().bind(selected.lessThan(0));
        remove.disableProperty().bind(selected.lessThan(0));
        up.disableProperty().bind(selected.lessThan(1));
        down.disableProperty().bind(selected.lessThan(0).or(selected.greaterThanOrEqualTo(size.subtract(1))));
        VBox buttons = new VBox(add, rename, remove, up, down);
        buttons.getStyleClass().add("sub-step-buttons");
        getChildren().addAll(list, buttons);
    }

    /** The sub-steps in their new order, with their new titles. */
    List<SubItem> subItems() {
        return List.copyOf(list.getItems());
    }

    private static Button button(String id, String text, String tip, Ikon icon) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setMaxWidth(Double.MAX_VALUE);
        return button;
    }

    private void keyPressed(KeyEvent event) {
        if (event.isAltDown() && (event.getCode() == KeyCode.UP || event.getCode() == KeyCode.DOWN)) {
            moveSelected(event.getCode() == KeyCode.UP ? -1 : 1);
            event.consume();
        } else if (event.getCode() == KeyCode.F2 && !event.isAltDown() && !event.isShortcutDown() && !event.isShiftDown()) {
            rename();
            event.consume();
        }
    }

    private void moveSelected(int by) {
        int from = list.getSelectionModel().getSelectedIndex();
        if (from >= 0) {
            move(from, from + by);
        }
    }

    /** Moves the sub-step at {@code from} so that it ends up at {@code to} (clamped), keeping it selected. */
    private void move(int from, int to) {
        int target = Math.max(0, Math.min(to, list.getItems().size() - 1));
        if (from == target) {
            return;
        }
        SubItem moved = list.getItems().remove(from);
        list.getItems().add(target, moved);
        select(target);
    }

    private void add() {
        prompt(Messages.tr("checklist.subSteps.new"), "", Messages.tr("button.add")).ifPresent(title -> {
            String id = Ids.unique(title, "sub-step", takenIds);
            takenIds.add(id);
            int selected = list.getSelectionModel().getSelectedIndex();
            int index = selected < 0 ? list.getItems().size() : selected + 1;
            list.getItems().add(index, new SubItem(id, title));
            select(index);
        });
    }

    private void rename() {
        int index = list.getSelectionModel().getSelectedIndex();
        if (index < 0) {
            return;
        }
        SubItem sub = list.getItems().get(index);
        prompt(Messages.tr("checklist.subSteps.renameHeader"), sub.title(), Messages.tr("button.rename")).ifPresent(title -> {
            list.getItems().set(index, new SubItem(sub.id(), title));
            select(index);
        });
    }

    private void remove() {
        int index = list.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            list.getItems().remove(index);
            if (list.getItems().isEmpty()) {
                list.requestFocus();
            } else {
                select(Math.min(index, list.getItems().size() - 1));
            }
        }
    }

    private Optional<String> prompt(String heading, String initial, String action) {
        Optional<String> title = TextPrompts.title(getScene().getWindow(),
                        new TextPrompts.Question(heading, Messages.tr("checklist.subSteps.prompt"), initial, action))
                .map(typed -> Texts.title(Texts.Field.SUB_STEP_TITLE, typed));
        list.requestFocus();
        return title;
    }

    private void select(int index) {
        list.getSelectionModel().clearAndSelect(index);
        list.getFocusModel().focus(index);
        ListScrolling.reveal(list, index);
        list.requestFocus();
    }
}
