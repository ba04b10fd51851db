package dev.stepwise.ui.transfer;

import dev.stepwise.domain.UpstreamChange;
import dev.stepwise.service.PathFiles;
import dev.stepwise.service.PathUpdatePreview;
import dev.stepwise.ui.common.EditorForms;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import dev.stepwise.ui.common.Transfers.PathFileImport;
import dev.stepwise.ui.common.UpstreamChangeCell;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * What importing a path file would do, before it is done. A path the workspace does not have yet comes in as a new
 * path. A path it has (same id) can update the learner's copy — merged like a newer bundled version, with every
 * change listed — or come in as a separate copy. A file older than the learner's copy says so first, and updating from
 * it is then not the default button: what it lists takes back what the newer version changed.
 */
final class PathImportDialog extends Dialog<PathImportDialog.Choice> {
    /** The warning look (editors.css): the role import's warning icon on the archived banner's colour. */
    private static final String WARNING = "import-warning";

    /** What the learner chose. */
    enum Choice { IMPORT_NEW, UPDATE, IMPORT_COPY }

    PathImportDialog(Window owner, PathFileImport file) {
        PathFiles.ImportPlan plan = file.plan();
        String fileName = String.valueOf(file.file().getFileName());
        EditorForms.prepare(this, owner, Messages.tr(plan.isUpdate() ? "dialog.pathImport.updateHeader"
                : "dialog.pathImport.newHeader", plan.title()), "path-import");
        Label summary = wrapped(Messages.tr("dialog.pathImport.summary", fileName, Messages.tr("count.sections", plan.sections()),
                Messages.tr("count.items", plan.items()), Messages.tr("count.skills", plan.skills())));
        summary.setId("path-import-summary");
        if (plan.update().isEmpty()) {
            getDialogPane().setContent(new VBox(10, summary, muted(Messages.tr("dialog.pathImport.startsEmpty"))));
            ButtonType importNew = new ButtonType(Messages.tr("dialog.pathImport.importNew"), ButtonBar.ButtonData.OK_DONE);
            getDialogPane().getButtonTypes().addAll(importNew, ButtonType.CANCEL);
            getDialogPane().lookupButton(importNew).setId("import-path-new");
            setResultConverter(button -> button == importNew ? Choice.IMPORT_NEW : null);
        } else {
            showUpdate(plan.update().get(), summary);
        }
        getDialogPane().lookupButton(ButtonType.CANCEL).setId("path-import-cancel");
    }

    private void showUpdate(PathUpdatePreview preview, Label summary) {
        Label intro = muted(Messages.tr("dialog.pathImport.updateIntro", preview.fromVersion(), preview.toVersion()));
        ListView<UpstreamChange> changes = new ListView<>();
        changes.setId("path-import-changes");
        changes.getItems().setAll(preview.changes());
        changes.setCellFactory(list -> new UpstreamChangeCell());
        changes.setPrefSize(620, 320);
        changes.setPlaceholder(new Label(Messages.tr("dialog.pathImport.nothingToChange")));
        VBox content = new VBox(10, summary, intro, changes);
        if (preview.isOlder()) {
            content.getChildren().add(1, olderWarning(preview));
        }
        getDialogPane().setContent(content);
        ButtonType update = new ButtonType(Messages.tr("dialog.pathImport.update"), ButtonBar.ButtonData.OK_DONE);
        ButtonType copy = new ButtonType(Messages.tr("dialog.pathImport.copy"), ButtonBar.ButtonData.OTHER);
        getDialogPane().getButtonTypes().addAll(update, copy, ButtonType.CANCEL);
        Button updateButton = (Button) getDialogPane().lookupButton(update);
        updateButton.setId("import-path-update");
        updateButton.setDisable(preview.changes().isEmpty());
        if (preview.isOlder()) {
            // Enter must not take the learner's copy back to an older version: Cancel is the default and has the focus
            // (a focused button takes Enter too), so updating from an older file is a deliberate click or Tab and Space.
            updateButton.setDefaultButton(false);
            Button cancel = (Button) getDialogPane().lookupButton(ButtonType.CANCEL);
            cancel.setDefaultButton(true);
            Platform.runLater(cancel::requestFocus);
        }
        getDialogPane().lookupButton(copy).setId("import-path-copy");
        setResultConverter(button -> button == update ? Choice.UPDATE : button == copy ? Choice.IMPORT_COPY : null);
    }

    /** Said before the changes, on the warning colour: what they list takes back what the newer version changed. */
    private static Label olderWarning(PathUpdatePreview preview) {
        Label warning = wrapped(Messages.tr("dialog.pathImport.older", preview.fromVersion(), preview.toVersion()));
        warning.setId("path-import-older");
        warning.getStyleClass().add(WARNING);
        warning.setGraphic(new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        return warning;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    private static Label muted(String text) {
        Label label = wrapped(text);
        label.getStyleClass().add(StyleClasses.MUTED);
        return label;
    }
}
