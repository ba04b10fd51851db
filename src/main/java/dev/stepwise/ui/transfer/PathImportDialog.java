package dev.stepwise.ui.transfer;

import dev.stepwise.domain.UpstreamChange;
import dev.stepwise.service.PathFiles;
import dev.stepwise.service.PathUpdatePreview;
import dev.stepwise.ui.common.EditorForms;
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
        EditorForms.prepare(this, owner, plan.isUpdate()
                ? "“" + plan.title() + "” is already in your workspace"
                : "Import “" + plan.title() + "” as a new path", "path-import");
        Label summary = wrapped(fileName + ": " + RolePreviewPane.plural(plan.sections(), "section", "sections") + " · "
                + RolePreviewPane.plural(plan.items(), "item", "items") + " · "
                + RolePreviewPane.plural(plan.skills(), "skill", "skills") + ".");
        summary.setId("path-import-summary");
        if (plan.update().isEmpty()) {
            getDialogPane().setContent(new VBox(10, summary, muted("It starts with no progress. Nothing is written "
                    + "until you import it.")));
            ButtonType importNew = new ButtonType("Import path", ButtonBar.ButtonData.OK_DONE);
            getDialogPane().getButtonTypes().addAll(importNew, ButtonType.CANCEL);
            getDialogPane().lookupButton(importNew).setId("import-path-new");
            setResultConverter(button -> button == importNew ? Choice.IMPORT_NEW : null);
        } else {
            showUpdate(plan.update().get(), summary);
        }
        getDialogPane().lookupButton(ButtonType.CANCEL).setId("path-import-cancel");
    }

    private void showUpdate(PathUpdatePreview preview, Label summary) {
        Label intro = muted("Updating merges the file into your copy (version " + preview.fromVersion() + " → "
                + preview.toVersion() + "): your own edits win where you changed the same thing, and an item it removes "
                + "that holds your progress is archived, not deleted. Or import it as a separate copy.");
        ListView<UpstreamChange> changes = new ListView<>();
        changes.setId("path-import-changes");
        changes.getItems().setAll(preview.changes());
        changes.setCellFactory(list -> new UpstreamChangeCell());
        changes.setPrefSize(620, 320);
        changes.setPlaceholder(new Label("Nothing to change: your copy already has everything in this file."));
        getDialogPane().setContent(new VBox(10, summary, intro, changes));
        ButtonType update = new ButtonType("Update my copy", ButtonBar.ButtonData.OK_DONE);
        ButtonType copy = new ButtonType("Import as a copy", ButtonBar.ButtonData.OTHER);
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
