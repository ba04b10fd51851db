package dev.stepwise.ui.checklist;

import dev.stepwise.domain.Deadlines;
import dev.stepwise.domain.DueState;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Skill;
import dev.stepwise.ui.checklist.ChecklistRow.ItemRow;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StatusIcons;
import dev.stepwise.ui.common.StyleClasses;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;

/**
 * An item's row in the checklist (status button, title, search hint, sub-steps, status, due date, note, skill chips),
 * made once per cell and filled again for each row the cell is given. Scrolling or searching a long checklist gives
 * every cell in view a new row many times a second; making a dozen nodes, their tooltips and a menu each time, and
 * styling them from scratch, is what made a jump through 10,000 items take a tenth of a second.
 */
final class ItemRowGraphic {
    private static final int CHIPS_SHOWN = 3;

    private final ChecklistViewModel viewModel;
    private final FontIcon statusIcon = new FontIcon();
    private final Button statusButton = new Button(null, statusIcon);
    private final Label title = new Label();
    private final Label searchHint = new Label();
    private final FlowPane meta = new FlowPane(8, 4);
    private final VBox text = new VBox(3, title, meta);
    private final HBox box = new HBox(statusButton, text);
    private final Label subSteps = metaLabel();
    private final Label statusLabel = metaLabel();
    private final Label due = metaLabel();
    private final FontIcon dueIcon = new FontIcon();
    private final Label note = metaLabel();
    private final List<Label> chips = new ArrayList<>();
    private final Label moreSkills = SkillChip.blank();
    private ItemRow row;

    /**
     * The row's root has no id (tests find a row by the item its cell shows): a node given a new id is styled again
     * with all it holds, which was half the time of a jump through a long checklist.
     */
    ItemRowGraphic(ChecklistViewModel viewModel) {
        this.viewModel = viewModel;
        statusButton.getStyleClass().add(StyleClasses.STATUS_BUTTON);
        statusButton.setFocusTraversable(false);
        statusButton.setTooltip(new Tooltip());
        statusButton.setOnAction(event -> viewModel.toggleDone(row.item().id()));
        // Made when asked for, for the row shown then: most status buttons are never right-clicked.
        statusButton.setOnContextMenuRequested(event -> {
            statusMenu(row).show(statusButton, event.getScreenX(), event.getScreenY());
            event.consume();
        });
        title.getStyleClass().add(StyleClasses.ITEM_TITLE);
        title.setMinWidth(0);
        title.setWrapText(true);
        searchHint.getStyleClass().addAll(StyleClasses.MUTED, "search-hint");
        searchHint.setMinWidth(0);
        searchHint.setWrapText(true);
        meta.getStyleClass().add("item-meta");
        meta.setAlignment(Pos.CENTER_LEFT);
        meta.setPrefWrapLength(200);
        due.setGraphic(dueIcon);
        due.getStyleClass().add("due-marker");
        due.setTooltip(new Tooltip());
        note.setText(Messages.tr("checklist.note"));
        note.setGraphic(new FontIcon(MaterialDesignN.NOTE_TEXT_OUTLINE));
        for (int i = 0; i < CHIPS_SHOWN; i++) {
            chips.add(SkillChip.blank());
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        box.getStyleClass().add(StyleClasses.ITEM_ROW);
    }

    /** The row's nodes, now showing {@code shown}. */
    Node show(ItemRow shown) {
        this.row = shown;
        ItemStatus status = shown.status();
        Messages messages = Messages.current();
        statusIcon.setIconCode(StatusIcons.ikonFor(status));
        StyleClasses.showStatus(statusIcon.getStyleClass(), status);
        statusButton.getTooltip().setText(Messages.tr(status == ItemStatus.DONE ? "checklist.status.tooltip.done"
                : "checklist.status.tooltip", messages.status(status)));
        statusButton.setAccessibleText(Messages.tr("checklist.status.name", messages.status(status)));
        title.setText(shown.item().title());

        List<Node> lines = new ArrayList<>(List.of(title));
        searchHint(shown).ifPresent(lines::add);
        lines.add(meta);
        replace(text.getChildren(), lines);
        replace(meta.getChildren(), metaOf(shown, messages));

        StyleClasses.showStatus(box.getStyleClass(), status);
        StyleClasses.toggle(box.getStyleClass(), "archived", shown.archived());
        return box;
    }

    private List<Node> metaOf(ItemRow shown, Messages messages) {
        ItemStatus status = shown.status();
        List<Node> parts = new ArrayList<>();
        if (shown.subItems().total() > 0) {
            subSteps.setText(Messages.tr("checklist.subSteps.count", shown.subItems().done(), shown.subItems().total()));
            parts.add(subSteps);
        }
        if (status != ItemStatus.NOT_STARTED && status != ItemStatus.DONE) {
            statusLabel.setText(messages.status(status));
            StyleClasses.showStatus(statusLabel.getStyleClass(), status);
            parts.add(statusLabel);
        }
        if (showDue(shown, messages)) {
            parts.add(due);
        }
        if (shown.hasNote()) {
            parts.add(note);
        }
        // Chips sit under the title, not beside it, so a long title keeps the row's full width to wrap in.
        List<Skill> skills = shown.skills();
        for (int i = 0; i < Math.min(CHIPS_SHOWN, skills.size()); i++) {
            SkillChip.show(chips.get(i), skills.get(i));
            parts.add(chips.get(i));
        }
        if (skills.size() > CHIPS_SHOWN) {
            moreSkills.setText(Messages.tr("checklist.moreSkills", skills.size() - CHIPS_SHOWN));
            moreSkills.getTooltip().setText(String.join(", ", skills.stream().skip(CHIPS_SHOWN).map(Skill::name).toList()));
            parts.add(moreSkills);
        }
        return parts;
    }

    /**
     * Under the title, while a search is typed: where the item matched when its title does not show it. Each search
     * gives the list new rows, so the hint is worked out again for each and never outlives its query.
     */
    private Optional<Label> searchHint(ItemRow shown) {
        String noteText = shown.progress() == null ? "" : shown.progress().note();
        return SearchHint.of(shown.item(), noteText, viewModel.searchProperty().get()).map(hint -> {
            searchHint.setText(Messages.tr(switch (hint.where()) {
                case DETAIL -> "checklist.searchHint.detail";
                case SUB_STEP -> "checklist.searchHint.subStep";
                case NOTE -> "checklist.searchHint.note";
            }, hint.excerpt()));
            searchHint.setId("search-hint-" + shown.item().id());
            return searchHint;
        });
    }

    /** "Overdue" or "Due in 3 days" on a row whose date is near and that is not finished; the date in its tooltip. */
    private boolean showDue(ItemRow shown, Messages messages) {
        if (shown.due() == null || shown.archived()) {
            return false;
        }
        LocalDate today = viewModel.today();
        DueState state = Deadlines.state(shown.due(), Deadlines.finished(shown.status()), today);
        if (!state.pressing()) {
            return false;
        }
        long days = Deadlines.daysUntil(today, shown.due());
        boolean overdue = state == DueState.OVERDUE;
        due.setText(overdue ? messages.text("checklist.due.overdue")
                : days == 0 ? messages.text("checklist.due.today") : messages.text("checklist.due.inDays", days));
        dueIcon.setIconCode(overdue ? MaterialDesignC.CALENDAR_ALERT : MaterialDesignC.CALENDAR_CLOCK);
        StyleClasses.choose(due.getStyleClass(), overdue ? "due-overdue" : "due-soon", "due-overdue", "due-soon");
        String full = overdue ? messages.text("checklist.due.overdueSince", messages.date(shown.due()), -days)
                : messages.text("checklist.due.on", messages.date(shown.due()));
        due.getTooltip().setText(full);
        due.setAccessibleText(full);
        due.setId("due-" + shown.item().id());
        return true;
    }

    /** Sets {@code children} only when they change: a node taken out and put back is styled again from scratch. */
    private static void replace(ObservableList<Node> children, List<Node> wanted) {
        if (!children.equals(wanted)) {
            children.setAll(wanted);
        }
    }

    private static Label metaLabel() {
        Label label = new Label();
        label.getStyleClass().add("item-meta");
        return label;
    }

    private ContextMenu statusMenu(ItemRow shown) {
        ContextMenu menu = new ContextMenu();
        for (ItemStatus status : ItemStatus.values()) {
            MenuItem item = new MenuItem(Messages.current().status(status), StatusIcons.iconFor(status));
            item.setId("status-menu-" + StyleClasses.forStatus(status).substring("status-".length()));
            item.setDisable(status == shown.status());
            item.setOnAction(event -> viewModel.setStatus(shown.item().id(), status));
            menu.getItems().add(item);
        }
        return menu;
    }
}
