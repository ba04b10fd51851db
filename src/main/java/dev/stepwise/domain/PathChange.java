package dev.stepwise.domain;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One edit the learner makes to a path's content, as the store thread applies it: what kind of change it is, what
 * it is about, a short description for the status bar and the activity log, and the edit itself (one of the
 * functions of {@link PathEdits}, {@link ItemEdits} or {@link SkillEdits}). The edit runs against the path as it is
 * on disk at that moment, so quick successive edits build on each other rather than on a stale screen.
 */
public record PathChange(ActivityKind kind, String subjectId, String description, UnaryOperator<LearningPath> edit) {
    public PathChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(edit, "edit");
    }
}
