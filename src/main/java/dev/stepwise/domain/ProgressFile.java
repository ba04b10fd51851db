package dev.stepwise.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A learner's progress on one path as a progress file carries it: the path's id, when it was exported, and the
 * progress maps of {@link PathState} without the path itself. It is what reading a file gives and what writing one
 * takes, so a file read and written again comes out the same.
 */
public record ProgressFile(
        String pathId,
        Instant exportedAt,
        Map<String, ItemProgress> items,
        Map<String, SkillProgress> skills,
        Map<String, SelfCheckAnswer> selfCheckAnswers) {

    public ProgressFile {
        Objects.requireNonNull(pathId, "pathId");
        Objects.requireNonNull(exportedAt, "exportedAt");
        items = Map.copyOf(items);
        skills = Map.copyOf(skills);
        selfCheckAnswers = Map.copyOf(selfCheckAnswers);
    }

    /** The progress of the state, exported at the given moment. */
    public static ProgressFile of(PathState state, Instant exportedAt) {
        return new ProgressFile(state.path().id(), exportedAt, state.items(), state.skills(), state.selfCheckAnswers());
    }
}
