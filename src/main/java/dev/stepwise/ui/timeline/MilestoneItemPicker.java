package dev.stepwise.ui.timeline;

import dev.stepwise.domain.Item;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.TextFilter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The milestone editor's items: the checklist in its order, each with a tick, and a filter above it, so that picking
 * "Week 4"'s items from a path of thousands does not mean scrolling through all of them. Ticks are kept by item id,
 * so an item the filter hides keeps its tick. Space ticks the item under the cursor; ↓ in the filter goes to the list.
 */
final class MilestoneItemPicker extends VBox {
    private final ListView<Item> list;
    private final Map<String, BooleanProperty> ticks = new HashMap<>();
    private final ReadOnlyIntegerWrapper tickedCount = new ReadOnlyIntegerWrapper(this, "tickedCount");

    MilestoneItemPicker(List<Item> checklist, Set<String> ticked) {
        super(6);
        checklist.stream().filter(item -> ticked.contains(item.id())).forEach(item -> tickOf(item).set(true));
        FilteredList<Item> shown = new FilteredList<>(FXCollections.observableArrayList(checklist));
        list = new ListView<>(shown);
        list.setId("milestone-items");
        list.getStyleClass().add("milestone-items");
        list.setPlaceholder(new Label(Messages.tr("timeline.editor.items.noMatch")));
        list.setCellFactory(view -> {
            CheckBoxListCell<Item> cell = new CheckBoxListCell<>(this::tickOf, new StringConverter<>() {
                @Override
                public String toString(Item item) {
                    return item == null ? "" : item.title();
                }

                @Override
                public Item fromString(String text) {
                    return null;
                }
            });
            // The list is one stop for Tab (↑/↓ move, Space ticks): each row's box was a stop of its own.
            cell.graphicProperty().subscribe(box -> {
                if (box != null) {
                    box.setFocusTraversable(false);
                }
            });
            // A title longer than the list is wide wraps: the list never scrolls sideways.
            cell.setWrapText(true);
            cell.setPrefWidth(0);
            return cell;
        });
        TextField filter = TextFilter.field("milestone-items-filter", Messages.tr("timeline.editor.items.filter"),
                query -> shown.setPredicate(query.isEmpty() ? null : item -> TextFilter.matches(item.title(), query)));
        filter.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DOWN && !shown.isEmpty()) {
                list.requestFocus();
                list.getFocusModel().focus(0);
                list.getSelectionModel().select(0);
                event.consume();
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            Item focused = list.getFocusModel().getFocusedItem();
            if (event.getCode() == KeyCode.SPACE && focused != null) {
                BooleanProperty tick = tickOf(focused);
                tick.set(!tick.get());
                event.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(filter, list);
    }

    /** The tick of one item, made when first asked for (most of a long path's items are never shown). */
    private BooleanProperty tickOf(Item item) {
        return ticks.computeIfAbsent(item.id(), id -> {
            BooleanProperty tick = new SimpleBooleanProperty(false);
            tick.addListener((obs, was, now) -> tickedCount.set(tickedCount.get() + (now ? 1 : -1)));
            return tick;
        });
    }

    /** The ids of the ticked items, hidden by the filter or not. */
    Set<String> ticked() {
        Set<String> ids = new LinkedHashSet<>();
        ticks.forEach((id, tick) -> {
            if (tick.get()) {
                ids.add(id);
            }
        });
        return ids;
    }

    ReadOnlyIntegerProperty tickedCountProperty() {
        return tickedCount.getReadOnlyProperty();
    }

    ListView<Item> list() {
        return list;
    }
}
