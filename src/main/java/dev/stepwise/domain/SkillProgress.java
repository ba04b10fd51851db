package dev.stepwise.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The learner's side of a skill: the rating history (the levels they settled on, see {@link RatingSession}) and
 * their own target, if they set one.
 * The current level is the latest rating, or {@link Level#NOT_YET} before the first one.
 */
public record SkillProgress(String skillId, Level ownTarget, List<Rating> history) {
    public SkillProgress {
        Objects.requireNonNull(skillId, "skillId");
        history = history.stream().sorted(Comparator.comparing(Rating::ratedAt)).toList();
    }

    public static SkillProgress unrated(String skillId) {
        return new SkillProgress(skillId, null, List.of());
    }

    public Level current() {
        return latest().map(Rating::level).orElse(Level.NOT_YET);
    }

    public Optional<Rating> latest() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /**
     * How many of the ratings carry evidence (a note saying what shows the level): the matrix's evidence count.
     * Counted from the skill's own history, a handful of ratings, so it costs nothing to keep current.
     */
    public int evidenceCount() {
        return (int) history.stream().filter(rating -> !rating.note().isBlank()).count();
    }

    public Optional<Level> target() {
        return Optional.ofNullable(ownTarget);
    }

    public SkillProgress withRating(Rating rating) {
        List<Rating> ratings = new ArrayList<>(history);
        ratings.add(rating);
        return new SkillProgress(skillId, ownTarget, ratings);
    }

    /** The same progress with its latest rating replaced (a rating session settling on another level). */
    public SkillProgress withLatestReplaced(Rating rating) {
        List<Rating> ratings = new ArrayList<>(history.subList(0, history.size() - 1));
        ratings.add(rating);
        return new SkillProgress(skillId, ownTarget, ratings);
    }

    /** The same progress without its latest rating (a rating session that came back to where it began). */
    public SkillProgress withoutLatest() {
        return new SkillProgress(skillId, ownTarget, history.subList(0, history.size() - 1));
    }

    /** The same progress with the ratings added to its history (kept in time order). */
    public SkillProgress withRatings(List<Rating> added) {
        List<Rating> ratings = new ArrayList<>(history);
        ratings.addAll(added);
        return new SkillProgress(skillId, ownTarget, ratings);
    }

    public SkillProgress withTarget(Level target) {
        return new SkillProgress(skillId, target, history);
    }
}
