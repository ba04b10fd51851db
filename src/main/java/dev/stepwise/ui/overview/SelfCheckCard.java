package dev.stepwise.ui.overview;

import dev.stepwise.domain.SelfCheck;
import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.PillRow;
import dev.stepwise.ui.common.StyleClasses;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The overview's "is this role right for you?" statements, each with its answers; the chosen one, pressed again,
 * clears it. Answering changes the toggles in place, so the keyboard focus stays on the answer just given.
 */
final class SelfCheckCard extends Card {
    private final OverviewViewModel viewModel;
    private final Label intro = new Label();
    private final VBox lines = new VBox(8);
    private final Map<String, Map<SelfCheckAnswer, ToggleButton>> buttons = new HashMap<>();
    private Map<String, SelfCheckAnswer> answers = Map.of();
    /** The statements the lines are made for; they are made again only when these change. */
    private List<SelfCheck> shownChecks;

    SelfCheckCard(OverviewViewModel viewModel) {
        super(Messages.tr("overview.selfCheck.title"));
        this.viewModel = viewModel;
        intro.setId("self-check-summary");
        intro.getStyleClass().add(StyleClasses.MUTED);
        body(intro, lines);
    }

    @Override
    void update(OverviewSummary summary) {
        answers = summary.selfCheckAnswers();
        intro.setText(summary.selfCheckSummary());
        if (!summary.path().selfChecks().equals(shownChecks)) {
            shownChecks = summary.path().selfChecks();
            buttons.clear();
            lines.getChildren().setAll(shownChecks.stream().map(this::line).toList());
        }
        buttons.forEach((checkId, byAnswer) -> byAnswer.forEach((answer, button) -> {
            boolean chosen = answer == answers.get(checkId);
            button.setSelected(chosen);
            if (chosen != (button.getTooltip() != null)) {
                button.setTooltip(chosen ? new Tooltip(Messages.tr("overview.selfCheck.takeBack")) : null);
            }
        }));
    }

    private HBox line(SelfCheck check) {
        Label statement = new Label(check.statement());
        statement.setId("self-check-" + check.id() + "-statement");
        statement.setWrapText(true);
        statement.setMinWidth(0);
        HBox.setHgrow(statement, Priority.ALWAYS);
        statement.setMaxWidth(Double.MAX_VALUE);
        HBox line = new HBox(12, statement, answerButtons(check));
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /**
     * AtlantaFX pill toggles rather than ControlsFX's SegmentedButton: the overview is the first screen, and
     * loading ControlsFX's control and stylesheet there cost about 150 ms of start-up (StartupBenchmark).
     */
    private HBox answerButtons(SelfCheck check) {
        HBox box = new HBox();
        ToggleGroup group = new ToggleGroup();
        Map<SelfCheckAnswer, ToggleButton> byAnswer = new EnumMap<>(SelfCheckAnswer.class);
        for (SelfCheckAnswer answer : SelfCheckAnswer.values()) {
            ToggleButton button = new ToggleButton(Messages.current().answer(answer));
            // Heard alone, "Agree" does not say which statement it answers: the name says both.
            button.setAccessibleText(Messages.tr("overview.selfCheck.answerName", Messages.current().answer(answer), check.statement()));
            button.setToggleGroup(group);
            button.setId("self-check-" + check.id() + "-" + answer.name().toLowerCase(Locale.ROOT));
            button.setOnAction(event -> {
                // The toggle shows the saved answer; it follows once the change is committed. Pressing the chosen
                // answer again takes it back.
                SelfCheckAnswer current = answers.get(check.id());
                button.setSelected(answer == current);
                if (answer == current) {
                    viewModel.clearSelfCheck(check.id());
                } else {
                    viewModel.answerSelfCheck(check.id(), answer);
                }
            });
            byAnswer.put(answer, button);
            box.getChildren().add(button);
        }
        PillRow.shape(List.copyOf(byAnswer.values()));
        buttons.put(check.id(), byAnswer);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }
}
