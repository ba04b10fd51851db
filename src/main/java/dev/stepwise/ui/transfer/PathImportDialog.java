package dev.stepwise.ui.transfer;

import dev.stepwise.domain.UpstreamChange;
import dev.stepwise.service.PathFiles;
import dev.stepwise.service.PathUpdatePreview;
import dev.stepwise.ui.common.EditorForms;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import dev.stepwise.ui.common.Transfers.PathFileImport;
import dev.stepwise.ui.common.UpstreamChangeCell;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * What importing a path file would do, before it is done. A path the workspace does not have yet comes in as a new
 * path. A path it has (same id) can update the learner's copy — merged like a newer bundled version, with every
 * change listed — or come in as a separate copy.
 */
final class PathImportDialog extends Dialog<PathImportDialog.Choice> {
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
        getDialogPane().setContent(new VBox(10, summary, intro, changes));
        ButtonType update = new ButtonType(Messages.tr("dialog.pathImport.update"), ButtonBar.ButtonData.OK_DONE);
        ButtonType copy = new ButtonType(Messages.tr("dialog.pathImport.copy"), ButtonBar.ButtonData.OTHER);
        getDialogPane().getButtonTypes().addAll(update, copy, ButtonType.CANCEL);
        Button updateButton = (Button) getDialogPane().lookupButton(update);
        updateButton.setId("import-path-update");
        updateButton.setDisable(preview.changes().isEmpty());
        getDialogPane().lookupButton(copy).setId("import-path-copy");
        setResultConverter(button -> button == update ? Choice.UPDATE : button == copy ? Choice.IMPORT_COPY : null);
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
