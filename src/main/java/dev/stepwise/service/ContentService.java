package dev.stepwise.service;

import dev.stepwise.domain.ActivityChange;
import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.InvalidEditException;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.PathChange;
import dev.stepwise.domain.Phrase;
import dev.stepwise.store.ActivityRepository;
import dev.stepwise.store.Database;
import dev.stepwise.store.PathRepository;
import java.time.Clock;
import java.time.Instant;

/**
 * Edits of a path's content — its text, sections, items, sub-steps, skills and links — each one transaction with
 * its activity event, like every progress change. The edit runs against the path as stored, and only the rows it
 * changed are written. Deleting an item, a sub-step or a skill deletes the learner's progress on it in the same
 * transaction (the screens ask before such a delete).
 *
 * <p>Not thread-safe: called from the single store thread only.
 */
public final class ContentService {
    private final Database database;
    private final PathRepository paths;
    private final RemovedProgress removedProgress;
    private final ActivityRepository activity;
    private final Clock clock;

    ContentService(Database database, PathRepository paths, RemovedProgress removedProgress, ActivityRepository activity,
                   Clock clock) {
        this.database = database;
        this.paths = paths;
        this.removedProgress = removedProgress;
        this.activity = activity;
        this.clock = clock;
    }

    /** When the path was installed or created (now, for a path that is gone): where its calendar begins. */
    public Instant startedAt(String pathId) {
        return database.inTransaction(() -> paths.installedAt(pathId).orElseGet(clock::instant));
    }

    /**
     * Applies the change and returns the path as it now is on disk.
     *
     * @throws IllegalArgumentException with a sentence for the learner when the edit is impossible; nothing is written
     */
    public LearningPath edit(String pathId, PathChange change) {
        return database.inTransaction(() -> {
            LearningPath before = paths.load(pathId)
                    .orElseThrow(() -> new InvalidEditException(Phrase.of("service.noPath", pathId)));
            LearningPath after = change.edit().apply(before);
            if (after.equals(before)) {
                return before;
            }
            Instant now = clock.instant();
            paths.update(before, after, now);
            removedProgress.forget(before, after);
            activity.append(new ActivityEvent(now, pathId, change.kind(), change.subjectId(),
                    new ActivityChange.Described(change.description())));
            return after;
        });
    }
}
