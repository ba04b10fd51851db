package dev.stepwise.ui.matrix;

import dev.stepwise.domain.SkillStanding;
import dev.stepwise.ui.common.Messages;

/** What a screen reader says for a skill's row, in the grid and in the chart alike: one wording for both views. */
final class SkillSpokenName {
    private SkillSpokenName() {
    }

    static String of(SkillStanding standing) {
        Messages messages = Messages.current();
        return messages.text("matrix.row.name", standing.skill().name(), messages.level(standing.current()),
                messages.level(standing.target()), standing.targetMet() ? messages.text("matrix.row.targetMet")
                        : messages.text("matrix.row.gap", standing.gap()),
                messages.text("matrix.row.evidence", standing.evidenceCount()));
    }
}
