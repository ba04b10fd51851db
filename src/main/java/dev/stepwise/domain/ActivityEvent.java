package dev.stepwise.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One change the learner made. Kept for good: it is the raw material for history, streaks, charts and the Edit menu.
 * {@code subjectId} is what the change is about — the item (also for a sub-step, whose id is in the change), skill,
 * self-check statement or path; {@code change} says what changed, typed by the kind.
 */
public record ActivityEvent(Instant at, String pathId, ActivityKind kind, String subjectId, ActivityChange change) {
    public ActivityEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(pathId, "pathId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(change, "change");
        if (!kind.change().isInstance(change)) {
            throw new IllegalArgumentException(kind + " carries " + kind.change().getSimpleName() + ", not " + change);
        }
    }

    /** The change as the type its kind carries; a mismatch cannot be built, so this cannot fail. */
    public <T extends ActivityChange> T change(Class<T> type) {
        return type.cast(change);
    }
}
