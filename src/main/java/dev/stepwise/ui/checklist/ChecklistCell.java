package dev.stepwise.ui.checklist;

import dev.stepwise.ui.checklist.ChecklistRow.ArchiveRow;
import dev.stepwise.ui.checklist.ChecklistRow.ItemRow;
import dev.stepwise.ui.checklist.ChecklistRow.SectionRow;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * Shows a section heading, an item or the archive's heading, each kind through nodes the cell makes once and fills
 * again for every row it is given ({@link ItemRowGraphic}, {@link SectionHeaderGraphic}). Item rows can be dragged
 * onto other rows or headings to move them; right-click edits.
 */
final class ChecklistCell extends ListCell<ChecklistRow> {
    private final ChecklistViewModel viewModel;
    private final ChecklistMenus menus;
    private ItemRowGraphic itemRow;
    private SectionHeaderGraphic sectionHeader;
    private HBox archiveHeader;

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
            setGraphic(sectionHeader().show(section));
        } else if (row instanceof ItemRow item) {
            setGraphic(itemRow().show(item));
        } else if (row instanceof ArchiveRow) {
            setGraphic(archiveHeader());
        }
    }

    // Each kind of row is made the first time the cell shows one, then filled again: most cells only show items.
    private ItemRowGraphic itemRow() {
        if (itemRow == null) {
            itemRow = new ItemRowGraphic(viewModel);
        }
        return itemRow;
    }

    private SectionHeaderGraphic sectionHeader() {
        if (sectionHeader == null) {
            sectionHeader = new SectionHeaderGraphic();
        }
        return sectionHeader;
    }

    private HBox archiveHeader() {
        if (archiveHeader == null) {
            archiveHeader = makeArchiveHeader();
        }
        return archiveHeader;
    }

    private static HBox makeArchiveHeader() {
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
}
