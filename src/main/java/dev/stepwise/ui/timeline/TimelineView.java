package dev.stepwise.ui.timeline;

import atlantafx.base.theme.Styles;
import dev.stepwise.domain.MilestoneStanding;
import dev.stepwise.ui.common.ListScrolling;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.RowDoubleClick;
import dev.stepwise.ui.common.RowMenuKeys;
import dev.stepwise.ui.common.StyleClasses;
import dev.stepwise.ui.common.TextPrompts;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The timeline screen: the path's milestones by date, each with its progress, whether it is on track, how many days
 * are left and what is left to do. New, Edit and Delete act on the selected milestone; in the list, Enter edits,
 * Delete deletes, Insert adds, and Shift+F10 or the menu key open the row's menu.
 */
public final class TimelineView extends BorderPane {
    /** Items left offered in the context menu; a longer list is the checklist's job. */
    private static final int MENU_ITEMS = 10;
    /** The part of the page's height below its title that the milestones get at first; the burn-up has the rest. */
    private static final double LIST_SHARE = 0.58;

    private final TimelineViewModel viewModel;
    private final ListView<MilestoneStanding> list = new ListView<>();
    private final SplitPane split;

    /** @param burnUp the burn-up, items done against the milestones' plan: shown under the list */
    public TimelineView(TimelineViewModel viewModel, Node burnUp) {
        this.viewModel = viewModel;
        getStyleClass().add("timeline");
        getStylesheets().add(Objects.requireNonNull(getClass().getResource("/dev/stepwise/ui/timeline.css")).toExternalForm());

        Label title = new Label(Messages.tr("page.TIMELINE"));
        title.getStyleClass().add(StyleClasses.PAGE_TITLE);
        Label summary = new Label();
        summary.setId("timeline-summary");
        summary.getStyleClass().add(StyleClasses.MUTED);
        summary.textProperty().bind(viewModel.summaryProperty());
        Button add = new Button(Messages.tr("timeline.new"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("milestone-new");
        add.setTooltip(new Tooltip(Messages.tr("timeline.new.tooltip")));
        add.setOnAction(event -> create());
        Button edit = new Button(Messages.tr("timeline.edit"), new FontIcon(MaterialDesignP.PENCIL_OUTLINE));
        edit.setId("milestone-edit");
        edit.setOnAction(event -> editSelected());
        Button delete = new Button(Messages.tr("timeline.delete"), new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        delete.setId("milestone-delete");
        delete.setOnAction(event -> deleteSelected());
        for (Button button : new Button[] {add, edit, delete}) {
            button.getStyleClass().add(Styles.SMALL);
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(edit.disableProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox titleRow = new HBox(title, gap, add, edit, delete);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        titleRow.getStyleClass().add("timeline-title-row");
        VBox top = new VBox(titleRow, summary);
        top.getStyleClass().add("timeline-top");
        setTop(top);

        list.setId("timeline-list");
        list.getStyleClass().add("timeline-list");
        ListScrolling.keepSelectionInView(list);
        list.setItems(viewModel.milestones());
        list.setCellFactory(view -> new MilestoneCell(viewModel));
        Label empty = new Label(Messages.tr("timeline.empty"));
        empty.getStyleClass().add(StyleClasses.EMPTY_STATE);
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.setAccessibleText(Messages.tr("timeline.list.name"));
        list.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        RowDoubleClick.edits(list, MilestoneStanding.class, this::editSelected);
        // Right-click or the menu key: open one of the selected milestone's items left, or edit or delete it.
        list.setOnContextMenuRequested(event -> {
            ContextMenu menu = menuFor(list.getSelectionModel().getSelectedItem());
            if (menu != null) {
                menu.show(list, event.getScreenX(), event.getScreenY());
                event.consume();
            }
        });
        list.getSelectionModel().selectedItemProperty().subscribe(selected -> {
            if (selected != null) {
                viewModel.selectedIdProperty().set(selected.milestone().id());
            }
        });
        // The list is replaced as standings change: keep the learner's milestone selected through it. A change
        // listener, added after the list's own: an invalidation listener runs before the selection model has handled
        // the change, which then cleared the selection reselect had just kept (Edit and Delete greyed out after an edit).
        viewModel.milestones().addListener((ListChangeListener<MilestoneStanding>) change -> reselect());
        // Time logged elsewhere changes a row's minutes, not its standing: the rows are drawn again.
        viewModel.studyLogProperty().addListener((obs, old, now) -> list.refresh());
        viewModel.selectedIdProperty().subscribe(id -> reselect());
        Label burnUpTitle = new Label(Messages.tr("chart.burnUp.title"));
        burnUpTitle.getStyleClass().add(StyleClasses.CARD_TITLE);
        VBox plan = new VBox(burnUpTitle, burnUp);
        VBox.setVgrow(burnUp, Priority.ALWAYS);
        plan.setId("timeline-burn-up");
        plan.getStyleClass().addAll(StyleClasses.CARD, "timeline-burn-up");
        // The milestones and the burn-up share the height in proportion, the list the larger part, and the learner
        // can move the line between them: a fixed-height chart left a short window one milestone in view.
        split = new SplitPane(list, plan);
        split.setId("timeline-split");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(LIST_SHARE);
        split.getStyleClass().add("timeline-split");
        setCenter(split);
    }

    /** The line between the milestones and the burn-up, which the learner may move (remembered by the window). */
    public SplitPane split() {
        return split;
    }

    private ContextMenu menuFor(MilestoneStanding selected) {
        if (selected == null) {
            return null;
        }
        ContextMenu menu = new ContextMenu();
        selected.left().stream().limit(MENU_ITEMS).forEach(itemId -> {
            MenuItem open = new MenuItem(Messages.tr("timeline.openItem", viewModel.itemTitle(itemId)));
            open.setId("milestone-open-" + itemId);
            open.setOnAction(event -> viewModel.openItem(itemId));
            menu.getItems().add(open);
        });
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        MenuItem edit = new MenuItem(Messages.tr("timeline.edit"));
        edit.setOnAction(event -> editSelected());
        MenuItem delete = new MenuItem(Messages.tr("timeline.delete"));
        delete.setOnAction(event -> deleteSelected());
        menu.getItems().addAll(edit, delete);
        return menu;
    }

    private void reselect() {
        String id = viewModel.selectedIdProperty().get();
        if (id == null) {
            return;
        }
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).milestone().id().equals(id)) {
                if (list.getSelectionModel().getSelectedIndex() != i) {
                    // Brought into view by keepSelectionInView, as every selection is.
                    list.getSelectionModel().clearAndSelect(i);
                }
                return;
            }
        }
    }

    private void onKey(KeyEvent event) {
        if (RowMenuKeys.opensMenu(event)) {
            ContextMenu menu = menuFor(list.getSelectionModel().getSelectedItem());
            if (menu != null) {
                RowMenuKeys.showUnderSelected(list, menu);
            }
        } else if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.F2) {
            editSelected();
        } else if (event.getCode() == KeyCode.DELETE) {
            deleteSelected();
        } else if (event.getCode() == KeyCode.INSERT) {
            create();
        } else {
            return;
        }
        event.consume();
    }

    /** Puts the keyboard on the list, on the selected milestone or the first. */
    public void focusList() {
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
        list.requestFocus();
    }

    private Window owner() {
        return getScene().getWindow();
    }

    /** Opens the editor for a new milestone. */
    public void create() {
        new MilestoneDialog(owner(), null, viewModel.checklistSections(), viewModel.today()).showAndWait()
                .ifPresent(entered -> viewModel.add(entered.title(), entered.due(), entered.itemIds()));
        // Back on the list, where the new milestone will be selected once saved, whichever button opened the editor.
        list.requestFocus();
    }

    /** Opens the editor on the selected milestone, if any. */
    public void editSelected() {
        MilestoneStanding selected = list.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        String id = selected.milestone().id();
        viewModel.path().milestone(id).ifPresent(milestone ->
                new MilestoneDialog(owner(), milestone, viewModel.checklistSections(), viewModel.today()).showAndWait()
                        .ifPresent(entered -> viewModel.edit(id, entered.title(), entered.due(), entered.itemIds())));
    }

    /** Deletes the selected milestone, if any, once the learner has confirmed. */
    public void deleteSelected() {
        MilestoneStanding selected = list.getSelectionModel().getSelectedItem();
        if (selected != null && TextPrompts.confirm(owner(), Messages.tr("timeline.delete.header", selected.milestone().title()),
                Messages.tr("timeline.delete.message"), Messages.tr("timeline.delete.confirm"))) {
            viewModel.delete(selected.milestone().id());
        }
    }
}
