package dev.stepwise.ui.common;

import dev.stepwise.domain.Ids;
import dev.stepwise.domain.Texts;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
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
 * A list of short texts with ids that the learner adds to, renames, removes from and reorders (buttons, Alt+↑/↓, or
 * drag and drop): an item's sub-steps, a path's self-check statements. An entry keeps its id through renames and
 * moves, so what the learner recorded against it (a tick, an answer) stays; a new one gets an id that no entry had when
 * the editor opened, so it never inherits what was recorded against one just removed.
 *
 * @param <T> the entry, a record of an id and a text
 */
public final class OrderedListEditor<T> extends HBox {
    /**
     * What the list holds and how it is named.
     *
     * @param nodeId   the stem of the node ids: the list is {@code nodeId + "s"}, its buttons {@code nodeId + "-add"} and so
     *                 on, an entry's row {@code nodeId + "-" + id}
     * @param messages the stem of the bundle keys ({@code messages + ".add"}, {@code ".none"}, {@code ".prompt"} …)
     * @param idStem   what a new entry's id is made of when its text has no letters
     * @param field    the rule an entry's text must pass
     */
    public record Kind<T>(String nodeId, String messages, String idStem, Texts.Field field, Function<T, String> id,
                          Function<T, String> text, BiFunction<String, String, T> make) {
    }

    /** The buttons: each has a label under its name's key and a tooltip under the name + {@value #TOOLTIP}. */
    private static final List<String> ACTIONS = List.of("add", "rename", "remove", "up", "down");
    private static final String TOOLTIP = ".tooltip";
    /** The keys every kind's bundle stem must have. */
    public static final List<String> KEYS = Stream.concat(Stream.of("none", "new", "renameHeader", "renameAction", "prompt"),
            ACTIONS.stream().flatMap(action -> Stream.of(action, action + TOOLTIP))).toList();

    private final Kind<T> kind;
    private final ListView<T> list = new ListView<>();
    private final Set<String> takenIds = new HashSet<>();

    public OrderedListEditor(Kind<T> kind, List<T> entries) {
        this.kind = kind;
        getStyleClass().add("ordered-list-editor");
        list.setId(kind.nodeId() + "s");
        list.getItems().setAll(entries);
        entries.forEach(entry -> takenIds.add(kind.id().apply(entry)));
        Label placeholder = new Label(tr("none"));
        placeholder.getStyleClass().add(StyleClasses.MUTED);
        list.setPlaceholder(placeholder);
        list.setCellFactory(view -> new OrderedListCell<>(kind, this::move, this::rename));
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        HBox.setHgrow(list, Priority.ALWAYS);

        ReadOnlyIntegerProperty selected = list.getSelectionModel().selectedIndexProperty();
        IntegerBinding size = Bindings.size(list.getItems());
        Button add = button("add", MaterialDesignP.PLUS);
        add.setOnAction(event -> add());
        Button rename = button("rename", MaterialDesignP.PENCIL_OUTLINE);
        rename.setOnAction(event -> rename());
        Button remove = button("remove", MaterialDesignT.TRASH_CAN_OUTLINE);
        remove.setOnAction(event -> remove());
        Button up = button("up", MaterialDesignA.ARROW_UP);
        up.setOnAction(event -> moveSelected(-1));
        Button down = button("down", MaterialDesignA.ARROW_DOWN);
        down.setOnAction(event -> moveSelected(1));
        rename.disableProperty().bind(selected.lessThan(0));
        remove.disableProperty().bind(selected.lessThan(0));
        up.disableProperty().bind(selected.lessThan(1));
        down.disableProperty().bind(selected.lessThan(0).or(selected.greaterThanOrEqualTo(size.subtract(1))));
        VBox buttons = new VBox(add, rename, remove, up, down);
        buttons.getStyleClass().add("ordered-list-buttons");
        getChildren().addAll(list, buttons);
    }

    /** The entries in their new order, with their new texts. */
    public List<T> entries() {
        return List.copyOf(list.getItems());
    }

    private String tr(String key) {
        return Messages.tr(kind.messages() + "." + key);
    }

    private Button button(String action, Ikon icon) {
        Button button = new Button(tr(action), new FontIcon(icon));
        button.setId(kind.nodeId() + "-" + action);
        button.setTooltip(new Tooltip(tr(action + TOOLTIP)));
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

    /** Moves the entry at {@code from} so that it ends up at {@code to} (clamped), keeping it selected. */
    private void move(int from, int to) {
        int target = Math.max(0, Math.min(to, list.getItems().size() - 1));
        if (from == target) {
            return;
        }
        T moved = list.getItems().remove(from);
        list.getItems().add(target, moved);
        select(target);
    }

    private void add() {
        prompt(tr("new"), "", Messages.tr("button.add")).ifPresent(text -> {
            String id = Ids.unique(text, kind.idStem(), takenIds);
            takenIds.add(id);
            int selected = list.getSelectionModel().getSelectedIndex();
            int index = selected < 0 ? list.getItems().size() : selected + 1;
            list.getItems().add(index, kind.make().apply(id, text));
            select(index);
        });
    }

    private void rename() {
        int index = list.getSelectionModel().getSelectedIndex();
        if (index < 0) {
            return;
        }
        T entry = list.getItems().get(index);
        prompt(tr("renameHeader"), kind.text().apply(entry), tr("renameAction")).ifPresent(text -> {
            list.getItems().set(index, kind.make().apply(kind.id().apply(entry), text));
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
        Optional<String> text = TextPrompts.title(getScene().getWindow(),
                        new TextPrompts.Question(heading, tr("prompt"), initial, action))
                .map(typed -> Texts.title(kind.field(), typed));
        list.requestFocus();
        return text;
    }

    private void select(int index) {
        list.getSelectionModel().clearAndSelect(index);
        list.getFocusModel().focus(index);
        ListScrolling.reveal(list, index);
        list.requestFocus();
    }
}
