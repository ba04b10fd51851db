package dev.stepwise.ui.shell;

import dev.stepwise.domain.Level;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The Help menu's dialogs: keyboard shortcuts, the level scale, and where the data lives. */
final class HelpDialogs {
    private HelpDialogs() {
    }

    static void shortcuts(Window owner) {
        show(owner, "Keyboard shortcuts", grid(new String[][] {
                {"Ctrl+1 / 2 / 3", "Overview / Checklist / Skills matrix"},
                {"Ctrl+F", "Search the checklist"},
                {"D · L · S · R", "Checklist: mark done · learning · skipped · reset"},
                {"Space", "Checklist: done, or back to where it was"},
                {"Esc · ↓", "Checklist search: clear it · go on to the results"},
                {"Insert · Ctrl+N", "Checklist: add an item below the selected one"},
                {"Enter · F2", "Checklist: edit the item · rename it"},
                {"Alt+↑ / ↓", "Checklist: move the item (drag a row to move it too)"},
                {"Alt+Shift+↑ / ↓", "Checklist: move the item's section"},
                {"Delete", "Checklist: delete the item (asks first if you have progress on it)"},
                {"Shift+F10", "Checklist: the selected row's menu (or the menu key)"},
                {"0 – 4", "Skills matrix: rate the selected skill"},
                {"← / →", "Skills matrix: lower / raise the rating"},
                {"↑ / ↓", "Skills matrix: previous / next skill"},
                {"Ctrl+Shift+N", "New path"},
                {"Ctrl+Shift+I", "New path from a role description"},
                {"Ctrl+O", "Import a path file"},
                {"Ctrl+E", "Export the path"},
                {"Ctrl+Shift+T", "Light or dark theme"},
                {"Ctrl+= / Ctrl+- / Ctrl+0", "Larger / smaller text, or back to normal"},
                {"Ctrl+Q", "Quit (everything is already saved)"},
        }));
    }

    static void levels(Window owner) {
        String[][] rows = new String[Level.values().length][];
        for (Level level : Level.values()) {
            rows[level.value()] = new String[] {level.toString(), level.anchor()};
        }
        show(owner, "The skill levels", grid(rows));
    }

    static void about(Window owner, String databaseFile) {
        Label version = new Label("Version " + AppVersion.current());
        version.setId("about-version");
        version.setStyle("-fx-font-weight: bold;");
        Label text = new Label("""
                Stepwise turns a career path into a checklist and a skills matrix you can work through offline.

                Your data is one file on this computer:
                %s

                Every change is saved the moment you make it. Nothing is sent anywhere.""".formatted(databaseFile));
        text.setWrapText(true);
        text.setMaxWidth(520);
        show(owner, "About Stepwise", new VBox(10, version, text));
    }

    private static GridPane grid(String[][] rows) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(8);
        for (int i = 0; i < rows.length; i++) {
            Label key = new Label(rows[i][0]);
            key.setStyle("-fx-font-weight: bold;");
            Label value = new Label(rows[i][1]);
            value.setWrapText(true);
            grid.addRow(i, key, value);
        }
        return grid;
    }

    private static void show(Window owner, String title, Node content) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Stepwise");
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(content);
        alert.initOwner(owner);
        alert.show();
    }
}
