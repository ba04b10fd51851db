package dev.stepwise.ui.checklist;

import atlantafx.base.theme.Styles;
import dev.stepwise.ui.checklist.ChecklistRow.ItemRow;
import dev.stepwise.ui.common.FocusRequests;
import dev.stepwise.ui.common.ListScrolling;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.RowDoubleClick;
import dev.stepwise.ui.common.PillRow;
import dev.stepwise.ui.common.SearchField;
import dev.stepwise.ui.common.StyleClasses;
import dev.stepwise.ui.common.Toggles;
import dev.stepwise.ui.common.UiScale;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The checklist screen: search and status filter above the grouped list, the selected item's detail beside it.
 * In the list, D marks done, L learning, S skipped, R resets and Space toggles done.
 */
public final class ChecklistView extends BorderPane {
    /** The count beside the search at its narrowest, wrapped: "17 Einträge" on one line, a longer count on two. */
    private static final double SUMMARY_LEAST_EM = 7;
    private final ChecklistViewModel viewModel;
    private final ListView<ChecklistRow> list = new ListView<>();
    private final CustomTextField search;
    private final Label emptyList = new Label();
    private final ChecklistActions actions;
    private final SplitPane split;
    private boolean syncingSelection;

    public ChecklistView(ChecklistViewModel viewModel, StudyTimeViewModel studyTime, Consumer<String> openLink) {
        this.viewModel = viewModel;
        this.actions = new ChecklistActions(viewModel, () -> getScene().getWindow());
        ChecklistMenus menus = new ChecklistMenus(viewModel, actions, actions::editSelected);
        getStylesheets().add(Objects.requireNonNull(getClass().getResource("/dev/stepwise/ui/checklist.css")).toExternalForm());

        search = SearchField.create("checklist-search", "checklist.search", viewModel.searchProperty(), this::focusList);
        SearchField.keepPromptWhole(search);
        Label summary = new Label();
        summary.setId("checklist-summary");
        summary.getStyleClass().add(StyleClasses.MUTED);
        summary.textProperty().bind(viewModel.shownSummaryProperty());
        // It wraps onto a second line on a narrow list ("1 von 17 Einträgen / angezeigt"), next to a search field
        // that keeps its prompt whole.
        summary.setMinWidth(UiScale.em(SUMMARY_LEAST_EM));
        FlowPane filterRow = filterButtons();
        filterRow.getStyleClass().add("filter-row");
        // The count and the add buttons sit beside the search field, which gives way on a narrow window; the filters
        // wrap (in German they fill the row on their own at 1024 px).
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox searchRow = new HBox(6, search, summary, editButtons());
        searchRow.setAlignment(Pos.CENTER_LEFT);
        VBox toolbar = new VBox(searchRow, filterRow);
        toolbar.getStyleClass().add("checklist-toolbar");

        list.setId("checklist");
        list.setAccessibleText(Messages.tr("checklist.list.name"));
        list.setAccessibleHelp(Messages.tr("checklist.list.help"));
        list.getStyleClass().add("checklist-list");
        ListScrolling.keepSelectionInView(list);
        list.getItems().setAll(viewModel.rows());
        list.setCellFactory(view -> {
            ChecklistCell cell = new ChecklistCell(viewModel, menus);
            // Cells take the list's width (no sideways scrolling); long titles wrap instead.
            cell.setPrefWidth(0);
            return cell;
        });
        emptyList.setText(Messages.tr("checklist.noMatch"));
        emptyList.getStyleClass().add(StyleClasses.EMPTY_STATE);
        emptyList.setWrapText(true);
        list.setPlaceholder(emptyList);
        // The rows stay the same on a new day; what their due markers say does not.
        viewModel.dayProperty().subscribe((before, day) -> list.refresh());
        list.addEventFilter(KeyEvent.KEY_PRESSED, new ChecklistKeys(viewModel, actions, menus, list)::onKey);
        RowDoubleClick.edits(list, ItemRow.class, actions::editSelected);
        VBox.setVgrow(list, Priority.ALWAYS);
        bindSelection();

        // Never narrower than its toolbar can be, or the split pane would cut it at the divider; the detail gives way
        // instead. That is the box's own least width (its toolbar's: the search row, or the widest filter once the
        // filters wrap), not its preferred one, which grows with the count beside the search ("1 von 17 Einträgen
        // angezeigt") and pushed the window 14 px past a 1024 px screen.
        VBox left = new VBox(toolbar, list);
        ItemDetailPane detail = new ItemDetailPane(viewModel, studyTime, openLink, actions::editSelected, this::focusList);
        detail.setMinWidth(320);
        split = new SplitPane(left, detail);
        split.setId("checklist-split");
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.54);
        SplitPane.setResizableWithParent(detail, false);
        setCenter(split);
    }

    /**
     * One pill of filters, each with how many items it would show. The counts grow with the path ("Alle 10.000"): on
     * a narrow list the pill wraps onto a second line rather than widen the page past the window.
     */
    private FlowPane filterButtons() {
        ToggleGroup group = new ToggleGroup();
        Map<StatusFilter, ToggleButton> buttons = new EnumMap<>(StatusFilter.class);
        for (StatusFilter filter : StatusFilter.values()) {
            ToggleButton button = new ToggleButton();
            // "Done 3": how many items each filter would show, kept up to date with every change.
            button.textProperty().bind(viewModel.statusCountsProperty().map(counts -> Messages.tr("checklist.filter", filter.label(),
                    filter.count(counts))));
            button.setToggleGroup(group);
            button.setId("filter-" + filter.name().toLowerCase());
            buttons.put(filter, button);
        }
        Toggles.follow(viewModel.filterProperty(), buttons, group);
        return PillRow.of("filter-pills", List.copyOf(buttons.values()));
    }

    /** Keeps the list's selection and the view model's selected item in step, skipping section headings. */
    private void bindSelection() {
        HeadingSelection headings = new HeadingSelection(list);
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (syncingSelection) {
                return;
            }
            int i = index.intValue();
            if (i < 0) {
                // Nothing selected in the list (the item was filtered out): the detail keeps showing it.
                return;
            }
            if (!(list.getItems().get(i) instanceof ItemRow)) {
                int target = headings.instead(list.getItems(), i, old.intValue(), viewModel.editor());
                Platform.runLater(() -> list.getSelectionModel().clearAndSelect(target));
                return;
            }
            if (list.getItems().get(i) instanceof ItemRow item) {
                viewModel.selectedItemIdProperty().set(item.item().id());
            }
        });
        // The list gets its own copy of the rows, changed while selection events are ignored, so the selection the
        // list makes up meanwhile never reaches the view model. A tick replaces single rows; only those are copied.
        viewModel.rows().addListener((ListChangeListener<ChecklistRow>) change -> {
            syncingSelection = true;
            try {
                if (!copyReplacedRows(change)) {
                    list.getItems().setAll(viewModel.rows());
                }
            } finally {
                syncingSelection = false;
            }
            restoreSelection();
        });
        viewModel.selectedItemIdProperty().addListener((obs, old, id) -> restoreSelection());
    }

    /** Copies rows replaced one for one into the list; false when the change was anything else. */
    private boolean copyReplacedRows(ListChangeListener.Change<? extends ChecklistRow> change) {
        List<int[]> ranges = new ArrayList<>();
        while (change.next()) {
            if (!change.wasReplaced() || change.getRemovedSize() != change.getAddedSize()
                    || list.getItems().size() != viewModel.rows().size()) {
                return false;
            }
            ranges.add(new int[] {change.getFrom(), change.getTo()});
        }
        for (int[] range : ranges) {
            for (int i = range[0]; i < range[1]; i++) {
                list.getItems().set(i, viewModel.rows().get(i));
            }
        }
        return true;
    }

    private void restoreSelection() {
        String itemId = viewModel.selectedItemIdProperty().get();
        String key = itemId == null ? null : ChecklistRow.itemKey(itemId);
        syncingSelection = true;
        try {
            int index = key == null ? -1 : viewModel.indexOf(key);
            if (index >= 0) {
                if (list.getSelectionModel().getSelectedIndex() != index) {
                    list.getSelectionModel().clearAndSelect(index);
                }
                // A changed row is re-selected after every tick: never scroll when it is already in view.
                ListScrolling.reveal(list, index);
                list.getFocusModel().focus(index);
            } else {
                list.getSelectionModel().clearSelection();
            }
        } finally {
            syncingSelection = false;
        }
    }

    private Node editButtons() {
        Button addItem = new Button(null, new FontIcon(MaterialDesignP.PLUS));
        addItem.setId("add-item-button");
        addItem.setAccessibleText(Messages.tr("checklist.addItem.name"));
        addItem.setTooltip(new Tooltip(Messages.tr("checklist.addItem.tooltip")));
        addItem.setOnAction(event -> actions.addItem());
        Button addSection = new Button(null, new FontIcon(MaterialDesignP.PLAYLIST_PLUS));
        addSection.setId("add-section-button");
        addSection.setAccessibleText(Messages.tr("checklist.addSection.name"));
        addSection.setTooltip(new Tooltip(Messages.tr("checklist.addSection.tooltip")));
        addSection.setOnAction(event -> actions.addSectionAfter(null));
        for (Button button : List.of(addItem, addSection)) {
            button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        }
        HBox box = new HBox(2, addItem, addSection);
        box.getStyleClass().add("edit-buttons");
        return box;
    }

    /** The line between the list and the detail, which the learner may move (remembered by the window). */
    public SplitPane split() {
        return split;
    }

    /** The editing commands, for the Edit menu. */
    public ChecklistActions actions() {
        return actions;
    }

    /** Focuses the search field (Edit ▸ Find). */
    public void focusSearch() {
        SearchField.focus(search);
    }

    /** Selects an item and gives the list focus, so the status keys work at once. */
    public void showItem(String itemId) {
        viewModel.clearFilters();
        viewModel.selectedItemIdProperty().set(itemId);
        FocusRequests.request(list);
    }

    public void focusList() {
        FocusRequests.request(list);
        if (list.getSelectionModel().isEmpty()) {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i) instanceof ItemRow) {
                    list.getSelectionModel().clearAndSelect(i);
                    break;
                }
            }
        }
    }

    public void flushPendingEdits() {
        viewModel.flushNote();
    }
}
