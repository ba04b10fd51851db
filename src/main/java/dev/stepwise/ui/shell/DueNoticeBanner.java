package dev.stepwise.ui.shell;

import atlantafx.base.theme.Styles;
import dev.stepwise.ui.common.FocusReturn;
import dev.stepwise.ui.common.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The start-up notice of what is due soon, as a strip above the status bar like the skill suggestion (and for the same
 * reasons: part of the layout, styled by the theme). It stays until the learner opens what it names or closes it.
 */
final class DueNoticeBanner extends HBox {
    DueNoticeBanner(MainViewModel viewModel) {
        setId("due-banner");
        getStyleClass().addAll("suggestion-banner", "due-banner");
        Label text = new Label();
        text.setId("due-banner-text");
        text.textProperty().bind(viewModel.dueNoticeProperty().map(DueNotice::text).orElse(""));
        text.setWrapText(true);
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button open = new Button(Messages.tr("due.notice.open"));
        open.setId("due-banner-open");
        open.getStyleClass().add(Styles.ACCENT);
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(event -> viewModel.openDueNotice());
        Button dismiss = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        dismiss.setId("due-banner-dismiss");
        dismiss.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        dismiss.setTooltip(new Tooltip(Messages.tr("due.notice.dismiss")));
        dismiss.setAccessibleText(Messages.tr("due.notice.dismiss"));
        dismiss.setOnAction(event -> viewModel.dismissDueNotice());
        getChildren().addAll(new FontIcon(MaterialDesignC.CALENDAR_ALERT), text, open, dismiss);
        visibleProperty().bind(viewModel.dueNoticeProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        FocusReturn.whenHidden(this);
    }
}
