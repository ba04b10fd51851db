package dev.stepwise.ui.overview;

import atlantafx.base.theme.Styles;
import dev.stepwise.domain.SelfCheck;
import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.ui.common.StyleClasses;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The overview's "is this role right for you?" statements, each with its answers; the chosen one, pressed again, clears it. */
final class SelfCheckCard {
    private SelfCheckCard() {
    }

    static VBox lines(OverviewSummary summary, OverviewViewModel viewModel) {
        Label intro = new Label(summary.selfCheckSummary());
        intro.setId("self-check-summary");
        intro.getStyleClass().add(StyleClasses.MUTED);
        VBox lines = new VBox(8, intro);
        for (SelfCheck check : summary.path().selfChecks()) {
            Label statement = new Label(check.statement());
            statement.setWrapText(true);
            statement.setMinWidth(0);
            HBox.setHgrow(statement, Priority.ALWAYS);
            statement.setMaxWidth(Double.MAX_VALUE);
            HBox line = new HBox(12, statement, answerButtons(check, summary.selfCheckAnswers().get(check.id()), viewModel));
            line.setAlignment(Pos.CENTER_LEFT);
            lines.getChildren().add(line);
        }
        return lines;
    }

    /**
     * AtlantaFX pill toggles rather than ControlsFX's SegmentedButton: the overview is the first screen, and
     * loading ControlsFX's control and stylesheet there cost about 150 ms of start-up (StartupBenchmark).
     */
    private static HBox answerButtons(SelfCheck check, SelfCheckAnswer current, OverviewViewModel viewModel) {
        HBox buttons = new HBox();
        ToggleGroup group = new ToggleGroup();
        SelfCheckAnswer[] answers = SelfCheckAnswer.values();
        for (SelfCheckAnswer answer : answers) {
            ToggleButton button = new ToggleButton(answer.label());
            button.setToggleGroup(group);
            button.getStyleClass().add(answer.ordinal() == 0 ? Styles.LEFT_PILL
                    : answer.ordinal() == answers.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            button.setId("self-check-" + check.id() + "-" + answer.name().toLowerCase(Locale.ROOT));
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setSelected(answer == current);
            if (answer == current) {
                button.setTooltip(new Tooltip("Click again to take the answer back"));
            }
            button.setOnAction(event -> {
                // The toggle shows the saved answer; it follows once the change is committed. Pressing the chosen
                // answer again takes it back.
                button.setSelected(answer == current);
                if (answer == current) {
                    viewModel.clearSelfCheck(check.id());
                } else {
                    viewModel.answerSelfCheck(check.id(), answer);
                }
            });
            buttons.getChildren().add(button);
        }
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        return buttons;
    }
}
