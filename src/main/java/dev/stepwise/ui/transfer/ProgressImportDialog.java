package dev.stepwise.ui.transfer;

import dev.stepwise.domain.ProgressChange;
import dev.stepwise.domain.ProgressMerge;
import dev.stepwise.ui.common.EditorForms;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import dev.stepwise.ui.common.Transfers.ProgressFileImport;
import java.time.ZoneId;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * What importing a progress file would change in its path, one line per entry, and what in the file has no place
 * in the path. True when the learner imports it.
 */
final class ProgressImportDialog extends Dialog<Boolean> {

    ProgressImportDialog(Window owner, ProgressFileImport file) {
        ProgressMerge.Result preview = file.preview();
        EditorForms.prepare(this, owner, Messages.tr("dialog.progressImport.header", file.pathTitle()), "progress-import");
        Label intro = new Label(Messages.tr("dialog.progressImport.intro", String.valueOf(file.file().getFileName()),
                Messages.current().dateTime(file.progress().exportedAt(), ZoneId.systemDefault())));
        intro.setWrapText(true);
        intro.setMinHeight(Label.USE_PREF_SIZE);
        intro.getStyleClass().add(StyleClasses.MUTED);
        ListView<ProgressChange> changes = new ListView<>();
        changes.setId("progress-import-changes");
        changes.getItems().setAll(preview.changes());
        changes.setCellFactory(list -> new ChangeCell());
        changes.setPrefSize(620, 300);
        changes.setPlaceholder(new Label(Messages.tr("dialog.progressImport.nothingToChange")));
        VBox content = new VBox(10, intro, changes);
        if (!preview.skipped().isEmpty()) {
            String entries = preview.skipped().stream().map(Messages::tr).collect(Collectors.joining("; "));
            Label skipped = new Label(Messages.tr("dialog.progressImport.skipped", entries));
            skipped.setId("progress-import-skipped");
            skipped.setWrapText(true);
            skipped.setMinHeight(Label.USE_PREF_SIZE);
            content.getChildren().add(skipped);
        }
        getDialogPane().setContent(content);
        ButtonType importIt = new ButtonType(Messages.tr("dialog.progressImport.apply"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(importIt, ButtonType.CANCEL);
        Button importButton = (Button) getDialogPane().lookupButton(importIt);
        importButton.setId("import-progress-apply");
        importButton.setDisable(preview.changesNothing());
        getDialogPane().lookupButton(ButtonType.CANCEL).setId("progress-import-cancel");
        setResultConverter(button -> button == importIt);
    }

    /** "Learn SQL" over "Not started → Done, note added". */
    private static final class ChangeCell extends ListCell<ProgressChange> {
        @Override
        protected void updateItem(ProgressChange change, boolean empty) {
            super.updateItem(change, empty);
            setText(null);
            if (empty || change == null) {
                setGraphic(null);
                return;
            }
            FontIcon icon = new FontIcon(switch (change.subject()) {
                case ITEM -> MaterialDesignC.CHECKBOX_MARKED_CIRCLE_OUTLINE;
                case SKILL -> MaterialDesignS.STAR_OUTLINE;
                case SELF_CHECK -> MaterialDesignH.HELP_CIRCLE_OUTLINE;
            });
            Label title = new Label(change.title(), icon);
            title.getStyleClass().add("change-title");
            Label detail = new Label(Messages.tr(change.detail()));
            detail.getStyleClass().add(StyleClasses.MUTED);
            detail.setWrapText(true);
            VBox box = new VBox(2, title, detail);
            box.setMaxWidth(580);
            setGraphic(box);
        }
    }
}
