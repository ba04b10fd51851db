package dev.stepwise.domain;

import java.util.Optional;

/**
 * Everything the matrix shows about one skill, derived from the path and the learner's progress in one place so
 * that every view agrees: current and target level, the gap, linked items done, the suggested level, and how many of
 * the ratings carry evidence.
 */
public record SkillStanding(
        Skill skill,
        Level current,
        Level target,
        Progress linkedItems,
        Optional<Level> suggested,
        int ratingCount,
        int evidenceCount) {

    /** target − current; negative when the learner is already above their target. */
    public int gap() {
        return target.value() - current.value();
    }

    public boolean targetMet() {
        return gap() <= 0;
    }

    /** A suggestion worth showing: one that would raise the current rating. */
    public Optional<Level> suggestedRaise() {
        return suggested.filter(level -> level.value() > current.value());
    }
}
