package dev.stepwise.ui.shell;

import dev.stepwise.domain.Level;
import dev.stepwise.ui.common.DialogLook;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.UiScale;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The Help menu's dialogs: keyboard shortcuts, the level scale, and where the data lives. */
final class HelpDialogs {
    /** The rows of the shortcut table, in order: each has a {@code help.key.*} and a {@code help.do.*} text. */
    static final List<String> SHORTCUTS = List.of("pages", "find", "mark", "space", "searchKeys", "add", "edit", "moveItem",
            "moveSection", "delete", "rowMenu", "rate", "lowerRaise", "prevNext", "newPath", "importRole", "importPath",
            "exportPath", "theme", "zoom", "quit");

    private HelpDialogs() {
    }

    static void shortcuts(Window owner) {
        String[][] rows = new String[SHORTCUTS.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new String[] {Messages.tr("help.key." + SHORTCUTS.get(i)), Messages.tr("help.do." + SHORTCUTS.get(i))};
        }
        show(owner, Messages.tr("help.shortcuts.header"), grid(rows));
    }

    static void levels(Window owner) {
        String[][] rows = new String[Level.values().length][];
        for (Level level : Level.values()) {
            rows[level.value()] = new String[] {Messages.current().level(level), Messages.current().anchor(level)};
        }
        show(owner, Messages.tr("help.levels.header"), grid(rows));
    }

    static void about(Window owner, String databaseFile) {
        Label version = new Label(Messages.tr("help.about.version", AppVersion.current().equals(AppVersion.DEVELOPMENT)
                ? Messages.tr("help.about.developmentBuild") : AppVersion.current()));
        version.setId("about-version");
        version.setStyle("-fx-font-weight: bold;");
        Label text = new Label(Messages.tr("help.about.text", databaseFile));
        text.setWrapText(true);
        text.setMaxWidth(UiScale.em(37));
        show(owner, Messages.tr("help.about.header"), new VBox(10, version, text));
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
