package dev.stepwise.ui.common;

import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.UndoEntry;
import java.util.Optional;

/** Undo entries for the label tests, named as the store names them ({@code SubjectNames}), from a path in memory. */
final class NamedEntries {
    private NamedEntries() {
    }

    static UndoEntry of(long step, ActivityEvent change, LearningPath path) {
        return new UndoEntry(step, Optional.of(change), nameIn(change, path));
    }

    private static Optional<String> nameIn(ActivityEvent change, LearningPath path) {
        if (!change.pathId().equals(path.id())) {
            return Optional.empty();
        }
        return switch (change.kind().subject()) {
            case ITEM -> path.item(change.subjectId()).map(item -> item.title());
            case SECTION -> path.section(change.subjectId()).map(section -> section.title());
            case SKILL -> path.skill(change.subjectId()).map(skill -> skill.name());
            case MILESTONE -> path.milestone(change.subjectId()).map(milestone -> milestone.title());
            case PATH -> Optional.of(path.title());
            case NONE -> Optional.empty();
        };
    }
}
