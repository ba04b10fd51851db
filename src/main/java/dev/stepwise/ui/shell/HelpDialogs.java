package dev.stepwise.ui.shell;

import dev.stepwise.domain.Level;
import dev.stepwise.ui.common.DialogLook;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.UiScale;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The Help menu's tables: keyboard shortcuts and the level scale ({@link AboutDialog} is the third). */
final class HelpDialogs {
    /** The rows of the shortcut table, in order: each has a {@code help.key.*} and a {@code help.do.*} text. */
    static final List<String> SHORTCUTS = List.of("pages", "find", "undo", "mark", "space", "searchKeys", "leaveNote", "add",
            "edit", "moveItem", "moveSection", "delete", "rowMenu", "rate", "lowerRaise", "prevNext", "skills", "milestones", "reviews",
            "newPath", "importRole", "importPath", "exportPath", "theme", "zoom", "help", "quit");
    /** What a dialog needs besides its content (header, buttons, padding), in em: the rest of the window's height scrolls. */
    private static final double ROOM_AROUND_CONTENT_EM = 13;
    private static final double CONTENT_WIDTH_EM = 42;
    /** The least height of a scrolling content, in em, however small the window. */
    private static final double LEAST_CONTENT_EM = 10;

    private HelpDialogs() {
    }

    static void shortcuts(Window owner) {
        String[][] rows = new String[SHORTCUTS.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new String[] {Messages.tr("help.key." + SHORTCUTS.get(i)), Messages.tr("help.do." + SHORTCUTS.get(i))};
        }
        show(owner, Messages.tr("help.shortcuts.header"), fitting(grid(rows), owner));
    }

    /**
     * The content in a scroll pane as tall as the content, but no taller than the owner window leaves room for: the
     * shortcut table is longer than a 1024×640 screen, and a dialog taller than the screen hides its own OK button.
     */
    private static ScrollPane fitting(Region content, Window owner) {
        ScrollPane scroll = new ScrollPane(content) {
            @Override
            protected double computePrefHeight(double width) {
                double room = owner == null ? Double.MAX_VALUE
                        : Math.max(UiScale.em(LEAST_CONTENT_EM), owner.getHeight() - UiScale.em(ROOM_AROUND_CONTENT_EM));
                // The table's height at the width it will have: asked without one, its descriptions would not wrap,
                // and the dialog would open too short and grow past the window's bottom afterwards.
                double tableHeight = content.prefHeight(getPrefViewportWidth()) + snappedTopInset() + snappedBottomInset();
                return Math.min(tableHeight, room);
            }
        };
        scroll.setId("help-scroll");
        scroll.setFitToWidth(true);
        // As wide as the theme lets a dialog be: left to itself it would ask for every description on one line, and
        // the dialog, placed for that width before the theme narrows it, would open half off the screen.
        scroll.setPrefViewportWidth(UiScale.em(CONTENT_WIDTH_EM));
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    static void levels(Window owner) {
        String[][] rows = new String[Level.values().length][];
        for (Level level : Level.values()) {
            rows[level.value()] = new String[] {Messages.current().level(level), Messages.current().anchor(level)};
        }
        show(owner, Messages.tr("help.levels.header"), grid(rows));
    }

    private static GridPane grid(String[][] rows) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(8);
        for (int i = 0; i < rows.length; i++) {
            Label key = new Label(rows[i][0]);
            key.setStyle("-fx-font-weight: bold;");
            // The keys never shorten ("Ctrl+Shi…"); the descriptions beside them wrap instead.
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(rows[i][1]);
            value.setWrapText(true);
            grid.addRow(i, key, value);
        }
        return grid;
    }

    private static void show(Window owner, String title, Node content) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(Messages.tr("app.name"));
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(content);
        DialogLook.apply(alert.getDialogPane());
        alert.initOwner(owner);
        alert.show();
    }
}
