package dev.stepwise.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A change the learner can take back (or make again): the undo log's step and the activity entry that named it when
 * it was made, from which the Edit menu says what will be undone ("Undo: mark “Learn SQL” done"). A change that
 * wrote no activity entry has none and is called "the last change".
 */
public record UndoEntry(long step, Optional<ActivityEvent> change) {
    public UndoEntry {
        Objects.requireNonNull(change, "change");
    }
}
