package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SkillStandingTest {

    private static final Skill SQL = new Skill("sql", "SQL", Skill.TECHNICAL, "", Level.INDEPENDENT);

    private static SkillStanding standing(Level current, Level target, Optional<Level> suggested) {
        return new SkillStanding(SQL, current, target, Progress.NONE, suggested, 0, 0);
    }

    @Test
    @DisplayName("gap is target − current and the target is unmet while it is positive")
    void positiveGap() {
        SkillStanding standing = standing(Level.AWARE, Level.INDEPENDENT, Optional.empty());

        assertThat(standing.gap()).isEqualTo(2);
        assertThat(standing.targetMet()).isFalse();
    }

    @Test
    @DisplayName("gap is zero when on target, and the target is met")
    void zeroGap() {
        SkillStanding standing = standing(Level.GUIDED, Level.GUIDED, Optional.empty());

        assertThat(standing.gap()).isZero();
        assertThat(standing.targetMet()).isTrue();
    }

    @Test
    @DisplayName("gap is negative above the target, and the target is met")
    void negativeGap() {
        SkillStanding standing = standing(Level.TEACHES, Level.AWARE, Optional.empty());

        assertThat(standing.gap()).isEqualTo(-3);
        assertThat(standing.targetMet()).isTrue();
    }

    @Test
    @DisplayName("suggestedRaise is offered only when the suggestion is above the current rating")
    void suggestedRaise() {
        assertThat(standing(Level.AWARE, Level.TEACHES, Optional.of(Level.GUIDED)).suggestedRaise())
                .contains(Level.GUIDED);
        assertThat(standing(Level.GUIDED, Level.TEACHES, Optional.of(Level.GUIDED)).suggestedRaise()).isEmpty();
        assertThat(standing(Level.INDEPENDENT, Level.TEACHES, Optional.of(Level.GUIDED)).suggestedRaise()).isEmpty();
        assertThat(standing(Level.NOT_YET, Level.TEACHES, Optional.empty()).suggestedRaise()).isEmpty();
    }
}
