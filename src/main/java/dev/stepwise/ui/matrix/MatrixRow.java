package dev.stepwise.ui.matrix;

import dev.stepwise.domain.SkillStanding;

/** One line of the skills matrix: a category heading or a skill. */
public sealed interface MatrixRow {

    record CategoryRow(String category, int skillCount, int targetsMet) implements MatrixRow {
    }

    record SkillRow(SkillStanding standing) implements MatrixRow {
        public String skillId() {
            return standing.skill().id();
        }
    }
}
