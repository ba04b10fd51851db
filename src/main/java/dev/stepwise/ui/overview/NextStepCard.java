package dev.stepwise.ui.overview;

import atlantafx.base.theme.Styles;
import dev.stepwise.domain.Item;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import dev.stepwise.ui.common.Visibility;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** The step to continue with and a button that opens it, or what to do when there is none. */
final class NextStepCard extends Card {
    private final Label title = new Label();
    private final Label detail = new Label();
    private final Button open = new Button(Messages.tr("overview.next.open"), new FontIcon(MaterialDesignA.ARROW_RIGHT));
    private final Label none = new Label();

    NextStepCard(OverviewViewModel viewModel) {
        super(Messages.tr("overview.next.title"));
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        detail.setWrapText(true);
        detail.getStyleClass().add(StyleClasses.MUTED);
        open.setId("continue-button");
        open.getStyleClass().add(Styles.ACCENT);
        open.setOnAction(event -> viewModel.continueWithNextStep());
        none.setWrapText(true);
        body(title, detail, open, none);
    }

    @Override
    void update(OverviewSummary summary) {
        Optional<Item> next = summary.nextStep();
        next.ifPresent(item -> {
            title.setText(item.title());
            detail.setText(item.detail());
        });
        none.setText(summary.overall().total() == 0
                ? Messages.tr("overview.next.noItems") : Messages.tr("overview.next.allDone"));
        Visibility.show(next.isPresent(), title, detail, open);
        Visibility.show(next.isEmpty(), none);
    }

    /** Focuses "Open in checklist" when there is a step to continue with; says whether it did. */
    boolean focusAction() {
        if (!open.isVisible()) {
            return false;
        }
        open.requestFocus();
        return true;
    }
}
