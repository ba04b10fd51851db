package dev.stepwise.ui.shell;

import dev.stepwise.domain.UpstreamChange;
import dev.stepwise.service.PathUpdatePreview;
import dev.stepwise.ui.common.DialogLook;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import dev.stepwise.ui.common.UiScale;
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
        setTitle(Messages.tr("app.name"));
        setHeaderText(Messages.tr("dialog.upgrade.header", preview.title(), preview.fromVersion(), preview.toVersion()));
        setResizable(true);
        DialogLook.apply(getDialogPane());
        Label intro = new Label(Messages.tr("dialog.upgrade.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(StyleClasses.MUTED);
        ListView<UpstreamChange> changes = new ListView<>();
        changes.setId("upgrade-changes");
        changes.getItems().setAll(preview.changes());
        changes.setCellFactory(list -> new UpstreamChangeCell());
        changes.setPrefSize(UiScale.em(44), UiScale.em(26));
        changes.setPlaceholder(new Label(Messages.tr("dialog.upgrade.onlyDetails")));
        getDialogPane().setContent(new VBox(10, intro, changes));
        ButtonType apply = new ButtonType(Messages.tr("dialog.upgrade.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(Messages.tr("dialog.upgrade.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(apply, later);
        getDialogPane().lookupButton(apply).setId("apply-upgrade");
        setResultConverter(button -> button == apply);
    }
}
