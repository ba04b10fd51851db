package dev.stepwise.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One change the learner made, with the value before and after. Kept forever: it is the raw material for history,
 * streaks, charts and undo. {@code subjectId} is the item or skill the change is about.
 */
public record ActivityEvent(Instant at, String pathId, ActivityKind kind, String subjectId, String before, String after) {
    public ActivityEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(pathId, "pathId");
        Objects.requireNonNull(kind, "kind");
        subjectId = subjectId == null ? "" : subjectId;
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }
}
