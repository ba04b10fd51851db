package dev.stepwise.ui.shell;

import dev.stepwise.domain.Level;
import dev.stepwise.domain.SkillStanding;
import dev.stepwise.ui.common.PathSession;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

/**
 * When a tick in the checklist makes the checklist suggest a higher level for a skill, says so in a short,
 * non-blocking notice with a way to review it. The rating itself is only ever changed by the learner.
 */
final class SuggestionNotices {
    private static final Duration SHOWN_FOR = Duration.seconds(7);
    /** "Aware" follows from merely starting an item; only a suggestion that needs work done is worth a notice. */
    private static final Level WORTH_A_NOTICE = Level.GUIDED;

    private SuggestionNotices() {
    }

    static void install(PathSession session, Window owner, Consumer<String> openSkill) {
        session.stateProperty().addListener((obs, before, after) -> {
            List<SkillStanding> raised = after.suggestionsRaisedSince(before).stream()
                    .filter(standing -> standing.suggestedRaise().orElseThrow().value() >= WORTH_A_NOTICE.value())
                    .toList();
            if (!raised.isEmpty() && owner.isShowing()) {
                show(owner, raised, openSkill);
            }
        });
    }

    private static void show(Window owner, List<SkillStanding> raised, Consumer<String> openSkill) {
        SkillStanding first = raised.get(0);
        // The notice's label does not wrap: the lines are broken here to keep the popup narrow.
        String text = raised.size() == 1
                ? "%s: your checklist now suggests\n%s.".formatted(first.skill().name(), first.suggestedRaise().orElseThrow())
                : "%s and %d more: your checklist\nnow suggests higher levels.".formatted(first.skill().name(), raised.size() - 1);
        Notifications.create()
                .owner(owner)
                .position(Pos.BOTTOM_RIGHT)
                .title("Skill suggestion")
                .text(text + "\nConfirm it in the skills matrix if it is true.")
                .hideAfter(SHOWN_FOR)
                .action(new Action("Review", event -> openSkill.accept(first.skill().id())))
                .show();
    }

}
