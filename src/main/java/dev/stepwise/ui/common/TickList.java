package dev.stepwise.ui.common;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * A long list to tick some of, with a filter above it: a milestone's items out of a checklist of thousands, an item's
 * skills out of an instructor's hundreds. The list is virtualised, so opening it makes a row for what fits on screen,
 * not for every entry. Ticks are kept by id, so an entry the filter hides keeps its tick. Space ticks the entry under
 * the cursor; ↓ in the filter goes to the list. A list may offer one box that ticks every entry shown
 * ({@link #offerTickAllShown}): a section's two hundred items for a milestone, found by the filter, in one click.
 *
 * @param <T> what is listed
 */
public final class TickList<T> extends VBox {
    /**
     * What a list is made of and called.
     *
     * @param id          the list's node id; the filter's is this with {@code -filter}
     * @param rowIdPrefix each row's check box is {@code rowIdPrefix + id of the entry}, for tests and tools
     * @param idOf        an entry's id
     * @param textOf      what a row shows
     * @param tipOf       a row's tooltip; blank for none
     * @param matchOf     what the filter looks in: the row's text, or more
     */
    public record Kind<T>(String id, String rowIdPrefix, Function<T, String> idOf, Function<T, String> textOf,
                          Function<T, String> tipOf, Function<T, String> matchOf) {

        /** A kind whose filter looks in what the rows show. */
        public Kind(String id, String rowIdPrefix, Function<T, String> idOf, Function<T, String> textOf,
                    Function<T, String> tipOf) {
            this(id, rowIdPrefix, idOf, textOf, tipOf, textOf);
        }
    }

    private final Kind<T> kind;
    private final List<T> entries;
    private final FilteredList<T> shown;
    private final ListView<T> list;
    private final TextField filter;
    private final Map<String, BooleanProperty> ticks = new HashMap<>();
    private final ReadOnlyIntegerWrapper tickedCount = new ReadOnlyIntegerWrapper(this, "tickedCount");
    /** How many of the entries shown are ticked: kept as ticks change, counted again when the filter changes. */
    private int shownTicked;
    private CheckBox allShown;

    /**
     * @param entries      what can be ticked, in the order shown
     * @param ticked       the ids ticked to begin with
     * @param filterPrompt the filter's prompt, which names it for a screen reader too
     * @param noMatch      what the list says when the filter leaves nothing
     */
    public TickList(Kind<T> kind, List<T> entries, Collection<String> ticked, String filterPrompt, String noMatch) {
        super(6);
        this.kind = kind;
        this.entries = List.copyOf(entries);
        getStyleClass().add("tick-list");
        shown = new FilteredList<>(FXCollections.observableArrayList(this.entries));
        Set<String> tickedIds = Set.copyOf(ticked);
        this.entries.stream().filter(entry -> tickedIds.contains(kind.idOf().apply(entry))).forEach(entry -> tickOf(entry).set(true));
        list = new ListView<>(shown);
        list.setId(kind.id());
        list.getStyleClass().add(kind.id());
        list.setPlaceholder(new Label(noMatch));
        list.setCellFactory(view -> new Row());
        filter = TextFilter.field(kind.id() + "-filter", filterPrompt, query -> {
            shown.setPredicate(query.isEmpty() ? null : entry -> TextFilter.matches(kind.matchOf().apply(entry), query));
            shownTicked = (int) shown.stream().filter(this::isTicked).count();
            countShown();
        });
        filter.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DOWN && !shown.isEmpty()) {
                list.requestFocus();
                list.getFocusModel().focus(0);
                list.getSelectionModel().select(0);
                event.consume();
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            T focused = list.getFocusModel().getFocusedItem();
            if (event.getCode() == KeyCode.SPACE && focused != null) {
                BooleanProperty tick = tickOf(focused);
                tick.set(!tick.get());
                event.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(filter, list);
    }

    /**
     * Puts a box between the filter and the list that ticks every entry shown, or clears them all when every one is
     * ticked already; it is half ticked while some are. Its text says how many it would tick.
     *
     * @param id the box's node id
     */
    public void offerTickAllShown(String id) {
        allShown = new CheckBox();
        allShown.setId(id);
        allShown.getStyleClass().add("tick-all-shown");
        // The box's own click has flipped it already: ticked now means "tick them all", cleared "clear them all".
        allShown.setOnAction(event -> {
            boolean tick = allShown.isSelected();
            shown.forEach(entry -> tickOf(entry).set(tick));
            showAllShown();
        });
        getChildren().add(1, allShown);
        countShown();
    }

    /** The ids of the ticked entries, hidden by the filter or not, in the order the entries are listed. */
    public Set<String> ticked() {
        Set<String> ids = new LinkedHashSet<>();
        for (T entry : entries) {
            if (isTicked(entry)) {
                ids.add(kind.idOf().apply(entry));
            }
        }
        return ids;
    }

    public ReadOnlyIntegerProperty tickedCountProperty() {
        return tickedCount.getReadOnlyProperty();
    }

    public ListView<T> list() {
        return list;
    }

    public TextField filter() {
        return filter;
    }

    /** The tick of one entry, made when first asked for (most of a long list's entries are never shown). */
    private BooleanProperty tickOf(T entry) {
        return ticks.computeIfAbsent(kind.idOf().apply(entry), id -> {
            BooleanProperty tick = new SimpleBooleanProperty(false);
            tick.addListener((obs, was, now) -> {
                int change = now ? 1 : -1;
                tickedCount.set(tickedCount.get() + change);
                if (shown.getPredicate() == null || shown.getPredicate().test(entry)) {
                    shownTicked += change;
                    showAllShown();
                }
            });
            return tick;
        });
    }

    /** Whether the entry is ticked; an entry never shown has no tick yet, and is not. */
    private boolean isTicked(T entry) {
        BooleanProperty tick = ticks.get(kind.idOf().apply(entry));
        return tick != null && tick.get();
    }

    /** The tick-all box's text and state for what the filter shows now. */
    private void countShown() {
        if (allShown != null) {
            allShown.setText(Messages.tr("tickList.allShown", shown.size()));
            showAllShown();
        }
    }

    /** The tick-all box as the shown entries stand: ticked when all are, half when some are, off when none is. */
    private void showAllShown() {
        if (allShown == null) {
            return;
        }
        int count = shown.size();
        allShown.setDisable(count == 0);
        allShown.setSelected(count > 0 && shownTicked == count);
        allShown.setIndeterminate(shownTicked > 0 && shownTicked < count);
    }

    /** One row: a check box bound to the entry's tick, the entry's text beside it, wrapped when long. */
    private final class Row extends CheckBoxListCell<T> {
        private final Tooltip tip = new Tooltip();

        Row() {
            super(TickList.this::tickOf, new StringConverter<>() {
                @Override
                public String toString(T entry) {
                    return entry == null ? "" : kind.textOf().apply(entry);
                }

                @Override
                public T fromString(String text) {
                    return null;
                }
            });
            // The list is one stop for Tab (↑/↓ move, Space ticks): each row's box was a stop of its own.
            graphicProperty().subscribe(box -> {
                if (box != null) {
                    box.setFocusTraversable(false);
                }
            });
            // A text longer than the list is wide wraps: the list never scrolls sideways.
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        public void updateItem(T entry, boolean empty) {
            super.updateItem(entry, empty);
            String tipText = entry == null || empty ? "" : kind.tipOf().apply(entry);
            tip.setText(tipText);
            setTooltip(tipText.isBlank() ? null : tip);
            if (getGraphic() != null) {
                getGraphic().setId(entry == null || empty ? null : kind.rowIdPrefix() + kind.idOf().apply(entry));
            }
        }
    }
}
