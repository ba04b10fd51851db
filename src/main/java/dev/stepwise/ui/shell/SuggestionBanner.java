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
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The skill suggestion as a strip just above the status bar, in place of ControlsFX's {@code Notifications}: that
 * popup is a window of its own with its own stylesheet, so it stayed white in the dark theme, floated over the list
 * and the notes, stayed after "Review", and logged a ClassCastException about its stylesheet. This strip is part of
 * the window's layout (it moves the page up rather than covering it), is styled by the theme's looked-up colours,
 * and closes when reviewed, dismissed, or after a while ({@link MainViewModel#suggestionProperty()}).
 */
final class SuggestionBanner extends HBox {
    SuggestionBanner(MainViewModel viewModel) {
        setId("suggestion-banner");
        getStyleClass().add("suggestion-banner");
        Label text = new Label();
        text.setId("suggestion-text");
        text.textProperty().bind(viewModel.suggestionProperty().map(SkillSuggestion::text).orElse(""));
        text.setWrapText(true);
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button review = new Button(Messages.tr("suggestion.review"));
        review.setId("suggestion-review");
        review.getStyleClass().add(Styles.ACCENT);
        review.setMinWidth(Region.USE_PREF_SIZE);
        review.setOnAction(event -> viewModel.reviewSuggestion());
        Button dismiss = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        dismiss.setId("suggestion-dismiss");
        dismiss.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        dismiss.setTooltip(new Tooltip(Messages.tr("suggestion.dismiss")));
        dismiss.setAccessibleText(Messages.tr("suggestion.dismiss"));
        dismiss.setOnAction(event -> viewModel.dismissSuggestion());
        getChildren().addAll(new FontIcon(MaterialDesignL.LIGHTBULB_ON_OUTLINE), text, review, dismiss);
        visibleProperty().bind(viewModel.suggestionProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        FocusReturn.whenHidden(this);
    }
}
