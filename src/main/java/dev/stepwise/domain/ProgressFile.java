package dev.stepwise.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A learner's progress on one path as a progress file carries it: the path's id, when it was exported, and the
 * progress maps of {@link PathState} without the path itself. It is what reading a file gives and what writing one
 * takes, so a file read and written again comes out the same. Since format version 2 it also carries the study
 * sessions and the reviews of done items.
 */
public record ProgressFile(
        String pathId,
        Instant exportedAt,
        Map<String, ItemProgress> items,
        Map<String, SkillProgress> skills,
        Map<String, SelfCheckAnswer> selfCheckAnswers,
        List<StudyEntry> studyTime,
        Map<String, Review> reviews) {

    public ProgressFile {
        Objects.requireNonNull(pathId, "pathId");
        Objects.requireNonNull(exportedAt, "exportedAt");
        items = Map.copyOf(items);
        skills = Map.copyOf(skills);
        selfCheckAnswers = Map.copyOf(selfCheckAnswers);
        studyTime = List.copyOf(studyTime);
        reviews = Map.copyOf(reviews);
    }

    /** Progress without study time or reviews (what a version-1 file holds). */
    public ProgressFile(String pathId, Instant exportedAt, Map<String, ItemProgress> items, Map<String, SkillProgress> skills,
                        Map<String, SelfCheckAnswer> selfCheckAnswers) {
        this(pathId, exportedAt, items, skills, selfCheckAnswers, List.of(), Map.of());
    }

    /** The progress of the state, without study time, exported at the given moment. */
    public static ProgressFile of(PathState state, Instant exportedAt) {
        return of(state, StudyLog.empty(), exportedAt);
    }

    /** The progress of the state with its study time and reviews, exported at the given moment. */
    public static ProgressFile of(PathState state, StudyLog log, Instant exportedAt) {
        return new ProgressFile(state.path().id(), exportedAt, state.items(), state.skills(), state.selfCheckAnswers(),
                log.entries(), log.reviews());
    }
}
