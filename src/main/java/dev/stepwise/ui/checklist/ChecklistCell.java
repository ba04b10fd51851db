package dev.stepwise.ui.checklist;

import dev.stepwise.domain.Deadlines;
import dev.stepwise.domain.DueState;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Skill;
import dev.stepwise.ui.checklist.ChecklistRow.ArchiveRow;
import dev.stepwise.ui.checklist.ChecklistRow.ItemRow;
import dev.stepwise.ui.checklist.ChecklistRow.SectionRow;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StatusIcons;
import dev.stepwise.ui.common.StyleClasses;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;

/**
 * Renders a section heading (title, counts, bar), an item (status button, title, sub-steps, skill chips) or the
 * archive's heading. Item rows can be dragged onto other rows or headings to move them; right-click edits.
 */
final class ChecklistCell extends ListCell<ChecklistRow> {
    private static final int CHIPS_SHOWN = 3;

    private final ChecklistViewModel viewModel;
    private final ChecklistMenus menus;

    ChecklistCell(ChecklistViewModel viewModel, ChecklistMenus menus) {
        this.viewModel = viewModel;
        this.menus = menus;
        ChecklistDragAndDrop.install(this, viewModel.editor());
        // Built when asked for, not with every update of the row: most rows are never right-clicked.
        setOnContextMenuRequested(event -> {
            ContextMenu menu = menuFor(getItem());
            if (menu != null) {
                menu.show(this, event.getScreenX(), event.getScreenY());
                event.consume();
            }
        });
    }

    private ContextMenu menuFor(ChecklistRow row) {
        if (row instanceof SectionRow section) {
            return menus.forSection(section.section());
        }
        if (row instanceof ItemRow item) {
            return menus.forItem(item);
        }
        return null;
    }

    /**
     * As tall as the row's content at the cell's width. A list cell's skin measures its graphic without a width, so a
     * title that wraps was given one line's height and cut ("Implement authentication, authorization and …").
     */
    @Override
    protected double computePrefHeight(double width) {
        Node graphic = getGraphic();
        double available = width > 0 ? width : getWidth();
        if (graphic == null || available <= 0) {
            return super.computePrefHeight(width);
        }
        double inner = available - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + graphic.prefHeight(inner) + snappedBottomInset();
    }

    @Override
    protected void updateItem(ChecklistRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        if (row instanceof SectionRow section) {
            setGraphic(sectionHeader(section));
        } else if (row instanceof ItemRow item) {
            setGraphic(itemRow(item));
        } else if (row instanceof ArchiveRow archive) {
            setGraphic(archiveHeader(archive));
        }
    }

    private HBox sectionHeader(SectionRow row) {
        Label title = new Label(row.section().title());
        title.getStyleClass().add("section-title");
        Label counts = new Label(Messages.current().summary(row.progress()));
        counts.getStyleClass().add(StyleClasses.MUTED);
        counts.setId("section-counts-" + row.section().id());
        ProgressBar bar = new ProgressBar(row.progress().fraction());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, counts, bar);
        header.getStyleClass().add(StyleClasses.SECTION_HEADER);
        header.setId("section-header-" + row.section().id());
        return header;
    }

    private static HBox archiveHeader(ArchiveRow row) {
        Label title = new Label(Messages.tr("checklist.archive.heading"), new FontIcon(MaterialDesignA.ARCHIVE_OUTLINE));
        title.getStyleClass().add("section-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = new Label(Messages.tr("checklist.archive.hint"));
        hint.getStyleClass().add(StyleClasses.MUTED);
        hint.setWrapText(true);
        hint.setMinWidth(0);
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox header = new HBox(12, title, hint);
        header.getStyleClass().addAll(StyleClasses.SECTION_HEADER, "archive-header");
        header.setId("archive-header");
        return header;
    }

    private HBox itemRow(ItemRow row) {
        ItemStatus status = row.status();
        Button statusButton = new Button(null, StatusIcons.iconFor(status));
        statusButton.getStyleClass().add(StyleClasses.STATUS_BUTTON);
        statusButton.setFocusTraversable(false);
        statusButton.setTooltip(new Tooltip(Messages.tr(status == ItemStatus.DONE ? "checklist.status.tooltip.done"
                : "checklist.status.tooltip", Messages.current().status(status))));
        statusButton.setOnAction(event -> viewModel.toggleDone(row.item().id()));
        statusButton.setContextMenu(statusMenu(row));
        statusButton.setAccessibleText(Messages.tr("checklist.status.name", Messages.current().status(status)));

        Label title = new Label(row.item().title());
        title.getStyleClass().add(StyleClasses.ITEM_TITLE);
        title.setMinWidth(0);
        title.setWrapText(true);
        FlowPane meta = new FlowPane(8, 4);
        meta.getStyleClass().add("item-meta");
        if (row.subItems().total() > 0) {
            meta.getChildren().add(metaLabel(Messages.tr("checklist.subSteps.count", row.subItems().done(),
                    row.subItems().total())));
        }
        if (status != ItemStatus.NOT_STARTED && status != ItemStatus.DONE) {
            Label statusLabel = metaLabel(Messages.current().status(status));
            statusLabel.getStyleClass().add(StyleClasses.forStatus(status));
            meta.getChildren().add(statusLabel);
        }
        Label due = dueMarker(row);
        if (due != null) {
            meta.getChildren().add(due);
        }
        if (row.hasNote()) {
            Label note = metaLabel(Messages.tr("checklist.note"));
            note.setGraphic(new FontIcon(MaterialDesignN.NOTE_TEXT_OUTLINE));
            meta.getChildren().add(note);
        }
        // Chips sit under the title, not beside it, so a long title keeps the row's full width to wrap in.
        meta.getChildren().addAll(chips(row.skills()));
        meta.setAlignment(Pos.CENTER_LEFT);
        meta.setPrefWrapLength(200);
        VBox text = new VBox(3, title);
        searchHint(row).ifPresent(text.getChildren()::add);
        text.getChildren().add(meta);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);

        HBox box = new HBox(statusButton, text);
        box.getStyleClass().addAll(StyleClasses.ITEM_ROW, StyleClasses.forStatus(status));
        if (row.archived()) {
            box.getStyleClass().add("archived");
        }
        box.setId("item-row-" + row.item().id());
        return box;
    }

    /**
     * Under the title, while a search is typed: where the item matched when its title does not show it. Each search
     * gives the list new rows, so the cell is made again for each and the hint never outlives its query.
     */
    private Optional<Label> searchHint(ItemRow row) {
        String note = row.progress() == null ? "" : row.progress().note();
        return SearchHint.of(row.item(), note, viewModel.searchProperty().get()).map(hint -> {
            Label label = new Label(Messages.tr(switch (hint.where()) {
                case DETAIL -> "checklist.searchHint.detail";
                case SUB_STEP -> "checklist.searchHint.subStep";
                case NOTE -> "checklist.searchHint.note";
            }, hint.excerpt()));
            label.getStyleClass().addAll(StyleClasses.MUTED, "search-hint");
            label.setId("search-hint-" + row.item().id());
            label.setMinWidth(0);
            label.setWrapText(true);
            return label;
        });
    }

    /** "Overdue" or "Due in 3 days" on a row whose date is near and that is not finished; the date in its tooltip. */
    private Label dueMarker(ItemRow row) {
        if (row.due() == null || row.archived()) {
            return null;
        }
        LocalDate today = viewModel.today();
        DueState state = Deadlines.state(row.due(), Deadlines.finished(row.status()), today);
        if (!state.pressing()) {
            return null;
        }
        Messages messages = Messages.current();
        long days = Deadlines.daysUntil(today, row.due());
        boolean overdue = state == DueState.OVERDUE;
        Label marker = metaLabel(overdue ? messages.text("checklist.due.overdue")
                : days == 0 ? messages.text("checklist.due.today") : messages.text("checklist.due.inDays", days));
        marker.setGraphic(new FontIcon(overdue ? MaterialDesignC.CALENDAR_ALERT : MaterialDesignC.CALENDAR_CLOCK));
        marker.getStyleClass().addAll("due-marker", overdue ? "due-overdue" : "due-soon");
        String full = overdue ? messages.text("checklist.due.overdueSince", messages.date(row.due()), -days)
                : messages.text("checklist.due.on", messages.date(row.due()));
        marker.setTooltip(new Tooltip(full));
        marker.setAccessibleText(full);
        marker.setId("due-" + row.item().id());
        return marker;
    }

    private static Label metaLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("item-meta");
        return label;
    }

    private static List<Label> chips(List<Skill> skills) {
        List<Label> chips = new ArrayList<>();
        skills.stream().limit(CHIPS_SHOWN).forEach(skill -> chips.add(chip(skill)));
        if (skills.size() > CHIPS_SHOWN) {
            Label more = new Label(Messages.tr("checklist.moreSkills", skills.size() - CHIPS_SHOWN));
            more.getStyleClass().add(StyleClasses.CHIP);
            more.setTooltip(new Tooltip(String.join(", ", skills.stream().skip(CHIPS_SHOWN).map(Skill::name).toList())));
            chips.add(more);
        }
        return chips;
    }

    static Label chip(Skill skill) {
        Label chip = new Label(skill.name());
        chip.getStyleClass().add(StyleClasses.CHIP);
        if (Skill.SOFT.equals(skill.category())) {
            chip.getStyleClass().add("category-soft");
        }
        chip.setTooltip(new Tooltip(Messages.tr("checklist.skillChip", skill.category(), skill.description())));
        chip.setMinWidth(Region.USE_PREF_SIZE);
        return chip;
    }

    private ContextMenu statusMenu(ItemRow row) {
        ContextMenu menu = new ContextMenu();
        for (ItemStatus status : ItemStatus.values()) {
            MenuItem item = new MenuItem(Messages.current().status(status), StatusIcons.iconFor(status));
            item.setDisable(status == row.status());
            item.setOnAction(event -> viewModel.setStatus(row.item().id(), status));
            menu.getItems().add(item);
        }
        return menu;
    }
}
