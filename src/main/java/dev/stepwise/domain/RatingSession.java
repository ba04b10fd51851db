package dev.stepwise.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How a rating joins a skill's history, so that the history records the levels the learner settled on rather than
 * every key press. Ratings of one skill made one after another — no other change in between, each within
 * {@link #LENGTH} of the last — are one session and one history entry: stepping 1 → 2 → 3 leaves "3"; stepping
 * back to where the session began leaves nothing. Outside a session, the current level again is not a new rating;
 * with new evidence it updates the evidence of the current one.
 */
public final class RatingSession {
    /** How long after a rating the next one of the same skill still belongs to it. */
    public static final Duration LENGTH = Duration.ofMinutes(10);

    /** What the store does with the rating. */
    public enum Effect {
        /** A new history entry. */
        APPEND,
        /** The session's entry takes the new level (and the new evidence, when there is some). */
        REPLACE_LATEST,
        /** The session came back to the level it began at: its entry goes. */
        DROP_LATEST,
        /** The same level as now, with new evidence for it. */
        NOTE_ONLY,
        /** Nothing changes. */
        NOTHING
    }

    private RatingSession() {
    }

    /**
     * @param progress  the skill's progress before this rating
     * @param lastEvent the path's newest activity event, if any: a session lasts while it is this skill's rating
     */
    public static Effect effectOf(SkillProgress progress, Optional<ActivityEvent> lastEvent, Level level, String note,
                                  Instant now) {
        Optional<Rating> latest = progress.latest();
        boolean evidence = note != null && !note.isBlank();
        Optional<ActivityEvent> session = lastEvent.filter(event -> latest.isPresent()
                && event.kind() == ActivityKind.SKILL_RATED && event.subjectId().equals(progress.skillId())
                && !event.at().isAfter(now) && Duration.between(event.at(), now).compareTo(LENGTH) < 0);
        if (session.isPresent()) {
            boolean backToStart = session.get().change(ActivityChange.LevelMove.class).from().filter(level::equals).isPresent();
            if (backToStart && !evidence) {
                return Effect.DROP_LATEST;
            }
            boolean unchanged = level == latest.get().level() && (!evidence || note.equals(latest.get().note()));
            return unchanged ? Effect.NOTHING : Effect.REPLACE_LATEST;
        }
        if (latest.isPresent() && latest.get().level() == level) {
            return evidence && !note.equals(latest.get().note()) ? Effect.NOTE_ONLY : Effect.NOTHING;
        }
        return Effect.APPEND;
    }
}
