package dev.stepwise.ui.checklist;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.StateChange;
import dev.stepwise.domain.StatusCounts;
import dev.stepwise.ui.common.HiddenSelection;
import dev.stepwise.ui.common.PathSession;
import dev.stepwise.ui.common.Scheduler;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;

/**
 * The checklist's state and commands: rows filtered by status and search, the selected item's details, and the
 * note being typed, saved after a short pause so every keystroke does not become a transaction.
 */
public final class ChecklistViewModel {
    static final Duration NOTE_SAVE_DELAY = ItemNoteEditor.SAVE_DELAY;

    private final PathSession session;
    private final Scheduler scheduler;
    private final ObservableList<ChecklistRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<StatusFilter> filter = new SimpleObjectProperty<>(this, "filter", StatusFilter.ALL);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<String> selectedItemId = new SimpleObjectProperty<>(this, "selectedItemId");
    private final ReadOnlyObjectWrapper<ItemDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyStringWrapper shownSummary = new ReadOnlyStringWrapper(this, "shownSummary", "");
    private final ReadOnlyObjectWrapper<StatusCounts> statusCounts = new ReadOnlyObjectWrapper<>(this, "statusCounts");

    private final Subscription stateSubscription;
    private final ChecklistEditor editor;
    private final ItemNoteEditor notes;
    private final ShownRows shownRows = new ShownRows(rows);
    /** The item the search or filter hid, selected again once they show it. */
    private final HiddenSelection hiddenSelection = new HiddenSelection();
    /** Set when another path is shown: its first rows, once they arrive, bring their first item selected. */
    private boolean selectFirstOfNextRows;
    /** The newest request for rows: older results arriving late are dropped. */
    private final AtomicLong rowsRequest = new AtomicLong();

    public ChecklistViewModel(PathSession session, Scheduler scheduler) {
        this.session = session;
        this.scheduler = scheduler;
        this.editor = new ChecklistEditor(session, selectedItemId, this::shownNeighbour);
        this.notes = new ItemNoteEditor(session, scheduler, selectedItemId);
        this.stateSubscription = session.stateProperty().subscribe((old, state) -> {
            if (!old.path().id().equals(state.path().id())) {
                leavePath();
            }
            Optional<StateChange> change = state.changeSince(old).filter(found -> !found.content());
            if (change.isEmpty() || !shownRows.update(old, state, change.get().itemIds(), filter.get(), search.get())) {
                // The counts follow when the new rows come.
                refresh();
            } else {
                statusCounts.set(shownRows.matched());
                if (selectedItemId.get() != null && change.get().itemIds().contains(selectedItemId.get())) {
                    refreshDetail();
                }
            }
            notes.reloadIfIdle();
        });
        filter.addListener((obs, old, value) -> refreshRows());
        search.addListener((obs, old, value) -> refreshRows());
        selectedItemId.addListener((obs, old, id) -> {
            notes.flush();
            refreshDetail();
            notes.load();
        });
        // The first rows are made at once: the page opens showing them, with its first item ready to be selected.
        showRows(shownRows.compute(session.state(), filter.get(), search.get()));
        refreshDetail();
    }

    /** The learner's day, for the due markers. */
    public LocalDate today() {
        return session.today();
    }

    /** Changes when the day does: the rows' due markers are counted from today. */
    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return session.dayProperty();
    }

    /** The committed state the list shows. */
    public PathState state() {
        return session.state();
    }

    /** Adding, renaming, moving and deleting items and sections. */
    public ChecklistEditor editor() {
        return editor;
    }

    public ObservableList<ChecklistRow> rows() {
        return rows;
    }

    public ObjectProperty<StatusFilter> filterProperty() {
        return filter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<String> selectedItemIdProperty() {
        return selectedItemId;
    }

    public ReadOnlyObjectProperty<ItemDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The note of the selected item as the learner types it. */
    public StringProperty noteProperty() {
        return notes.noteProperty();
    }

    /** "Saving…", "Saved" or empty: the note's own save state, shown beside it. */
    public ReadOnlyStringProperty noteStatusProperty() {
        return notes.statusProperty();
    }

    /**
     * How many items each status filter would show: of the items matching the search (all of them when there is
     * none), how many have each status. Counted with the rows, then kept up to date change by change.
     */
    public ReadOnlyObjectProperty<StatusCounts> statusCountsProperty() {
        return statusCounts.getReadOnlyProperty();
    }

    /** "Showing 4 of 17 items" while a filter or search hides some. */
    public ReadOnlyStringProperty shownSummaryProperty() {
        return shownSummary.getReadOnlyProperty();
    }

    public void setStatus(String itemId, ItemStatus status) {
        if (itemId != null) {
            session.setStatus(itemId, status);
        }
    }

    /** Sets the status of the selected item, if any. */
    public void setSelectedStatus(ItemStatus status) {
        setStatus(selectedItemId.get(), status);
    }

    public void toggleDone(String itemId) {
        if (itemId != null) {
            session.setStatus(itemId, session.state().progressOf(itemId).toggledDone());
        }
    }

    public void toggleSelectedDone() {
        toggleDone(selectedItemId.get());
    }

    public void setSubItemDone(String subItemId, boolean done) {
        String itemId = selectedItemId.get();
        if (itemId != null) {
            session.setSubItemDone(itemId, subItemId, done);
        }
    }

    /** Saves a note still waiting for its pause: on selection change and before the window closes. */
    public void flushNote() {
        notes.flush();
    }

    public void clearFilters() {
        filter.set(StatusFilter.ALL);
        search.set("");
    }

    /** Selects an item with every filter cleared, so it is in the list (the overview's and matrix's links). */
    public void showItem(String itemId) {
        clearFilters();
        selectedItemId.set(itemId);
    }

    /**
     * Selects the item when the filter and search let it be shown, else leaves the selection as it is: after an undo,
     * what came back is what is selected, without clearing a filter the learner chose.
     */
    public void selectIfShown(String itemId) {
        PathState state = session.state();
        state.shape().item(itemId).filter(item -> shownRows.accepts(state, item, filter.get(), search.get()))
                .ifPresent(item -> selectedItemId.set(itemId));
    }

    /** Stops following the shared state: the view model can be dropped without the session keeping it alive. */
    public void dispose() {
        flushNote();
        stateSubscription.unsubscribe();
    }

    /** Another path is shown: nothing of this one stays selected or filtered (its note was saved before leaving). */
    private void leavePath() {
        notes.forget();
        hiddenSelection.forget();
        search.set("");
        filter.set(StatusFilter.ALL);
        selectedItemId.set(null);
        // As when the page is opened: the new path's first item is selected, not "Select an item".
        selectFirstOfNextRows = true;
    }

    private void refresh() {
        refreshRows();
        refreshDetail();
    }

    /**
     * Makes the rows for the state, filter and search off the FX thread (a search walks every item) and shows them
     * when they arrive, unless a newer request or a newer state has come meanwhile: then they are made again.
     */
    private void refreshRows() {
        long request = rowsRequest.incrementAndGet();
        PathState state = session.state();
        StatusFilter shownFilter = filter.get();
        String shownSearch = search.get();
        scheduler.offThread(() -> request == rowsRequest.get() ? shownRows.compute(state, shownFilter, shownSearch) : null,
                shown -> {
                    if (request != rowsRequest.get()) {
                        return;
                    }
                    if (session.state() != state) {
                        refreshRows();
                        return;
                    }
                    showRows(shown);
                });
    }

    private void showRows(ChecklistRows.Shown shown) {
        // An item that left the path (an undone addition, say) hands the selection to its neighbour, as a delete does:
        // the list was left with nothing selected and no focus to act on.
        String gone = selectedItemId.get();
        String neighbour = gone != null && session.state().shape().item(gone).isEmpty() ? shownNeighbour(gone) : null;
        shownSummary.set(shownRows.apply(shown));
        statusCounts.set(shownRows.matched());
        if (selectFirstOfNextRows) {
            selectFirstOfNextRows = false;
            if (selectedItemId.get() == null) {
                rows.stream().filter(ChecklistRow.ItemRow.class::isInstance).findFirst()
                        .ifPresent(row -> selectedItemId.set(((ChecklistRow.ItemRow) row).item().id()));
            }
        }
        // Keys act on the selected row, so the selection is always a row the learner can see: once the filter or
        // the search hides it, nothing is selected and the detail pane follows, until they show it again.
        String selected = neighbour != null && shownRows.indexOf(ChecklistRow.itemKey(neighbour)) >= 0 ? neighbour
                : hiddenSelection.afterRowsChanged(selectedItemId.get(), itemId -> shownRows.indexOf(ChecklistRow.itemKey(itemId)) >= 0);
        if (!Objects.equals(selected, selectedItemId.get())) {
            selectedItemId.set(selected);
        }
    }

    /** The item row after this item's (else before it) in the rows shown, or null when there is none. */
    private String shownNeighbour(String itemId) {
        int index = shownRows.indexOf(ChecklistRow.itemKey(itemId));
        if (index < 0) {
            return null;
        }
        for (int step : new int[] {1, -1}) {
            for (int i = index + step; i >= 0 && i < rows.size(); i += step) {
                if (rows.get(i) instanceof ChecklistRow.ItemRow row) {
                    return row.item().id();
                }
            }
        }
        return null;
    }

    /** Where the row with this key is in {@link #rows()}, or -1 when it is not shown. */
    public int indexOf(String rowKey) {
        return shownRows.indexOf(rowKey);
    }

    private void refreshDetail() {
        String itemId = selectedItemId.get();
        detail.set(itemId == null ? null : ItemDetail.of(session.state(), itemId).orElse(null));
    }
}
