package dev.stepwise.ui.shell;

import dev.stepwise.domain.Level;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.SkillStanding;
import dev.stepwise.ui.common.Messages;
import java.util.List;
import java.util.Optional;

/**
 * What to tell the learner after a change raised the checklist's suggested level of some skills: the first skill,
 * its suggestion and how many more. The rule lives here, not in the notice that shows it, so it is tested without a
 * toolkit.
 */
public record SkillSuggestion(String skillId, String skillName, Level suggested, int more) {
    /** "Aware" follows from merely starting an item; only a suggestion that needs work done is worth a notice. */
    static final Level WORTH_A_NOTICE = Level.GUIDED;

    /** The notice a change from {@code before} to {@code after} deserves; none when the path itself changed. */
    static Optional<SkillSuggestion> between(PathState before, PathState after) {
        if (before == null || !before.path().id().equals(after.path().id())) {
            return Optional.empty();
        }
        List<SkillStanding> raised = after.suggestionsRaisedSince(before).stream()
                .filter(standing -> standing.suggestedRaise().orElseThrow().value() >= WORTH_A_NOTICE.value())
                .toList();
        if (raised.isEmpty()) {
            return Optional.empty();
        }
        SkillStanding first = raised.get(0);
        return Optional.of(new SkillSuggestion(first.skill().id(), first.skill().name(),
                first.suggestedRaise().orElseThrow(), raised.size() - 1));
    }

    /** The notice's text, one sentence pair; the banner wraps it when the window is narrow. */
    public String text() {
        return more == 0
                ? Messages.tr("suggestion.one", skillName, Messages.current().level(suggested))
                : Messages.tr("suggestion.many", skillName, more);
    }
}
