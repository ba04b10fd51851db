package dev.stepwise.ui.shell;

import atlantafx.base.theme.Styles;
import dev.stepwise.ui.common.FocusReturn;
import dev.stepwise.ui.common.Messages;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * A strip above the page while a newer bundled version of the current path waits: it says that edits and progress
 * are safe, and opens the list of what would change. Nothing changes until the learner applies it.
 */
final class UpgradeBanner extends HBox {
    UpgradeBanner(MainViewModel viewModel, Window owner) {
        setId("upgrade-banner");
        getStyleClass().add("upgrade-banner");
        Label text = new Label();
        text.textProperty().bind(viewModel.pathTitleProperty().map(title -> Messages.tr("upgrade.banner", title)));
        text.setWrapText(true);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button review = new Button(Messages.tr("upgrade.review"));
        review.setId("review-upgrade");
        review.getStyleClass().add(Styles.ACCENT);
        review.setMinWidth(Region.USE_PREF_SIZE);
        // The dialog opens after the job has reported back, so the status bar does not say "Saving…" meanwhile.
        review.setOnAction(event -> viewModel.workspace().previewUpgrade().onSuccess(preview ->
                preview.ifPresent(found -> Platform.runLater(() -> new UpgradeDialog(owner, found).showAndWait()
                        .filter(apply -> apply)
                        .ifPresent(apply -> viewModel.workspace().applyUpgrade())))));
        getChildren().addAll(new FontIcon(MaterialDesignU.UPDATE), text, review);
        visibleProperty().bind(viewModel.upgradeAvailableProperty());
        managedProperty().bind(visibleProperty());
        FocusReturn.whenHidden(this);
    }
}
