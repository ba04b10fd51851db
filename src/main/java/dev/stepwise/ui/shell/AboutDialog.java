package dev.stepwise.ui.shell;

import static dev.stepwise.ui.common.Messages.tr;

import dev.stepwise.ui.common.DialogLook;
import dev.stepwise.ui.common.LinkOpener;
import dev.stepwise.ui.common.StyleClasses;
import dev.stepwise.ui.common.UiScale;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Help ▸ About: the version, what Stepwise is, and where the learner's data lives. The data file's path is what a
 * learner needs to back it up by hand or to tell a helper, so it can be selected and copied, and its folder opened.
 */
final class AboutDialog {
    private static final double TEXT_WIDTH_EM = 37;

    private AboutDialog() {
    }

    static void show(Window owner, String databaseFile, LinkOpener folderOpener) {
        Label version = new Label(tr("help.about.version", AppVersion.current().equals(AppVersion.DEVELOPMENT)
                ? tr("help.about.developmentBuild") : AppVersion.current()));
        version.setId("about-version");
        version.setStyle("-fx-font-weight: bold;");
        Label outcome = new Label();
        outcome.setId("about-outcome");
        outcome.getStyleClass().add(StyleClasses.MUTED);
        outcome.setWrapText(true);
        VBox content = new VBox(10, version, wrapped(tr("help.about.intro")), wrapped(tr("help.about.where")),
                pathField(databaseFile), buttons(databaseFile, folderOpener, outcome), wrapped(tr("help.about.promise")));
        content.setMaxWidth(UiScale.em(TEXT_WIDTH_EM));
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(tr("app.name"));
        alert.setHeaderText(tr("help.about.header"));
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("about-dialog");
        DialogLook.apply(alert.getDialogPane());
        alert.initOwner(owner);
        // A window keeps its size when its content grows: a message that wraps would squeeze the text above it.
        outcome.textProperty().addListener((obs, old, text) -> alert.getDialogPane().getScene().getWindow().sizeToScene());
        alert.show();
    }

    /** Read-only but selectable: a label's text cannot be selected or copied. */
    private static TextField pathField(String databaseFile) {
        TextField path = new TextField(databaseFile);
        path.setId("about-data-file");
        path.setEditable(false);
        path.setFocusTraversable(true);
        path.setAccessibleText(tr("help.about.where"));
        path.setPrefColumnCount(30);
        return path;
    }

    private static HBox buttons(String databaseFile, LinkOpener folderOpener, Label outcome) {
        Button copy = new Button(tr("help.about.copy"));
        copy.setId("about-copy");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(databaseFile);
            Clipboard.getSystemClipboard().setContent(content);
            outcome.setText(tr("help.about.copied"));
        });
        Path folder = Path.of(databaseFile).toAbsolutePath().getParent();
        Button open = new Button(tr("backups.openFolder"));
        open.setId("about-folder");
        open.setOnAction(event -> {
            try {
                folderOpener.open(folder.toUri());
                outcome.setText("");
            } catch (Exception e) {
                outcome.setText(tr("backups.folderFailed", folder.toString()));
            }
        });
        HBox row = new HBox(8, copy, open, outcome);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(outcome, Priority.ALWAYS);
        return row;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
