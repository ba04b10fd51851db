package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.LevelSteps.Step;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A skill's level over time as steps, the data of the detail pane's chart. */
class LevelStepsChartTest {
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final Instant MARCH_1 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant MARCH_5 = Instant.parse("2026-03-05T09:00:00Z");

    @Test
    void noRatingsNoSteps() {
        assertThat(LevelSteps.of(List.of(), NOW)).isEmpty();
    }

    @Test
    void oneRatingHoldsUntilNow() {
        assertThat(LevelSteps.of(List.of(new Rating(Level.GUIDED, MARCH_1, "")), NOW))
                .containsExactly(new Step(Level.GUIDED, MARCH_1, NOW));
    }

    @Test
    void eachRatingHoldsUntilTheNext() {
        List<Rating> history = List.of(new Rating(Level.AWARE, MARCH_1, ""), new Rating(Level.INDEPENDENT, MARCH_5, "built it"));

        assertThat(LevelSteps.of(history, NOW)).containsExactly(
                new Step(Level.AWARE, MARCH_1, MARCH_5), new Step(Level.INDEPENDENT, MARCH_5, NOW));
    }

    @Test
    void aClockBehindTheLatestRatingLeavesItAnEmptyStepNotABackwardOne() {
        assertThat(LevelSteps.of(List.of(new Rating(Level.AWARE, MARCH_5, "")), MARCH_1))
                .containsExactly(new Step(Level.AWARE, MARCH_5, MARCH_5));
    }
}
