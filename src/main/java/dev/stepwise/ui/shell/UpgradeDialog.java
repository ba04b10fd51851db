package dev.stepwise.ui.shell;

import dev.stepwise.domain.UpstreamChange;
import dev.stepwise.service.PathUpdatePreview;
import dev.stepwise.ui.common.StyleClasses;
import dev.stepwise.ui.common.UpstreamChangeCell;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** What a newer bundled version changes, one line each, with "Apply changes" or "Not now". True when applied. */
final class UpgradeDialog extends Dialog<Boolean> {
    UpgradeDialog(Window owner, PathUpdatePreview preview) {
        initOwner(owner);
        setTitle("Stepwise");
        setHeaderText("Update “%s” from version %d to %d".formatted(preview.title(), preview.fromVersion(),
                preview.toVersion()));
        setResizable(true);
        Label intro = new Label("What the newer version changes. Your own edits win where you changed the same thing; "
                + "an item it removes that holds your progress is archived, not deleted.");
        intro.setWrapText(true);
        intro.getStyleClass().add(StyleClasses.MUTED);
        ListView<UpstreamChange> changes = new ListView<>();
        changes.setId("upgrade-changes");
        changes.getItems().setAll(preview.changes());
        changes.setCellFactory(list -> new UpstreamChangeCell());
        changes.setPrefSize(620, 360);
        changes.setPlaceholder(new Label("Only details changed."));
        getDialogPane().setContent(new VBox(10, intro, changes));
        ButtonType apply = new ButtonType("Apply changes", ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType("Not now", ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(apply, later);
        getDialogPane().lookupButton(apply).setId("apply-upgrade");
        setResultConverter(button -> button == apply);
    }
}
