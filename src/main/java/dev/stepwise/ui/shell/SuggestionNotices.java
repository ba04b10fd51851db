package dev.stepwise.ui.shell;

import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

/**
 * Shows the main view model's skill suggestions as a short, non-blocking notice with a way to review them. The rule
 * for when to suggest lives in {@link SkillSuggestion}; the rating itself is only ever changed by the learner.
 */
final class SuggestionNotices {
    private static final Duration SHOWN_FOR = Duration.seconds(7);

    private SuggestionNotices() {
    }

    static void install(MainViewModel viewModel, Window owner) {
        viewModel.suggestionProperty().subscribe((before, suggestion) -> {
            if (suggestion != null && owner.isShowing()) {
                Notifications.create()
                        .owner(owner)
                        .position(Pos.BOTTOM_RIGHT)
                        .title("Skill suggestion")
                        .text(suggestion.text())
                        .hideAfter(SHOWN_FOR)
                        .action(new Action("Review", event -> viewModel.openSkill(suggestion.skillId())))
                        .show();
            }
        });
    }
}
