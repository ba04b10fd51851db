package dev.stepwise.domain;

import java.util.List;
import java.util.Objects;

/**
 * The learner's path brought up to a newer bundled version, and the list of what changed upstream, so the app can
 * show the learner what will happen before it stores {@code merged}.
 */
public record MergeResult(LearningPath merged, List<UpstreamChange> changes) {
    public MergeResult {
        Objects.requireNonNull(merged, "merged");
        changes = List.copyOf(changes);
    }
}
