package dev.stepwise.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A skill's level over time as steps: each rating holds from the moment it was given until the next one, and the
 * latest until now. What the skill's history chart draws; a rating session that settled on one level left one
 * rating, so one step.
 */
public final class LevelSteps {
    private LevelSteps() {
    }

    /** One level held from {@code from} until {@code until}. */
    public record Step(Level level, Instant from, Instant until) {
    }

    /**
     * The steps of a history (oldest first, as {@link SkillProgress#history()} keeps it), the last one until
     * {@code now}, or until its own start when a clock behind the rating says now is earlier. Empty without ratings.
     */
    public static List<Step> of(List<Rating> oldestFirst, Instant now) {
        List<Step> steps = new ArrayList<>(oldestFirst.size());
        for (int i = 0; i < oldestFirst.size(); i++) {
            Rating rating = oldestFirst.get(i);
            Instant until = i + 1 < oldestFirst.size() ? oldestFirst.get(i + 1).ratedAt() : now;
            steps.add(new Step(rating.level(), rating.ratedAt(), until.isBefore(rating.ratedAt()) ? rating.ratedAt() : until));
        }
        return steps;
    }
}
