package dev.stepwise.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A change the learner can take back (or make again): the undo log's step and the activity entry that named it when
 * it was made, from which the Edit menu says what will be undone ("Undo: mark “Learn SQL” done"). A change that
 * wrote no activity entry has none and is called "the last change".
 *
 * @param subjectName the name of what the change is about ({@link ActivityKind#subject()}) as it is stored now, read
 *                    with the entry: the change may be on a path other than the one shown, whose names the window
 *                    does not hold. Empty when the kind needs no name or its subject is gone.
 */
public record UndoEntry(long step, Optional<ActivityEvent> change, Optional<String> subjectName) {
    public UndoEntry {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(subjectName, "subjectName");
    }

    public UndoEntry(long step, Optional<ActivityEvent> change) {
        this(step, change, Optional.empty());
    }

    public UndoEntry withSubjectName(Optional<String> name) {
        return new UndoEntry(step, change, name);
    }
}
